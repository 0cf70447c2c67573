package org.engagementrubrics.testkit.files;

import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.ResponseStream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * The tests of a response stream's records, made one at a time as JUnit asks for the next: the stream is
 * opened at the first, read one record per test, and closed at its end (or when JUnit closes the children's
 * stream). A stream that cannot be opened, or whose instrument cannot be found, is one failing test; a stream
 * with no record ends with one.
 */
final class RecordTests extends Spliterators.AbstractSpliterator<DynamicNode> implements AutoCloseable {

    private final Path file;
    private final Supplier<ResponseStream> opener;
    private final FileTests tests;
    private ResponseStream stream;
    private boolean done;

    RecordTests(Path file, Supplier<ResponseStream> opener, FileTests tests) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.file = file;
        this.opener = opener;
        this.tests = tests;
    }

    @Override
    public boolean tryAdvance(Consumer<? super DynamicNode> action) {
        if (done) {
            return false;
        }
        if (stream == null && !open(action)) {
            done = true;
            return true;
        }
        if (stream.hasNext()) {
            action.accept(tests.record(file, stream.next()));
            return true;
        }
        done = true;
        boolean empty = stream.good() + stream.bad() == 0;
        close();
        if (empty) {
            action.accept(failing("no records", file + ": " + FileTests.NO_RESPONSES));
        }
        return empty;
    }

    /** Opens the stream; when it cannot be, hands over the one failing test that says why. */
    private boolean open(Consumer<? super DynamicNode> action) {
        try {
            stream = opener.get();
            return true;
        } catch (AssertionFailedError e) {
            action.accept(failing("instrument", e.getMessage()));
        } catch (FormatException e) {
            action.accept(failing("unreadable", FileTests.message(file.toString(), e.problems())));
        }
        return false;
    }

    private DynamicTest failing(String name, String message) {
        return DynamicTest.dynamicTest(name, file.toUri(), () -> FileTests.fail(message));
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
