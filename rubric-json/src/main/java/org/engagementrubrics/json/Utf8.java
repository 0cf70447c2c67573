package org.engagementrubrics.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 decoding of a whole document, with problems that name a bad byte by its value and place:
 * Jackson would otherwise guess UTF-16 or UTF-32, or replace what it cannot decode.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Decodes strict UTF-8, tolerating a byte order mark; reports other encodings and bad bytes, and
     * returns null after a problem.
     */
    static String decode(byte[] bytes, Problems problems) {
        CharBuffer chars = decodeChars(bytes, problems);
        return chars == null ? null : chars.toString();
    }

    /**
     * Decodes as {@link #decode(byte[], Problems)} does, into characters for the parser to read in place (from
     * the buffer's array, up to its limit), with no string made between.
     */
    static CharBuffer decodeChars(byte[] bytes, Problems problems) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            problems.add("", 1, 1, FormatCodes.ENCODING, "the document starts with a UTF-16 or UTF-32 byte order mark;"
                    + " expected UTF-8");
            return null;
        } else if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            problems.add("", 1, 1, FormatCodes.ENCODING, "the document starts with a zero byte, as UTF-16 or UTF-32 text"
                    + " does; expected UTF-8");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer from = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(from, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.limit(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            problems.add("", line, column, FormatCodes.ENCODING, notUtf8(bytes, from.position()));
            return null;
        }
        out.flip();
        return out;
    }

    /**
     * Returns where the text starts (after a UTF-8 byte order mark, if any) when the bytes are well-formed
     * UTF-8 as {@link #decodeChars} accepts it, with no zero byte (which JSON text never holds unescaped, and
     * which would make a parser guess UTF-16 or UTF-32); returns -1 otherwise, for the caller to decode the
     * bytes and say what is wrong. Checks without decoding, by the table of well-formed byte sequences of the
     * Unicode standard (no overlong form, no surrogate, nothing past U+10FFFF).
     */
    static int wellFormedStart(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int length = bytes.length;
        int i = start;
        while (i < length) {
            int c = bytes[i];
            if (c > 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int size = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (size == 0 || i + size > length) {
                return -1;
            }
            int second = bytes[i + 1] & 0xFF;
            int low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            if (second < low || second > high) {
                return -1;
            }
            for (int k = 2; k < size; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            i += size;
        }
        return start;
    }

    /**
     * Says which byte is not UTF-8, by its value (its place is the problem's line and column), and what to
     * do; a lone byte from 0xA0 up is most likely text saved as Latin-1 or Windows-1252.
     */
    static String notUtf8(byte[] bytes, int index) {
        int value = bytes[index] & 0xFF;
        boolean single = index + 1 == bytes.length || (bytes[index + 1] & 0xC0) != 0x80;
        return String.format(Locale.ROOT, "the byte 0x%02X is not valid UTF-8%s; save the text as UTF-8", value,
                single && value >= 0xA0
                        ? ": the text looks like Latin-1 or Windows-1252, where it is '" + (char) value + "'" : "");
    }
}
