package org.engagementrubrics.json;

import java.util.Objects;

/**
 * One problem found while reading a JSON document: where (source, JSON pointer, line and column), a
 * stable code, and what was expected.
 *
 * <p>Lines and columns start at 1; both are 0 when the problem has no place in the text (a file that
 * cannot be read, or one larger than the document limit).
 * This class is immutable and thread-safe.
 *
 * @param source the file name or other description of the input, not null
 * @param pointer the JSON pointer of the offending node, {@code ""} for the root, not null
 * @param line the line of the offending node, from 1, or 0 if unknown
 * @param column the column of the offending node, from 1, or 0 if unknown
 * @param code the stable problem code, such as {@code unknown-field}, not null
 * @param message what is wrong: the field, the value and what was expected, not null
 */
public record FormatProblem(String source, String pointer, int line, int column, String code, String message) {

    /**
     * Checks the components.
     */
    public FormatProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the problem as {@code source:line:column: pointer: [code] message}, the form compilers use.
     */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "/" : pointer) + ": [" + code + "] "
                + message;
    }
}
