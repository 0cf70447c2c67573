package org.engagementrubrics.testkit.invalid;

/**
 * What an invalid document is, and so how it is read: a document of the format, or one record of a JSON Lines
 * file of responses, roster families or contact records.
 *
 * <pre>{@code
 * switch (variant.form()) {
 *     case DOCUMENT:      json.read(variant.stream(), "variant"); break;
 *     case RESPONSE_LINE: json.responseReader(instrument).stream(variant.stream(), "variant"); break;
 *     case ROSTER_LINE:   json.rosterReader().read(variant.stream(), "variant", RecordFormat.JSON_LINES); break;
 *     case CONTACT_LINE:  json.contactReader().stream(variant.stream(), "variant", RecordFormat.JSON_LINES, sink); break;
 * }
 * }</pre>
 */
public enum DocumentForm {

    /**
     * A document of the format (an instrument, a response, a result ...), read with {@code RubricJson.read}, or,
     * for a response with an instrument, with {@code RubricJson.responseReader(instrument).read}.
     */
    DOCUMENT(false),
    /**
     * One record of a JSON Lines stream of responses, read with {@code RubricJson.responseReader(...).stream}:
     * every variant stays on one line, and none is blank (a stream skips blank lines).
     */
    RESPONSE_LINE(true),
    /**
     * A roster in JSON Lines ({@code {"familyId": ..., "groups": [...]}}), read with
     * {@code RubricJson.rosterReader().read(in, name, RecordFormat.JSON_LINES)}.
     */
    ROSTER_LINE(true),
    /**
     * Contact records in JSON Lines ({@code {"familyId": ..., "date": ...}}), read with
     * {@code RubricJson.contactReader().stream(in, name, RecordFormat.JSON_LINES, sink)}; a field of another name
     * is only a warning there, so no unknown field is offered.
     */
    CONTACT_LINE(true);

    private final boolean line;

    DocumentForm(boolean line) {
        this.line = line;
    }

    /**
     * Checks if documents of this form are records of a JSON Lines file, which keep to one line.
     *
     * @return true for the line forms
     */
    public boolean isLine() {
        return line;
    }
}
