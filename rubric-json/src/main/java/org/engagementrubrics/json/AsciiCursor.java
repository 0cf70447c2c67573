package org.engagementrubrics.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte-scanning cursor of {@link RatingsPool}: reads the plain pieces of one JSON Lines record (strings of
 * printable ASCII with no escape, {@code null}, punctuation and white space) from a range of bytes, keeping the
 * place of the string just read. Mutable and not thread-safe.
 */
final class AsciiCursor {

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    /** As {@code @WellFormedId}: {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}}. */
    private static final int MAX_ID_LENGTH = 128;

    byte[] bytes;
    int position;
    int end;
    int stringStart;
    int stringEnd;

    /** Starts reading {@code bytes} from {@code from}, up to {@code to}. */
    void reset(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.position = from;
        this.end = to;
    }

    /** The length of the string just read. */
    int length() {
        return stringEnd - stringStart;
    }

    /** Whether the string just read is a well-formed id of at most {@code maxLength} characters. */
    boolean wellFormedId(int maxLength) {
        int length = stringEnd - stringStart;
        if (length == 0 || length > MAX_ID_LENGTH || length > maxLength
                || !letterOrDigit(bytes[stringStart])) {
            return false;
        }
        for (int i = stringStart + 1; i < stringEnd; i++) {
            byte c = bytes[i];
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Whether the string just read is blank, as {@link String#isBlank()} says of printable ASCII. */
    boolean blank() {
        for (int i = stringStart; i < stringEnd; i++) {
            if (bytes[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a string of printable ASCII with no backslash, its content between {@link #stringStart} and
     * {@link #stringEnd}; anything else in a string (a control character, an escape, a byte of UTF-8) is read
     * the general way.
     */
    boolean string() {
        if (position >= end || bytes[position] != '"') {
            return false;
        }
        int i = position + 1;
        byte b;
        while (i < end && (b = bytes[i]) != '"') {
            if (b < ' ' || b == '\\' || b == 0x7F) {
                return false; // bytes from 0x80 are negative
            }
            i++;
        }
        if (i >= end) {
            return false;
        }
        stringStart = position + 1;
        stringEnd = i;
        position = i + 1;
        return true;
    }

    boolean literalNull() {
        boolean isNull = Arrays.equals(bytes, position, Math.min(end, position + NULL.length), NULL, 0, NULL.length);
        position += isNull ? NULL.length : 0;
        return isNull;
    }

    /** Whether the string just read is {@code text}. */
    boolean same(byte[] text) {
        int length = stringEnd - stringStart;
        if (length != text.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[stringStart + i] != text[i]) {
                return false;
            }
        }
        return true;
    }

    void whitespace() {
        while (position < end && (bytes[position] == ' ' || bytes[position] == '\t' || bytes[position] == '\r')) {
            position++;
        }
    }

    /** Skips white space, then reads {@code c}. */
    boolean skipTo(char c) {
        whitespace();
        return next(c);
    }

    boolean next(char c) {
        boolean is = position < end && bytes[position] == c;
        position += is ? 1 : 0;
        return is;
    }

    static int hash(byte[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text[i];
        }
        return h ^ h >>> 16;
    }
}
