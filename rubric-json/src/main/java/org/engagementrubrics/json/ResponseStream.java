package org.engagementrubrics.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.Tally;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Responses read one at a time from JSON Lines (one response per line; blank lines skipped) or from one
 * top-level JSON array, in constant memory.
 *
 * <pre>{@code
 * try (ResponseStream stream = RubricJson.defaults().responseReader(instrument).stream(Path.of("responses.jsonl"))) {
 *     while (stream.hasNext()) {
 *         ResponseRecord record = stream.next();
 *         if (record.isGood()) { score(record.response()); } else { report(record.problems()); }
 *     }
 *     log(stream.good() + " good, " + stream.bad() + " bad");
 * }
 * }</pre>
 *
 * <p>A bad record yields its located problems (the line in the file, the pointer within the record) and
 * the stream goes on; a syntax error inside a JSON array ends it, since nothing after it can be trusted.
 * Each record is bounded by {@link ReadLimits#maxDocumentBytes()} (a line's final {@code \r} not
 * counted): a JSON Lines record past it is reported and skipped; an array element past it is reported
 * and ends the stream, since the rest of the array cannot be found without reading the element.
 *
 * <p>A problem of an array stream that belongs to no record, found between or after its elements (a
 * trailing comma before the closing {@code ]}, a missing comma, content after the array), ends the
 * stream as a last record numbered 0 that has only problems and is counted in neither {@link #good()}
 * nor {@link #bad()}. A byte order mark is allowed only at the start of the stream: one at the start of
 * a later JSON Lines line is a {@code misplaced-byte-order-mark} problem of that record. Not thread-safe:
 * one reader at a time.
 */
public final class ResponseStream implements Iterator<ResponseRecord>, AutoCloseable {

    private static final List<String> RESPONSES = DocumentKind.kindNames(DocumentKind.Role.RESPONSE);

    private final BoundedInput input;
    private final String source;
    private final long maxBytes;
    private final DocumentReader documents;
    private final Against against;
    /** Decodes the plain records of ratings responses without a tree; null to read every record the general way. */
    private final RatingsLine plain;
    private LineReader lines;
    private JsonParser arrayParser;
    private boolean started;
    private boolean finished;
    private int line = 1;
    /** The line the JSON Lines record just read starts on. */
    private int recordLine;
    private int number;
    private int good;
    private int bad;
    private ResponseRecord pending;
    /** The tally that {@link #pool} last added to, and how it adds plain records to it (null: one at a time). */
    private Tally<?> pooled;
    private RatingsPool fast;

    ResponseStream(BoundedInput input, DocumentReader documents, Against against) {
        this(input, documents, against, true);
    }

    /**
     * Opens a stream that decodes the plain records of ratings responses without a tree when {@code lean}, as
     * every stream does; without, for the tests that hold the two ways to the same records.
     */
    ResponseStream(BoundedInput input, DocumentReader documents, Against against, boolean lean) {
        this.input = input;
        this.source = input.source();
        this.maxBytes = input.maxBytes();
        this.documents = documents;
        this.against = against;
        this.plain = lean ? new RatingsLine(documents.trees().limits()) : null;
    }

    /**
     * Returns how many good records were read so far.
     *
     * @return the count
     */
    public int good() {
        return good;
    }

    /**
     * Returns how many bad records were read so far.
     *
     * @return the count
     */
    public int bad() {
        return bad;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            try {
                pending = advance();
            } catch (IOException e) {
                failed(e);
            }
            if (pending == null) {
                finished = true;
            }
        }
        return pending != null;
    }

    /** Ends the stream with a last record that says why it could not be read on. */
    private void failed(IOException e) {
        finished = true;
        pending = record(line, List.of(new FormatProblem(source, "", line, 1, FormatCodes.UNREADABLE,
                "the stream failed (" + e.getMessage() + ")")), null);
    }

    /**
     * Adds the good records that follow to a tally of the instrument this stream is read against, as
     * {@code rubric score} pools them, and stops at the next bad record, which it returns for its problems,
     * after {@code maxRecords} records, or at the end. The tally counts what adding each good record's response
     * ({@link Tally#add(CheckedResponse)}) counts, and every record is numbered and counted in {@link #good()}
     * and {@link #bad()} as when read one at a time; but a plain JSON Lines record of a survey response that
     * passes its check is added straight from its bytes, with no {@link ResponseRecord} or {@link Response} made.
     *
     * <pre>{@code
     * Tally<SurveyResult> tally = survey.tally();
     * try (ResponseStream stream = RubricJson.defaults().responseReader(survey).stream(Path.of("responses.jsonl"))) {
     *     while (stream.hasNext()) {
     *         ResponseRecord bad = stream.pool(tally, 10_000);
     *         if (bad != null) {
     *             report(bad.problems());
     *         }
     *     }
     * }
     * SurveyResult result = tally.result();
     * }</pre>
     *
     * @param tally the tally, not null; of the prepared instrument this stream's reader checks against (the same
     *     fingerprint), or of the responses' instrument when the reader checks against an instrument or nothing
     * @param maxRecords the most records to read in this call, at least 1
     * @return the bad record that stopped it, or null at the end of the stream or after {@code maxRecords}
     * @throws IllegalArgumentException if {@code maxRecords} is less than 1, or the tally is of another instrument
     *     than the one the reader checks against
     * @throws org.engagementrubrics.core.validation.InvalidDataException if a good record's response does not fit
     *     the tally's instrument (a reader checking against nothing)
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}, as the tally says
     */
    public ResponseRecord pool(Tally<?> tally, int maxRecords) {
        Objects.requireNonNull(tally, "tally");
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1; was " + maxRecords);
        }
        if (pooled != tally) {
            PreparedInstrument<?, ?> prepared = against.prepared();
            if (prepared != null && !prepared.fingerprint().equals(tally.instrument().fingerprint())) {
                throw new IllegalArgumentException("a tally of " + tally.instrument() + " cannot pool responses checked"
                        + " against " + prepared.ref() + "; pool them into a tally of that instrument");
            }
            pooled = tally;
            fast = plain == null || prepared == null ? null : RatingsPool.of(documents.trees().limits(), prepared, tally);
        }
        for (int read = 0; read < maxRecords; read++) {
            if (pending == null && fast != null && lines != null && !finished && poolLine()) {
                continue;
            }
            if (!hasNext()) {
                return null;
            }
            ResponseRecord record = next();
            if (!record.isGood()) {
                return record;
            }
            if (record.checked() != null) {
                tally.add(record.checked());
            } else {
                tally.add(record.response());
            }
        }
        return null;
    }

    /**
     * Reads the next JSON Lines record into the tally being pooled if it is a good plain one, straight from the
     * block read (or, for a record across two blocks, from its line); else leaves it pending, read as one at a
     * time reads it, or ends the stream.
     *
     * @return true if the record was added
     */
    private boolean poolLine() {
        try {
            if (lines.buffered()) {
                int lineFeed = fast.add(lines.block(), lines.position(), lines.limit(), false, maxBytes);
                if (lineFeed >= 0) {
                    lines.take(lineFeed);
                    line++;
                    number++;
                    good++;
                    return true;
                }
            }
            if (!readLine()) {
                finished = true;
                return false;
            }
            if (!lines.tooLarge() && fast.add(lines.bytes(), 0, lines.length(), true, maxBytes) >= 0) {
                number++;
                good++;
                return true;
            }
            pending = lineRecord();
        } catch (IOException e) {
            failed(e);
        }
        return false;
    }

    @Override
    public ResponseRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more responses in " + source);
        }
        ResponseRecord next = pending;
        pending = null;
        return next;
    }

    private ResponseRecord advance() throws IOException {
        if (!started) {
            started = true;
            input.skipByteOrderMark();
            line += input.skipWhitespace();
            if (input.peek() == '[') {
                arrayParser = documents.trees().parser(input.utf8Reader());
                try {
                    arrayParser.nextToken();
                } catch (JacksonException e) {
                    finished = true;
                    Problems problems = new Problems(source);
                    TreeReader.syntax(e, arrayParser, problems);
                    List<FormatProblem> found = problems.sorted();
                    return record(Math.max(found.get(0).line(), 1), found, null);
                }
            }
        }
        return arrayParser != null ? nextElement() : nextLine();
    }

    private ResponseRecord nextLine() throws IOException {
        if (lines == null) {
            lines = new LineReader(input.stream(), maxBytes);
        }
        return readLine() ? lineRecord() : null;
    }

    /**
     * Reads the next line that is not blank (or is too large), counting the lines it passes; the line it
     * starts on is {@link #recordLine}.
     *
     * @return false at the end of the stream
     */
    private boolean readLine() throws IOException {
        while (true) {
            recordLine = line;
            if (!lines.next()) {
                return false;
            }
            if (lines.lineFeed()) {
                line++;
            }
            if (lines.tooLarge() || !lines.blank()) {
                return true;
            }
        }
    }

    /** Reads the record of the line just read. */
    private ResponseRecord lineRecord() {
        int startLine = recordLine;
        if (lines.tooLarge()) {
            return record(startLine, List.of(new FormatProblem(source, "", startLine, 1,
                    FormatCodes.DOCUMENT_TOO_LARGE, "the record has more than " + maxBytes
                            + " bytes, the configured limit (maxDocumentBytes)")), null);
        }
        byte[] buffer = lines.bytes();
        int length = lines.length();
        boolean byteOrderMark = startsWithByteOrderMark(buffer, length);
        if (plain != null && !byteOrderMark) {
            Response response = plain.read(buffer, length, lines.plain());
            Object value = response == null ? null : documents.checkDecoded(response, against);
            if (value != null) {
                return record(startLine, List.of(), value);
            }
        }
        Problems problems = new Problems(source, startLine - 1);
        byte[] bytes;
        if (byteOrderMark) {
            // the stream's own mark was skipped before its first line: this one stands inside the file
            problems.add("", 1, 1, FormatCodes.MISPLACED_BYTE_ORDER_MARK, "a byte order mark (U+FEFF) at the"
                    + " start of a line; it may only start the file (files joined with cat keep each one's"
                    + " mark): remove it");
            bytes = java.util.Arrays.copyOfRange(buffer, 3, length);
        } else {
            bytes = java.util.Arrays.copyOf(buffer, length);
        }
        Node root = documents.trees().read(bytes, problems);
        Object value = root == null ? null : documents.decode(root, RESPONSES, against, problems);
        return record(startLine, problems.sorted(), value);
    }

    private static boolean startsWithByteOrderMark(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    private ResponseRecord nextElement() {
        boolean between = true;
        try {
            JsonToken token = arrayParser.nextToken();
            if (token == null) {
                return null;
            }
            if (token == JsonToken.END_ARRAY) {
                finished = true;
                TokenStreamLocation at;
                try {
                    if (arrayParser.nextToken() == null) {
                        return null;
                    }
                    at = arrayParser.currentTokenLocation();
                } catch (JacksonException e) {
                    at = e.getLocation() == null ? arrayParser.currentLocation() : e.getLocation();
                }
                return streamProblem(List.of(new FormatProblem(source, "", at.getLineNr(), at.getColumnNr(),
                        FormatCodes.TRAILING_CONTENT, "unexpected content after the array of responses; expected "
                                + "nothing after the closing ']'")));
            }
            between = false;
            int startLine = arrayParser.currentTokenLocation().getLineNr();
            Problems problems = new Problems(source);
            Node root = documents.trees().element(arrayParser, token, problems, maxBytes);
            if (root == null) {
                finished = true;
                return record(startLine, problems.sorted(), null);
            }
            Object value = documents.decode(root, RESPONSES, against, problems);
            return record(startLine, problems.sorted(), value);
        } catch (JacksonException e) {
            finished = true;
            Problems problems = new Problems(source);
            TreeReader.syntax(e, arrayParser, problems);
            List<FormatProblem> found = problems.sorted();
            // an error between elements (a trailing comma, a missing comma) is the stream's, not a record's
            return between ? streamProblem(found) : record(found.get(0).line(), found, null);
        }
    }

    /**
     * Makes the last "record" of an array stream from a problem of the stream itself, found between or
     * after its elements: numbered 0 and counted in neither {@link #good()} nor {@link #bad()}.
     */
    private ResponseRecord streamProblem(List<FormatProblem> problems) {
        return new ResponseRecord(0, Math.max(problems.get(0).line(), 1), null, problems);
    }

    /** Makes the next record from a decoded value: a response, its check, or null when there are problems. */
    private ResponseRecord record(int startLine, List<FormatProblem> problems, Object value) {
        number++;
        if (problems.isEmpty() && value != null) {
            good++;
            return value instanceof CheckedResponse checked
                    ? new ResponseRecord(number, startLine, checked.response(), List.of(), checked)
                    : new ResponseRecord(number, startLine, (Response) value, List.of());
        }
        bad++;
        return new ResponseRecord(number, startLine, null, problems);
    }

    /**
     * Closes the underlying stream.
     */
    @Override
    public void close() {
        try {
            if (arrayParser != null) {
                arrayParser.close();
            }
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
        } finally {
            input.close();
        }
    }
}
