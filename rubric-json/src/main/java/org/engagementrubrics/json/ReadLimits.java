package org.engagementrubrics.json;

/**
 * Limits on what the reader accepts, so that a hostile file cannot exhaust memory or time.
 *
 * <p>Each limit is inclusive: a document exactly at a limit is accepted, one past it is reported with
 * the limit's problem code. The defaults are generous for real instruments and small for attacks:
 * <ul>
 * <li>{@code maxDocumentBytes} 8 MiB ({@code document-too-large}): the largest seed instrument is under
 *     100 KiB, so 8 MiB leaves room for many translations while bounding memory per read; a leading byte
 *     order mark and one final line end are not counted, so a document of exactly the limit reads with
 *     the final newline the writer gives it;</li>
 * <li>{@code maxDepth} 64 ({@code too-deep}): the format nests at most 9 levels; 64 leaves room for
 *     vendor extensions and stops stack-exhausting nesting;</li>
 * <li>{@code maxStringLength} 65,536 characters ({@code string-too-long}), counted as Unicode code
 *     points (an emoji is one, though Java holds it in two UTF-16 units): the longest seed text is under
 *     2,000 characters;</li>
 * <li>{@code maxNumberLength} 100 characters ({@code number-too-long}): keeps big-number parsing cheap;</li>
 * <li>{@code maxElements} 100,000 members per array or object ({@code too-many-elements}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxDocumentBytes the largest document, in bytes, at least 1
 * @param maxDepth the deepest nesting of arrays and objects, 1 to {@value #MAX_DEPTH}
 * @param maxStringLength the longest string or key, in characters (code points), at least 1
 * @param maxNumberLength the longest number, in characters, at least 1
 * @param maxElements the most members of one array or object, at least 1
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
        int maxElements) {

    /**
     * The largest nesting limit that can be configured. The reader itself is iterative, but vendor
     * extension values are compared, written and fingerprinted recursively, so nesting stays bounded.
     */
    public static final int MAX_DEPTH = 1000;

    private static final ReadLimits DEFAULTS = new ReadLimits(8L * 1024 * 1024, 64, 65_536, 100, 100_000);

    /**
     * Checks that every limit is at least 1.
     *
     * @param maxDocumentBytes the largest document, in bytes, at least 1
     * @param maxDepth the deepest nesting of arrays and objects, 1 to {@value #MAX_DEPTH}
     * @param maxStringLength the longest string or key, in characters (code points), at least 1
     * @param maxNumberLength the longest number, in characters, at least 1
     * @param maxElements the most members of one array or object, at least 1
     */
    public ReadLimits {
        check("maxDocumentBytes", maxDocumentBytes);
        check("maxDepth", maxDepth);
        if (maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be at most " + MAX_DEPTH
                    + " (deeper nesting would risk the stack of code that walks the values); was " + maxDepth);
        }
        check("maxStringLength", maxStringLength);
        check("maxNumberLength", maxNumberLength);
        check("maxElements", maxElements);
    }

    private static void check(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1; was " + value);
        }
    }

    /**
     * Obtains the default limits.
     *
     * @return the defaults
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another document size limit.
     *
     * @param bytes the largest document in bytes
     * @return the limits
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxElements);
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param depth the deepest nesting
     * @return the limits
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxElements);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param length the longest string in characters
     * @return the limits
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxDepth, length, maxNumberLength, maxElements);
    }

    /**
     * Returns a copy with another number length limit.
     *
     * @param length the longest number in characters
     * @return the limits
     */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, length, maxElements);
    }

    /**
     * Returns a copy with another element count limit.
     *
     * @param count the most members of one array or object
     * @return the limits
     */
    public ReadLimits withMaxElements(int count) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, count);
    }
}
