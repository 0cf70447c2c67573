package org.engagementrubrics.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects located problems for one source.
 */
final class Problems {

    private final String source;
    private final int lineOffset;
    private final List<FormatProblem> problems = new ArrayList<>();
    private final List<FormatProblem> warnings = new ArrayList<>();

    Problems(String source) {
        this(source, 0);
    }

    /** Problems of a record that starts after {@code lineOffset} lines of its file. */
    Problems(String source, int lineOffset) {
        this.source = source;
        this.lineOffset = lineOffset;
    }

    String source() {
        return source;
    }

    void add(Node node, String code, String message) {
        add(node.pointer, node.line, node.column, code, message);
    }

    /** Adds a problem about a member's key, located at the key. */
    void addAtKey(Node member, String code, String message) {
        add(member.pointer, member.keyLine, member.keyColumn, code, message);
    }

    /**
     * Names a place in the text read, as {@code line L:C}, for a message that refers to another node: the
     * line in the file, not in the record, when the text is a record of a file.
     */
    String place(int line, int column) {
        return "line " + (line + lineOffset) + ":" + column;
    }

    /** Names a node's place in the text read, as {@link #place(int, int)} does. */
    String place(Node node) {
        return place(node.line, node.column);
    }

    void add(String pointer, int line, int column, String code, String message) {
        problems.add(new FormatProblem(source, pointer, line > 0 ? line + lineOffset : 0, Math.max(column, 0), code,
                message));
    }

    /** Adds a warning: it does not make the read fail. */
    void warn(String pointer, int line, int column, String code, String message) {
        warnings.add(new FormatProblem(source, pointer, line > 0 ? line + lineOffset : 0, Math.max(column, 0), code,
                message, org.engagementrubrics.core.validation.Severity.WARNING));
    }

    /** The warnings in document order. */
    List<FormatProblem> warnings() {
        return sort(warnings);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /**
     * Returns the problems in document order (line, column), then by pointer and code.
     */
    List<FormatProblem> sorted() {
        return sort(problems);
    }

    private static List<FormatProblem> sort(List<FormatProblem> problems) {
        List<FormatProblem> copy = new ArrayList<>(problems);
        copy.sort(Problems::compare);
        return List.copyOf(copy);
    }

    /** Document order (line, column), then pointer, code and message; one method, not a chain of lambdas. */
    private static int compare(FormatProblem a, FormatProblem b) {
        int order = Integer.compare(a.line(), b.line());
        if (order == 0) {
            order = Integer.compare(a.column(), b.column());
        }
        if (order == 0) {
            order = a.pointer().compareTo(b.pointer());
        }
        if (order == 0) {
            order = a.code().compareTo(b.code());
        }
        return order != 0 ? order : a.message().compareTo(b.message());
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new FormatException(sorted());
        }
    }
}
