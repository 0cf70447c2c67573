package org.engagementrubrics.testkit.invalid;

import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.json.FormatCodes;

/**
 * One known defect an invalid document carries, with the problem code the reader reports for it.
 *
 * <p>The codes are those of {@link FormatCodes} (problems of form, found while reading the JSON) and
 * {@link ProblemCodes} (the data rules, checked once the document is well formed). Each constant says where
 * {@link InvalidDocuments} places the defect; a defect that cannot apply to a document is not offered for it.
 *
 * <pre>{@code
 * for (InvalidDocument variant : InvalidDocuments.of(bytes).variants(new SplittableRandom(7))) {
 *     if (variant.defect() == Defect.DUPLICATE_KEY) { ... }
 * }
 * }</pre>
 */
public enum Defect {

    /** A second object of an instrument's list (stages, standards, statements, items ...) takes the id of an earlier one. */
    DUPLICATE_ID(ProblemCodes.DUPLICATE_ID, "an id given to two objects of one list"),
    /** A stage label or archetype name copied from an earlier one. */
    DUPLICATE_LABEL(ProblemCodes.DUPLICATE_LABEL, "a stage label or archetype name given twice"),
    /**
     * A reference that resolves to nothing: a cell's column id in an instrument, or an item or statement of a
     * response read against its instrument.
     */
    DANGLING_REFERENCE(ProblemCodes.UNKNOWN_REFERENCE, "a reference to an id that does not exist"),
    /** A rating of a response one above the top of its instrument's scale (read against the instrument). */
    OFF_SCALE_RATING(ProblemCodes.OUT_OF_SCALE, "a rating outside the instrument's scale"),
    /** A response that names another instrument than the one it is read against. */
    OTHER_INSTRUMENT(ProblemCodes.INSTRUMENT_MISMATCH, "a response to another instrument"),
    /** A value the format defines replaced by one of a JSON type it does not allow, such as {@code true} for an id. */
    WRONG_TYPE(FormatCodes.TYPE_MISMATCH, "a value of the wrong JSON type"),
    /** A required field of an object of the format removed. */
    MISSING_FIELD(FormatCodes.MISSING, "a required field left out"),
    /** A field the format does not define added to one of its objects (never to {@code extensions}, which keeps any). */
    UNKNOWN_FIELD(FormatCodes.UNKNOWN_FIELD, "a field the format does not define"),
    /** A key written twice in one object. */
    DUPLICATE_KEY(FormatCodes.DUPLICATE_KEY, "a key repeated in one object"),
    /** A number that is not JSON, such as {@code 07}, {@code +7}, {@code 7.} or {@code NaN}. */
    BAD_NUMBER(FormatCodes.SYNTAX, "a number JSON does not allow"),
    /** Arrays nested one level deeper than {@code maxDepth}, in vendor data where the kind has it. */
    TOO_DEEP(FormatCodes.TOO_DEEP, "nesting deeper than the reader's limit"),
    /** A string one code point longer than {@code maxStringLength}. */
    STRING_TOO_LONG(FormatCodes.STRING_TOO_LONG, "a string longer than the reader's limit"),
    /** A number one character longer than {@code maxNumberLength}, in vendor data where the kind has it. */
    NUMBER_TOO_LONG(FormatCodes.NUMBER_TOO_LONG, "a number longer than the reader's limit"),
    /** An array of one more element than {@code maxElements}, in vendor data where the kind has it. */
    TOO_MANY_ELEMENTS(FormatCodes.TOO_MANY_ELEMENTS, "an array longer than the reader's limit"),
    /** White space added until the document is one byte over {@code maxDocumentBytes}. */
    DOCUMENT_TOO_LARGE(FormatCodes.DOCUMENT_TOO_LARGE, "a document larger than the reader's limit"),
    /** A byte that is not UTF-8 (0xFF) inside a string. */
    INVALID_UTF8(FormatCodes.ENCODING, "a byte that is not UTF-8"),
    /** The whole document encoded as UTF-16, with or without a byte order mark. */
    UTF16(FormatCodes.ENCODING, "a document in UTF-16"),
    /** The document cut off before its end. */
    TRUNCATED(FormatCodes.SYNTAX, "a document cut off before its end"),
    /** A second value after the document. */
    TRAILING_CONTENT(FormatCodes.TRAILING_CONTENT, "content after the document's one value"),
    /** Nothing but white space (not offered for a JSON Lines record, since a stream skips blank lines). */
    EMPTY(FormatCodes.EMPTY_DOCUMENT, "a document of white space only"),
    /** A {@code format} of a major version this reader does not know. */
    UNSUPPORTED_FORMAT(FormatCodes.UNSUPPORTED_FORMAT, "a format version the reader does not know"),
    /** A {@code kind} outside the allow-list. */
    UNKNOWN_KIND(FormatCodes.UNKNOWN_KIND, "a document kind the reader does not know");

    private final String code;
    private final String description;

    Defect(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * Returns the problem code the reader reports for this defect, such as {@code "duplicate-key"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns what the defect is, in a few words.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
