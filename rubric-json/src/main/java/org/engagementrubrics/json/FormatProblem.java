package org.engagementrubrics.json;

import java.util.Objects;
import org.engagementrubrics.core.validation.Severity;

/**
 * One problem found while reading a JSON document: where (source, JSON pointer, line and column), a
 * stable code, and what was expected.
 *
 * <p>Lines and columns start at 1; both are 0 when the problem has no place in the text (a file that
 * cannot be read, or an input with no byte at all). The document root's pointer is {@code ""}
 * (RFC 6901). A problem is an {@linkplain Severity#ERROR error} (the reader refuses the document) unless it
 * is a {@linkplain Severity#WARNING warning}, a finding that does not stop a read (see
 * {@link Contents.Document#warnings()}).
 * This class is immutable and thread-safe.
 *
 * @param source the file name or other description of the input, not null
 * @param pointer the JSON pointer of the offending node, {@code ""} for the root, not null
 * @param line the line of the offending node, from 1, or 0 if unknown
 * @param column the column of the offending node, from 1, or 0 if unknown
 * @param code the stable problem code, such as {@code unknown-field}, not null
 * @param message what is wrong: the field, the value and what was expected, not null
 * @param severity an error or a warning, not null
 */
public record FormatProblem(String source, String pointer, int line, int column, String code, String message,
        Severity severity) {

    /**
     * Creates a problem; every component must be present.
     *
     * @param source the file name or other description of the input, not null
     * @param pointer the JSON pointer of the offending node, {@code ""} for the root, not null
     * @param line the line of the offending node, from 1, or 0 if unknown
     * @param column the column of the offending node, from 1, or 0 if unknown
     * @param code the stable problem code, such as {@code unknown-field}, not null
     * @param message what is wrong: the field, the value and what was expected, not null
     * @param severity an error or a warning, not null
     */
    public FormatProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * Creates an error.
     *
     * @param source the file name or other description of the input, not null
     * @param pointer the JSON pointer of the offending node, {@code ""} for the root, not null
     * @param line the line of the offending node, from 1, or 0 if unknown
     * @param column the column of the offending node, from 1, or 0 if unknown
     * @param code the stable problem code, such as {@code unknown-field}, not null
     * @param message what is wrong: the field, the value and what was expected, not null
     */
    public FormatProblem(String source, String pointer, int line, int column, String code, String message) {
        this(source, pointer, line, column, code, message, Severity.ERROR);
    }

    /**
     * Checks if this problem is an error, one that makes the reader refuse the document.
     *
     * @return true for an error, false for a warning
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the problem as {@code source:line:column: pointer: [code] message}, the form compilers use
     * (a warning as {@code source:line:column: pointer: warning: [code] message}), on one line. What the
     * problem does not have is left out rather than shown as a fake value: no
     * {@code :line:column} when it has no place in the text (only {@code :line} when the column is
     * unknown), and no {@code pointer: } for the document root, whose pointer is empty; so
     * {@code responses.jsonl:4:1: [syntax] ...} is about a whole record and
     * {@code missing.json: [unreadable] ...} about a whole file. Control characters in the source, pointer
     * and message are escaped (a carriage return as {@code \\r}, an escape character as
     * {@code \\u001b}-style hex).
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(printable(source));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!pointer.isEmpty()) {
            out.append(printable(pointer)).append(": ");
        }
        if (!isError()) {
            out.append("warning: ");
        }
        return out.append('[').append(code).append("] ").append(printable(message)).toString();
    }

    /**
     * Escapes control characters (a key or value may hold a carriage return or an escape sequence), so
     * that a problem is one line and cannot rewrite a terminal or a log.
     */
    private static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                        : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
