package org.engagementrubrics.json;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The {@link ArrayWriter}: one pretty generator over the target, which it never closes, writing elements with
 * the same code as the whole-list writers of {@link DocumentWriter}, so the bytes are the same.
 */
final class StreamedArray<T> implements ArrayWriter<T> {

    private final Writer target;
    private final JsonGenerator out;
    private final BiConsumer<JsonGenerator, T> element;
    private boolean closed;

    StreamedArray(Writer target, BiConsumer<JsonGenerator, T> element) {
        this.target = target;
        this.element = element;
        this.out = DocumentWriter.prettyGenerator(new Unclosed(target));
        guarded(out::writeStartArray);
    }

    @Override
    public void write(T value) {
        Objects.requireNonNull(value, "element");
        if (closed) {
            throw new IllegalStateException("the array is closed; no element can follow it");
        }
        guarded(() -> {
            element.accept(out, value);
            out.flush();
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        guarded(() -> {
            out.writeEndArray();
            out.close();
        });
        try {
            target.write('\n');
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a write, turning Jackson's wrapper of an I/O failure back into the failure. */
    private static void guarded(Runnable write) {
        try {
            write.run();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /** The target, which the generator flushes but must not close (it belongs to the caller). */
    private static final class Unclosed extends FilterWriter {
        Unclosed(Writer target) {
            super(target);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
