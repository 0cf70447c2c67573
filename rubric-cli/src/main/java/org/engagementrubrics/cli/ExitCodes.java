package org.engagementrubrics.cli;

/**
 * The exit codes of the {@code rubric} command line.
 */
final class ExitCodes {

    /** Success: every file valid, every record good. */
    static final int OK = 0;
    /** The input has problems: an invalid, missing or unreadable file, or a bad record. */
    static final int PROBLEMS = 1;
    /** A usage error: an unknown option or value, an unknown instrument id or schema kind (picocli's default). */
    static final int USAGE = 2;
    /** An internal error: a bug, reported with "run with --debug for details". */
    static final int INTERNAL = 3;
    /**
     * Java ran out of memory: reported in one line that says what was read and how to give Java more memory
     * (see {@link OutOfMemory}), with no stack trace unless --debug.
     */
    static final int OUT_OF_MEMORY = 4;

    private ExitCodes() {
    }
}
