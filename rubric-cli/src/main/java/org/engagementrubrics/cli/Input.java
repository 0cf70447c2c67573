package org.engagementrubrics.cli;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;

/**
 * A file named on the command line, opened once. A regular file (or a missing one, or a directory, which the
 * reader reports) is read by path. Anything else, such as a pipe ({@code <(...)}, {@code /dev/stdin}) or a
 * device, can be read only once and has no size to check up front: it is opened once, a stream of responses
 * is read from it as it comes, and a document is first copied, at most {@code maxDocumentBytes} bytes, to a
 * temporary file, so that the size limit holds and the reader sees every byte.
 */
final class Input implements AutoCloseable {

    /** How far into a pipe to look for the first character. */
    private static final int PEEK = 64 * 1024;

    private final Path file;
    private final BufferedInputStream pipe;
    private final boolean stream;
    private Path copy;

    private Input(Path file, BufferedInputStream pipe, boolean stream) {
        this.file = file;
        this.pipe = pipe;
        this.stream = stream;
    }

    /**
     * Opens a file.
     *
     * @param file the file as given
     * @return the input, to be closed
     * @throws FormatException if a pipe or device cannot be opened (exit 1)
     */
    static Input open(Path file) {
        if (!Files.exists(file) || Files.isDirectory(file) || Files.isRegularFile(file)) {
            return new Input(file, null, Inputs.isStream(file));
        }
        BufferedInputStream in;
        try {
            // FileInputStream, not Files.newInputStream: the latter's available() seeks, which a pipe cannot
            in = new BufferedInputStream(new FileInputStream(file.toFile()), PEEK);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
        try {
            return new Input(file, in, hasStreamName(file) || firstCharacter(in) == '[');
        } catch (IOException | RuntimeException e) {
            close(in);
            throw unreadable(file, e);
        }
    }

    /** Checks if the name says JSON Lines. */
    static boolean hasStreamName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** The first character after a byte order mark and white space, leaving the stream where it was. */
    private static int firstCharacter(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        try {
            int read = 0;
            int b = in.read();
            read++;
            if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
                read += 2;
                b = in.read();
                read++;
            }
            while ((b == ' ' || b == '\t' || b == '\r' || b == '\n') && read < PEEK) {
                b = in.read();
                read++;
            }
            return b;
        } finally {
            in.reset();
        }
    }

    /**
     * Checks if the file holds a stream of responses (JSON Lines, or a JSON array).
     *
     * @return true to read it with {@link #responses(Instrument)}
     */
    boolean isStream() {
        return stream;
    }

    /**
     * Opens the stream of responses.
     *
     * @param against the instrument, or null
     * @return the stream, to be closed
     */
    ResponseStream responses(Instrument against) {
        RubricJson json = RubricJson.standard();
        if (pipe != null) {
            return json.responses(pipe, file.toString(), against);
        }
        if (Files.isRegularFile(file)) {
            // buffered: the stream reads a byte at a time, which unbuffered is one system call per byte
            try {
                return json.responses(new BufferedInputStream(Files.newInputStream(file), 1 << 16), file.toString(),
                        against);
            } catch (IOException | RuntimeException e) {
                throw unreadable(file, e);
            }
        }
        return json.responses(file, against); // reports a missing file or a directory
    }

    /**
     * Reads the file as one document with a reader by path; may be called more than once.
     *
     * @param read the reader
     * @param <T> what it reads
     * @return what it read
     * @throws FormatException holding every problem, each naming the file as given
     */
    <T> T document(Function<Path, T> read) {
        if (pipe == null) {
            return read.apply(file);
        }
        if (copy == null) {
            copy = copy();
        }
        try {
            return read.apply(copy);
        } catch (FormatException e) {
            List<FormatProblem> renamed = new ArrayList<>();
            for (FormatProblem p : e.problems()) {
                renamed.add(new FormatProblem(file.toString(), p.pointer(), p.line(), p.column(), p.code(), p.message()));
            }
            throw new FormatException(renamed);
        }
    }

    /** Copies the pipe to a temporary file, failing past the size limit without reading further. */
    private Path copy() {
        long limit = RubricJson.standard().limits().maxDocumentBytes();
        Path temporary = null;
        try {
            temporary = Files.createTempFile("rubric-", ".json");
            long total = 0;
            try (InputStream in = pipe; OutputStream out = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        throw new FormatException(List.of(new FormatProblem(file.toString(), "", 0, 0,
                                FormatCodes.DOCUMENT_TOO_LARGE, "the document has more than " + limit
                                        + " bytes, the configured limit (maxDocumentBytes)")));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return temporary;
        } catch (IOException e) {
            delete(temporary);
            throw unreadable(file, e);
        } catch (RuntimeException e) {
            delete(temporary);
            throw e;
        }
    }

    private static FormatException unreadable(Path file, Exception e) {
        return new FormatException(List.of(new FormatProblem(file.toString(), "", 0, 0, FormatCodes.UNREADABLE,
                "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
    }

    private static void delete(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more to read
        }
    }

    /**
     * Closes the pipe and deletes the temporary copy.
     */
    @Override
    public void close() {
        if (pipe != null) {
            close(pipe);
        }
        delete(copy);
    }
}
