package org.engagementrubrics.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every read of the library's input in one place: opening a path, reading a document of at most
 * {@code maxDocumentBytes} bytes, the look past a byte order mark and white space at the first character
 * (which tells a stream of responses from one document), JSON Lines records bounded the same way, and
 * strict UTF-8 decoding.
 *
 * <p>A regular file is read by path, so that its size can be checked before reading and it can be read
 * more than once. Anything else, such as a pipe ({@code /dev/stdin}, {@code <(...)}) or a device, can be
 * read only once and has no size to check up front: it is opened once and read as it comes, within the
 * limit. Not thread-safe: one reader at a time.
 */
final class BoundedInput implements AutoCloseable {

    /** How far into a stream that can be read only once to look for the first character. */
    static final int PEEK = 64 * 1024;
    /** JSON Lines are read a byte at a time, which unbuffered would be one system call per byte. */
    private static final int BUFFER = 1 << 16;

    private final String source;
    private final long maxBytes;
    /** A regular or missing file read by path, or null for a stream. */
    private final Path file;
    /** The stream; for a file read by path, null until {@link #stream()} opens it. */
    private BufferedInputStream in;

    private BoundedInput(String source, long maxBytes, Path file, BufferedInputStream in) {
        this.source = Objects.requireNonNull(source, "sourceName");
        this.maxBytes = maxBytes;
        this.file = file;
        this.in = in;
    }

    /** Input from a stream, read from its current position; closing the input closes the stream. */
    static BoundedInput of(InputStream in, String source, long maxBytes) {
        Objects.requireNonNull(in, "in");
        return new BoundedInput(source, maxBytes, null,
                in instanceof BufferedInputStream buffered ? buffered : new BufferedInputStream(in, BUFFER));
    }

