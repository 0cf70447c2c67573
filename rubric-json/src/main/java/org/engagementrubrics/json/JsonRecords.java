package org.engagementrubrics.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of a JSON Lines file of rosters or contacts, one located tree per line that is not blank, read
 * as {@link ResponseStream} reads responses: each record within {@code maxDocumentBytes}, strict UTF-8, a
 * byte order mark only at the very start, problems located at lines of the file. Not thread-safe.
 */
final class JsonRecords {

    /** One record: the line it is on, its tree (null when it could not be parsed) and its problems so far. */
    record Line(int line, Node root, Problems problems) {
    }

    private final BoundedInput input;
    private final TreeReader trees;
    private boolean started;
    private boolean failed;
    private int line = 1;
    private boolean sawAny;

    JsonRecords(BoundedInput input, TreeReader trees) {
        this.input = input;
        this.trees = trees;
    }

    String source() {
        return input.source();
    }

    /** Whether the input held any byte besides a leading byte order mark. */
    boolean sawAny() {
        return sawAny;
    }

    /** The next record, or null at the end of the input or after a failing read (reported as a last record). */
    Line next() {
        if (failed) {
            return null;
        }
        try {
            if (!started) {
                started = true;
                input.skipByteOrderMark();
            }
            while (true) {
                int startLine = line;
                BoundedInput.Line read = input.readLine();
                if (read == null) {
                    return null;
                }
                sawAny = true;
                if (read.lineFeed()) {
                    line++;
                }
                Problems problems = new Problems(input.source(), startLine - 1);
                if (read.tooLarge()) {
                    problems.add("", 1, 1, FormatCodes.DOCUMENT_TOO_LARGE, "the record has more than "
                            + input.maxBytes() + " bytes, the configured limit (maxDocumentBytes)");
                    return new Line(startLine, null, problems);
                }
                byte[] bytes = read.bytes();
                if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
                    continue;
                }
                if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                        && (bytes[2] & 0xFF) == 0xBF) {
                    problems.add("", 1, 1, FormatCodes.MISPLACED_BYTE_ORDER_MARK, "a byte order mark (U+FEFF) at the"
                            + " start of a line; it may only start the file (files joined with cat keep each one's"
                            + " mark): remove it");
                    bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
                }
                return new Line(startLine, trees.read(bytes, problems), problems);
            }
        } catch (IOException e) {
            failed = true;
            Problems problems = new Problems(input.source());
            problems.add("", line, 1, FormatCodes.UNREADABLE, "the file cannot be read past this line ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return new Line(line, null, problems);
        }
    }
}
