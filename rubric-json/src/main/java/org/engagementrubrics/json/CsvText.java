package org.engagementrubrics.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a CSV file as the CSV parser reads it: strict UTF-8, places (line and column) for the text of
 * the row being read, and a bound on how far one row may run.
 *
 * <p>A leading UTF-8 byte order mark is skipped; UTF-16 and UTF-32 are refused before any row is read. A
 * byte that is not UTF-8 is read as U+FFFD and remembered with its offset, so that the row holding it is
 * reported and the rows after it are still read. The text from the start of the current row is kept (the
 * "window") until the row is released, which is what lets a problem name the line and column of a cell
 * even after quoted cells with line breaks; the window is bounded by {@code maxRowChars} and the parser's
 * read-ahead. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as the CSV parser ends rows;
 * columns count UTF-16 characters from 1. Not thread-safe: one reader at a time.
 */
final class CsvText extends Reader {

    /** The most characters handed out by one read; the parser's read-ahead is at most about this much. */
    static final int CHUNK = 8192;

    /** A byte that is not UTF-8: the offset of the U+FFFD read in its place, and what to say about it. */
    record BadByte(long offset, String message) {
    }

    /** A position in the text, with its line and column. */
    static final class Cursor {
        long offset;
        int line;
        int column;
        boolean afterCarriageReturn;

        Cursor(long offset, int line, int column, boolean afterCarriageReturn) {
            this.offset = offset;
            this.line = line;
            this.column = column;
            this.afterCarriageReturn = afterCarriageReturn;
        }

        Cursor copy() {
            return new Cursor(offset, line, column, afterCarriageReturn);
        }

        /** Moves past one character; a {@code \n} right after a {@code \r} ends no second line. */
        void advance(char c) {
            offset++;
            if (c == '\n' && afterCarriageReturn) {
                afterCarriageReturn = false;
            } else if (c == '\n' || c == '\r') {
                line++;
                column = 1;
                afterCarriageReturn = c == '\r';
            } else {
                column++;
                afterCarriageReturn = false;
            }
        }
    }

    private final InputStream in;
    private final long maxRowChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK).flip();
    private boolean endOfInput;
    /** The text read: from index {@code base} on, the window; before it, text released but not yet dropped. */
    private final StringBuilder window = new StringBuilder();
    private int base;
    private Cursor windowStart = new Cursor(0, 1, 1, false);
    private final ArrayDeque<BadByte> badBytes = new ArrayDeque<>();
    private boolean tooLarge;
    private IOException failure;

    CsvText(InputStream in, long maxRowChars) {
        this.in = in;
        this.maxRowChars = maxRowChars;
    }

    /**
     * Reads the first bytes: skips a UTF-8 byte order mark, and refuses text that starts as UTF-16 or
     * UTF-32 do, with the words of {@link Utf8}.
     *
     * @return the problem's message, or null when the text may be UTF-8
     */
    String start() throws IOException {
        while (bytes.remaining() < 3 && fill()) {
            // at least three bytes, or all there are
        }
        int n = bytes.remaining();
        int b0 = n > 0 ? bytes.get(0) & 0xFF : -1;
        int b1 = n > 1 ? bytes.get(1) & 0xFF : -1;
        if (n >= 3 && b0 == 0xEF && b1 == 0xBB && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
        } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            return "the file starts with a UTF-16 or UTF-32 byte order mark; expected UTF-8";
        } else if (n >= 2 && (b0 == 0 || b1 == 0)) {
            return "the file starts with a zero byte, as UTF-16 or UTF-32 text does; expected UTF-8";
        }
        return null;
    }

    /** Reads more bytes after those not yet decoded; false at the end of the input. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n > 0) {
                bytes.position(bytes.position() + n);
            } else if (n < 0) {
                endOfInput = true;
            }
        } catch (IOException e) {
            failure = e;
            throw e;
        } finally {
            bytes.flip();
        }
        return !endOfInput;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, Math.min(length, CHUNK));
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                int at = bytes.position();
                byte[] around = Arrays.copyOfRange(bytes.array(), at, Math.min(bytes.limit(), at + 2));
                badBytes.add(new BadByte(end() + out.position() - offset, Utf8.notUtf8(around, 0)));
                out.put('\uFFFD');
                bytes.position(at + result.length());
            } else if (result.isOverflow() || endOfInput) {
                break;
            } else {
                fill();
            }
        }
        int n = out.position() - offset;
        if (n == 0) {
            return -1;
        }
        window.append(buffer, offset, n);
        if (window.length() - base > maxRowChars + 2L * CHUNK) {
            tooLarge = true;
            throw new IOException("a row runs past the size limit");
        }
        return n;
    }

    /** The offset just past the last character read. */
    long end() {
        return windowStart.offset + window.length() - base;
    }

    /** Whether the input held any character at all (a byte order mark is none). */
    boolean sawAny() {
        return end() > 0;
    }

    /** Whether a row ran past the size limit, which ends the read. */
    boolean tooLarge() {
        return tooLarge;
    }

    /** The input's failure, which ends the read, or null. */
    IOException failure() {
        return failure;
    }

    /** A cursor at the start of the window: the start of the row being read. */
    Cursor cursor() {
        return windowStart.copy();
    }

    /** Whether the character at an offset was read. */
    boolean has(long offset) {
        return offset < end();
    }

    /** The character at an offset in the window. */
    char charAt(long offset) {
        return window.charAt(base + (int) (offset - windowStart.offset));
    }

    /** The place of an offset in the window. */
    Cursor place(long offset) {
        Cursor cursor = cursor();
        while (cursor.offset < offset) {
            cursor.advance(charAt(cursor.offset));
        }
        return cursor;
    }

    /**
     * Forgets the text before a cursor, the end of a row read, and the bad bytes in it. The text is dropped
     * once it is as long as the window, so that each character is copied a bounded number of times.
     */
    void release(Cursor to) {
        base += (int) (to.offset - windowStart.offset);
        windowStart = to.copy();
        if (base >= CHUNK && base >= window.length() - base) {
            window.delete(0, base);
            base = 0;
        }
        while (!badBytes.isEmpty() && badBytes.peek().offset() < to.offset) {
            badBytes.poll();
        }
    }

    /** The bad bytes before an offset that are still remembered. */
    List<BadByte> badBytesBefore(long offset) {
        List<BadByte> found = new ArrayList<>();
        for (BadByte bad : badBytes) {
            if (bad.offset() < offset) {
                found.add(bad);
            }
        }
        return found;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
