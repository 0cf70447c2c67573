package org.engagementrubrics.json;

/**
 * Writes one canonical JSON array element by element, so that a long run keeps nothing in memory: the bytes
 * are those that writing the whole list at once gives ({@link RubricJson#writeResults(java.util.List)},
 * {@link RubricJson#writeProblems(java.util.List)}), two-space indentation, LF line ends and a final newline.
 * Obtained from {@link RubricJson#resultArrayWriter(java.io.Writer)} and
 * {@link RubricJson#problemArrayWriter(java.io.Writer)}.
 *
 * <pre>{@code
 * try (ArrayWriter<ScoreResult> array = RubricJson.defaults().resultArrayWriter(out)) {
 *     stream.forEachRemaining(record -> array.write(prepared.score(record.checked())));
 * }   // closing writes the closing bracket and the final newline
 * }</pre>
 *
 * <p>Each element is passed to the target and the target flushed before {@link #write(Object)} returns; the
 * target is never closed. Not thread-safe: one writer at a time.
 *
 * @param <T> what the elements are
 */
public interface ArrayWriter<T> extends AutoCloseable {

    /**
     * Writes the next element of the array and flushes the target.
     *
     * @param element the element, not null
     * @throws IllegalStateException if this writer is closed
     * @throws java.io.UncheckedIOException if the target cannot be written
     */
    void write(T element);

    /**
     * Ends the array: writes the closing bracket and the final newline (an array with no element is
     * {@code []}), and flushes the target, which stays open. Closing again does nothing.
     *
     * @throws java.io.UncheckedIOException if the target cannot be written
     */
    @Override
    void close();
}
