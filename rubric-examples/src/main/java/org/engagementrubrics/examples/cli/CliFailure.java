package org.engagementrubrics.examples.cli;

import java.util.List;

/**
 * A failure the user can fix, reported as lines on standard error (no stack trace unless --debug) and an
 * exit code.
 */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient List<String> lines;

    CliFailure(int exitCode, List<String> lines, Throwable cause) {
        super(String.join(System.lineSeparator(), lines), cause);
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    /** A problem with the input: exit code 1, the message prefixed with "rubric: ". */
    static CliFailure problem(String message) {
        return new CliFailure(ExitCodes.PROBLEMS, List.of("rubric: " + message), null);
    }

    int exitCode() {
        return exitCode;
    }

    List<String> lines() {
        return lines;
    }
}
