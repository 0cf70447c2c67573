package org.engagementrubrics.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads the lines of a JSON Lines stream into one reused buffer, a block of bytes at a time: the lines that
 * {@link BoundedInput#readLine()} reads, with the same limit (a line's final {@code \r} not counted), but
 * with no copy of a line that fits and no lock per byte.
 *
 * <p>Mutable and not thread-safe; one lives inside one {@link ResponseStream}.
 */
final class LineReader {

    private static final int BLOCK = 1 << 16;
    private static final int FIRST_LINE = 1 << 10;

    private final InputStream in;
    private final long maxBytes;
    /** What is kept of a line: one byte more than the limit, for a {@code '\r'} before the {@code '\n'}. */
    private final int keep;
    private final byte[] block = new byte[BLOCK];
    private int position;
    private int limit;
    private byte[] line = new byte[FIRST_LINE];
    private int length;
    private boolean tooLarge;
    private boolean lineFeed;
    private boolean plain;

    LineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.keep = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
    }

    /**
     * Reads the next line, up to and without its {@code '\n'}.
     *
     * @return false at the end of the stream, when no byte is left
     */
    boolean next() throws IOException {
        length = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        lineFeed = false;
        boolean special = false;
        while (true) {
            if (position == limit) {
                int read = in.read(block, 0, BLOCK);
                if (read < 0) {
                    if (!sawAny) {
                        return false;
                    }
                    break;
                }
                position = 0;
                limit = read;
            }
            int end = position;
            byte b;
            while (end < limit && (b = block[end]) != '\n') {
                // one pass finds the line's end and anything that is not plain ASCII (bytes from 0x80 are < 0)
                if (b < ' ' && b != '\t' && b != '\r' || b == '\\' || b == 0x7F) {
                    special = true;
                }
                end++;
            }
            int count = end - position;
            if (count > 0) {
                sawAny = true;
                int room = keep - length;
                if (count > room) {
                    tooLong = true;
                }
                append(position, Math.min(count, room));
            }
            position = end;
            if (end < limit) {
                position++;
                lineFeed = true;
                break;
            }
        }
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        tooLarge = tooLong || length > maxBytes;
        plain = !special;
        if (tooLarge) {
            length = 0;
        }
        return true;
    }

    private void append(int from, int count) {
        if (count <= 0) {
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(keep, Math.max((long) line.length * 2, length + count)));
        }
        System.arraycopy(block, from, line, length, count);
        length += count;
    }

    /**
     * Makes sure that bytes not yet read are in the block, reading the next block when every byte of the last
     * was read: for a reader that takes a line straight from the block ({@link #block()}, {@link #take}).
     *
     * @return false at the end of the stream
     */
    boolean buffered() throws IOException {
        if (position == limit) {
            int read = in.read(block, 0, BLOCK);
            if (read < 0) {
                return false;
            }
            position = 0;
            limit = read;
        }
        return true;
    }

    /** The block read from the stream, valid from {@link #position()} to {@link #limit()}. */
    byte[] block() {
        return block;
    }

    /** Where the next line starts in the block. */
    int position() {
        return position;
    }

    /** The end of the bytes read into the block. */
    int limit() {
        return limit;
    }

    /**
     * Takes a line that was read straight from the block, as {@link #next()} would have read it.
     *
     * @param lineFeed the index in the block of the line feed that ends it
     */
    void take(int lineFeed) {
        position = lineFeed + 1;
    }

    /** The buffer holding the line read, valid up to {@link #length()} until the next read. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /**
     * Checks if the line read is plain ASCII: printable characters, tabs and carriage returns only, and no
     * backslash, so no escape and no question of encoding.
     */
    boolean plain() {
        return plain;
    }

    /** Checks if the line read is past the limit; then it holds no byte. */
    boolean tooLarge() {
        return tooLarge;
    }

    /** Checks if the line read ended with a {@code '\n'}, not with the end of the stream. */
    boolean lineFeed() {
        return lineFeed;
    }

    /** Checks if the line read is only white space, as {@code new String(line, ISO_8859_1).isBlank()} says. */
    boolean blank() {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(line[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
