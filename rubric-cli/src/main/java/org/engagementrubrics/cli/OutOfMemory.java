package org.engagementrubrics.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An {@link OutOfMemoryError} told in the user's words: what had been read when memory ran out, how much
 * memory Java had, and how to give it more (exit {@value ExitCodes#OUT_OF_MEMORY}). A command throws it where
 * it knows what it was reading, once the work that filled the memory has been let go; an
 * {@code OutOfMemoryError} that reaches {@link RubricCli#main(String[])} is told the same way, without the
 * file.
 */
final class OutOfMemory extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final long MEBIBYTE = 1024 * 1024;

    private OutOfMemory(String message, OutOfMemoryError cause) {
        super(message, cause);
    }

    /**
     * Obtains the report of running out of memory part way through a stream of responses.
     *
     * @param file the file of responses
     * @param records how many records had been read (good and bad)
     * @param cause the error
     * @return the report
     */
    static OutOfMemory afterReading(Path file, long records, OutOfMemoryError cause) {
        return new OutOfMemory(message("after reading " + String.format(Locale.ROOT, "%,d", records)
                + (records == 1 ? " record of " : " records of ") + file), cause);
    }

    /**
     * Obtains the report of running out of memory while reading one document.
     *
     * @param file the file
     * @param cause the error
     * @return the report
     */
    static OutOfMemory reading(Path file, OutOfMemoryError cause) {
        return new OutOfMemory(message("reading " + file), cause);
    }

    /**
     * Returns the line that reports running out of memory.
     *
     * @param when what had been read, such as "after reading 812,000 records of responses.jsonl", or empty
     * @return the line, without a line end
     */
    static String message(String when) {
        long max = Runtime.getRuntime().maxMemory();
        String limit = max == Long.MAX_VALUE ? "" : " (Java may use at most " + Math.max(1, max / MEBIBYTE)
                + " MiB here)";
        return "rubric: out of memory" + (when.isEmpty() ? "" : " " + when) + limit
                + "; give Java more memory, such as 'java -Xmx2g -jar rubric.jar ...'";
    }
}
