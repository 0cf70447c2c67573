package org.engagementrubrics.testkit.invalid;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.ReadLimits;

/** The defects made on the document's bytes as they are: encoding, truncation, trailing content, size. */
final class Bytes {

    private Bytes() {
    }

    static InvalidDocument make(Defect defect, byte[] original, DocumentForm form, RandomGenerator random,
            ReadLimits limits, Instrument instrument) {
        byte[] bytes;
        String pointer = "";
        String where;
        int end = contentEnd(original);
        switch (defect) {
            case UTF16: {
                Charset[] charsets = {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16};
                Charset charset = charsets[random.nextInt(charsets.length)];
                String text = new String(original, StandardCharsets.UTF_8);
                bytes = text.getBytes(charset);
                where = "the whole document in " + (charset == StandardCharsets.UTF_16 ? "UTF-16 with a byte order mark"
                        : charset.name() + " without a byte order mark");
                break;
            }
            case TRUNCATED: {
                int open = indexOf(original, (byte) '{');
                int close = lastIndexOf(original, (byte) '}');
                int cut = open + 1 + random.nextInt(Math.max(1, close - open - 1));
                while (cut > open + 1 && (original[cut] & 0xC0) == 0x80) {
                    cut--;
                }
                bytes = Arrays.copyOf(original, cut);
                pointer = "";
                where = "cut after " + cut + " of " + original.length + " bytes";
                break;
            }
            case TRAILING_CONTENT: {
                byte[] second = (form.isLine() ? " {}" : "\n{}").getBytes(StandardCharsets.UTF_8);
                bytes = insert(original, end, second);
                where = "a second value {} after the document";
                break;
            }
            case DUPLICATE_ID: {
                byte[] line = original.length > 0 && original[original.length - 1] == '\n' ? original
                        : insert(original, original.length, new byte[] {'\n'});
                bytes = insert(line, line.length, line);
                pointer = "/familyId";
                where = "the family listed again on line 2";
                break;
            }
            case EMPTY:
                bytes = "  \n".getBytes(StandardCharsets.UTF_8);
                where = "white space only";
                break;
            case DOCUMENT_TOO_LARGE: {
                long padding = Math.max(1, limits.maxDocumentBytes() + 1 - end);
                if (padding > Integer.MAX_VALUE - 16 - original.length) {
                    throw new IllegalArgumentException("maxDocumentBytes " + limits.maxDocumentBytes()
                            + " is too large to pass in one array");
                }
                byte[] spaces = new byte[(int) padding];
                Arrays.fill(spaces, (byte) ' ');
                bytes = insert(original, indexOf(original, (byte) '{') + 1, spaces);
                where = padding + " spaces after the opening brace";
                break;
            }
            default:
                throw new IllegalArgumentException(defect.toString());
        }
        return InvalidDocument.of(defect, bytes, pointer, where, limits, instrument, form);
    }

    /** The length of the document without its final line end. */
    private static int contentEnd(byte[] bytes) {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte wanted) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    /** The bytes with the first occurrence of a needle replaced. */
    static byte[] replace(byte[] bytes, byte[] needle, byte[] replacement) {
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                byte[] result = new byte[bytes.length - needle.length + replacement.length];
                System.arraycopy(bytes, 0, result, 0, i);
                System.arraycopy(replacement, 0, result, i, replacement.length);
                System.arraycopy(bytes, i + needle.length, result, i + replacement.length,
                        bytes.length - i - needle.length);
                return result;
            }
        }
        throw new IllegalStateException("the marker is not in the document");
    }
}