    /**
     * Input from a path: a directory is a problem; a regular file, or one that does not exist (reported when
     * it is read), is read by path; anything else is opened now, once.
     *
     * @throws FormatException if the path is a directory or cannot be opened
     */
    static BoundedInput open(Path file, long maxBytes) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw problem(source, FormatCodes.UNREADABLE, "is a directory; expected a JSON file");
        }
        if (!Files.exists(file) || Files.isRegularFile(file)) {
            return new BoundedInput(source, maxBytes, file, null);
        }
        try {
            // FileInputStream, not Files.newInputStream: the latter's available() seeks, which a pipe cannot
            return new BoundedInput(source, maxBytes, null, new BufferedInputStream(new FileInputStream(file.toFile()),
                    PEEK));
        } catch (IOException | RuntimeException e) {
            throw unreadable(source, e);
        }
    }

    /** The name used in problems. */
    String source() {
        return source;
    }

    /** The most bytes a document, or a record of a stream, may have. */
    long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks if the input holds a stream of responses: its name ends in {@code .jsonl} or {@code .ndjson},
     * or its first character after a byte order mark and white space is {@code [}. Looks no further than
     * the document limit into a file and {@value #PEEK} bytes into a stream; a file that cannot be read
     * holds a document, whose reading reports why.
     *
     * @throws FormatException if a stream cannot be read
     */
    boolean holdsResponses() {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        if (file != null) {
            try (InputStream scan = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
                return firstCharacter(scan, maxBytes) == '[';
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        try {
            in.mark(PEEK);
            try {
                return firstCharacter(in, PEEK) == '[';
            } finally {
                in.reset();
            }
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** The first byte after a byte order mark and white space, reading at most {@code limit} bytes. */
    private static int firstCharacter(InputStream from, long limit) throws IOException {
        int b = from.read();
        long read = 1;
        if (b == 0xEF && from.read() == 0xBB && from.read() == 0xBF) {
            b = from.read();
            read += 3;
        }
        while (isWhitespace(b) && read < limit) {
            b = from.read();
            read++;
        }
        return b;
    }

    private static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /**
     * The bytes a document may have past the limit without being counted: a leading UTF-8 byte order mark
     * (3) and one final line end, {@code \r\n} (2), so that a document of exactly the limit, written with
     * its canonical final newline, reads.
     */
    static final int UNCOUNTED = 5;

    /**
     * Reads the whole input as one document; a file larger than the limit is refused without reading it.
     *
     * @throws FormatException {@code document-too-large} past the limit, {@code unreadable} on an I/O error
     */
    byte[] readAll() {
        if (file == null) {
            return readAll(in, source, maxBytes);
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes + UNCOUNTED) {
                throw tooLarge(source, maxBytes);
            }
            try (InputStream opened = Files.newInputStream(file)) {
                return readAll(opened, source, maxBytes); // bounded even for a file that grows
            }
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * Reads a stream to its end, at most {@code maxBytes} bytes besides a leading byte order mark and one
     * final line end; the stream is not closed.
     *
     * @throws FormatException {@code document-too-large} past the limit, {@code unreadable} on an I/O error
     */
    static byte[] readAll(InputStream from, String source, long maxBytes) {
        Objects.requireNonNull(from, "in");
        Objects.requireNonNull(source, "sourceName");
        try {
            // read straight into one array, sized by what the stream says it holds (all of it, for bytes in
            // memory) and never past the limit, so that a document is copied once, not buffer by buffer
            long ceiling = Math.min(maxBytes + UNCOUNTED + 1, Integer.MAX_VALUE - 8);
            byte[] bytes = new byte[(int) Math.min(ceiling, Math.max(8192L, from.available()))];
            int length = 0;
            while (true) {
                if (length == bytes.length) {
                    // a full array is usually all there is: one byte more says so with no copy to trim
                    int next = from.read();
                    if (next < 0) {
                        break;
                    }
                    if (length >= ceiling) {
                        throw tooLarge(source, maxBytes);
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min(ceiling, 2L * length));
                    bytes[length++] = (byte) next;
                    if (length > maxBytes + UNCOUNTED) {
                        throw tooLarge(source, maxBytes);
                    }
                    continue;
                }
                int n = from.read(bytes, length, bytes.length - length);
                if (n <= 0) {
                    break;
                }
                length += n;
                if (length > maxBytes + UNCOUNTED) {
                    throw tooLarge(source, maxBytes);
                }
            }
            bytes = length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
            if (counted(bytes) > maxBytes) {
                throw tooLarge(source, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** The bytes that count against the limit: all but a leading byte order mark and one final line end. */
    private static long counted(byte[] bytes) {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        int end = bytes.length;
        if (end > start && bytes[end - 1] == '\n') {
            end--;
            if (end > start && bytes[end - 1] == '\r') {
                end--;
            }
        }
        return end - start;
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * Checks that text already decoded would fit the limit as UTF-8, not counting a leading byte order mark
     * nor one final line end.
     *
     * @throws FormatException {@code document-too-large} past the limit
     */
    static void checkLength(String text, String source, long maxBytes) {
        int from = text.startsWith("\uFEFF") ? 1 : 0;
        int to = text.endsWith("\r\n") && text.length() - 2 >= from ? text.length() - 2
                : text.endsWith("\n") && text.length() - 1 >= from ? text.length() - 1 : text.length();
        long bytes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        if (bytes > maxBytes) {
            throw tooLarge(source, maxBytes);
        }
    }

    // ----- a stream of responses ----------------------------------------------------------------

    /**
     * The stream, opened now for a file read by path.
     *
     * @throws FormatException if the file cannot be opened
     */
    InputStream stream() {
        if (in == null) {
            try {
                in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            } catch (IOException | RuntimeException e) {
                throw unreadable(source, e);
            }
        }
        return in;
    }

    /** Decodes the rest of the stream as strict UTF-8: Jackson would otherwise guess UTF-16 or UTF-32. */
    Reader utf8Reader() {
        return new InputStreamReader(stream(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Skips a UTF-8 byte order mark at the current position, if there is one. */
    void skipByteOrderMark() throws IOException {
        InputStream from = stream();
        from.mark(3);
        if (!(from.read() == 0xEF && from.read() == 0xBB && from.read() == 0xBF)) {
            from.reset();
        }
    }

    /** Skips white space, leaving the next byte unread; returns how many line feeds were passed. */
    int skipWhitespace() throws IOException {
        InputStream from = stream();
        int lines = 0;
        while (true) {
            from.mark(1);
            int b = from.read();
            if (!isWhitespace(b)) {
                from.reset();
                return lines;
            }
            if (b == '\n') {
                lines++;
            }
        }
    }

    /** The next byte, left unread, or -1 at the end. */
    int peek() throws IOException {
        InputStream from = stream();
        from.mark(1);
        int b = from.read();
        from.reset();
        return b;
    }

    /**
     * One line of JSON Lines.
     *
     * @param bytes the record without its line end (a final {@code \r} dropped); empty when too large
     * @param tooLarge whether the record has more bytes than the limit
     * @param lineFeed whether a line feed ended the line (not the end of the input)
     */
    record Line(byte[] bytes, boolean tooLarge, boolean lineFeed) {
    }

    /**
     * Reads the next line, keeping at most the limit's bytes; the rest of a longer line is scanned, not
     * kept, to find the next record.
     *
     * @return the line, or null at the end of the input
     */
    Line readLine() throws IOException {
        InputStream from = stream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean sawAny = false;
        long keep = maxBytes + 1; // room for a '\r' before the '\n'
        int b;
        while ((b = from.read()) >= 0 && b != '\n') {
            sawAny = true;
            if (bytes.size() < keep) {
                bytes.write(b);
            } else {
                tooLong = true;
            }
        }
        if (b < 0 && !sawAny) {
            return null;
        }
        byte[] raw = bytes.toByteArray();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' && !tooLong ? raw.length - 1 : raw.length;
        boolean tooLarge = tooLong || length > maxBytes;
        return new Line(tooLarge ? new byte[0] : Arrays.copyOf(raw, length), tooLarge, b == '\n');
    }

    /**
     * Closes the stream, if one was opened.
     */
    @Override
    public void close() {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ----- problems of the input as a whole -----------------------------------------------------

    /** A problem with no place in the text, at line and column 0. */
    static FormatException problem(String source, String code, String message) {
        return new FormatException(List.of(new FormatProblem(source, "", 0, 0, code, message)));
    }

    /** A document past the limit, located at its first byte, where the document that is too large starts. */
    static FormatException tooLarge(String source, long maxBytes) {
        return new FormatException(List.of(new FormatProblem(source, "", 1, 1, FormatCodes.DOCUMENT_TOO_LARGE,
                "the document has more than " + maxBytes + " bytes, the configured limit (maxDocumentBytes; a"
                        + " leading byte order mark and one final line end are not counted); split it, or raise"
                        + " the limit")));
    }

    static FormatException unreadable(String source, Exception e) {
        String reason = e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + ": "
                + e.getMessage();
        return problem(source, FormatCodes.UNREADABLE, "cannot be read (" + reason + ")");
    }
}
