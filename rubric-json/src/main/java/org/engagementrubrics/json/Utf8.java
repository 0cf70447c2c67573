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
