package org.engagementrubrics.core.validation;

import java.util.Objects;

/**
 * One problem found in an instrument or a response: where, a stable code, and what was expected.
 *
 * <p>The {@code path} uses property-path notation over the public types' component names, such as
 * {@code standards[0].cells[2].statements[1].id}; an empty path names the object itself.
 * {@link #pointer()} gives the same place as a JSON pointer, since the JSON format uses the same names.
 * Codes are listed in {@link ProblemCodes}. A problem is an {@linkplain Severity#ERROR error} unless it comes
 * from {@link RubricValidator#findings(org.engagementrubrics.core.Instrument)}' warning checks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path where the problem is, empty for the root, not null
 * @param code the stable problem code, such as {@code duplicate-id}, not null
 * @param message what is wrong, naming the field, the value and what was expected, not null
 * @param severity whether the problem is an error or a warning, not null
 */
public record Problem(String path, String code, String message, Severity severity) implements Comparable<Problem> {

    /**
     * Creates a problem.
     *
     * @param path where the problem is, empty for the root, not null
     * @param code the stable problem code, such as {@code duplicate-id}, not null
     * @param message what is wrong, naming the field, the value and what was expected, not null
     * @param severity whether the problem is an error or a warning, not null
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * Creates an error.
     *
     * @param path where the problem is, empty for the root, not null
     * @param code the stable problem code, such as {@code duplicate-id}, not null
     * @param message what is wrong, naming the field, the value and what was expected, not null
     */
    public Problem(String path, String code, String message) {
        this(path, code, message, Severity.ERROR);
    }

    /**
     * Obtains a problem.
     *
     * @param path where, not null
     * @param code the stable code, not null
     * @param message what is wrong, not null
     * @return the problem
     */
    public static Problem of(String path, String code, String message) {
        return new Problem(path, code, message);
    }

    /**
     * Obtains a warning: a finding that does not make the object unusable.
     *
     * @param path where, not null
     * @param code the stable code, not null
     * @param message what is worth a look, not null
     * @return the warning
     */
    public static Problem warning(String path, String code, String message) {
        return new Problem(path, code, message, Severity.WARNING);
    }

    /**
     * Checks if this problem is an error, one that makes the object unusable.
     *
     * @return true for an error, false for a warning
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the path as a JSON pointer (RFC 6901), such as {@code /standards/0/cells/2}.
     *
     * @return the pointer, {@code ""} for the root
     */
    public String pointer() {
        StringBuilder pointer = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                // a list index or a map key: up to the ']' that ends the path or precedes '.' or '['
                int end = i + 1;
                while (end < path.length() && !(path.charAt(end) == ']' && (end + 1 == path.length()
                        || path.charAt(end + 1) == '.' || path.charAt(end + 1) == '['))) {
                    end++;
                }
                append(pointer, path.substring(i + 1, Math.min(end, path.length())));
                i = end + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                append(pointer, path.substring(i, end));
                i = end;
            }
        }
        return pointer.toString();
    }

    private static void append(StringBuilder pointer, String token) {
        pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }

    /**
     * Orders problems by path (indexes compared as numbers, so {@code [2]} comes before {@code [10]}),
     * then code, then message, then severity, so that reports are stable.
     */
    @Override
    public int compareTo(Problem other) {
        Objects.requireNonNull(other, "other");
        int byPath = comparePaths(path, other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byCode = code.compareTo(other.code);
        if (byCode != 0) {
            return byCode;
        }
        int byMessage = message.compareTo(other.message);
        return byMessage != 0 ? byMessage : severity.compareTo(other.severity);
    }

    private static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                String digitsA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String digitsB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(digitsA.length(), digitsB.length());
                int byDigits = byLength != 0 ? byLength : digitsA.compareTo(digitsB);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    /**
     * Returns the problem as {@code path: [code] message}, a warning as {@code path: warning: [code] message}.
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : path) + ": " + (isError() ? "" : "warning: ") + "[" + code + "] "
                + message;
    }
}
