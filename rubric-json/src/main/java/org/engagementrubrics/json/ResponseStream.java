package org.engagementrubrics.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Responses read one at a time from JSON Lines (one response per line; blank lines skipped) or from one
 * top-level JSON array, in constant memory.
 *
 * <pre>{@code
 * try (ResponseStream stream = RubricJson.standard().responses(Path.of("responses.jsonl"), instrument)) {
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
 * and ends the stream, since the rest of the array cannot be found without reading the element. Not
 * thread-safe: one reader at a time.
 */
public final class ResponseStream implements Iterator<ResponseRecord>, AutoCloseable {

    private final PushbackInputStream in;
    private final String source;
    private final RubricJson json;
    private final Instrument instrument;
    private JsonParser arrayParser;
    private boolean started;
    private boolean finished;
    private int line = 1;
    private int number;
    private int good;
    private int bad;
    private ResponseRecord pending;

    ResponseStream(InputStream in, String source, RubricJson json, Instrument instrument) {
        this.in = new PushbackInputStream(in instanceof java.io.BufferedInputStream ? in
                : new java.io.BufferedInputStream(in, 65_536), 4);
        this.source = source;
        this.json = json;
        this.instrument = instrument;
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
                finished = true;
                pending = record(line, List.of(new FormatProblem(source, "", line, 0, FormatCodes.UNREADABLE,
                        "the stream failed (" + e.getMessage() + ")")), null);
            }
            if (pending == null) {
                finished = true;
            }
        }
        return pending != null;
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
            skipByteOrderMark();
            int first = firstNonWhitespace();
            if (first == '[') {
                arrayParser = json.reader().parser(in);
                try {
                    arrayParser.nextToken();
                } catch (JacksonException e) {
                    finished = true;
                    Problems problems = new Problems(source);
                    TreeReader.syntax(e, problems);
                    List<FormatProblem> found = problems.sorted();
                    return record(Math.max(found.get(0).line(), 1), found, null);
                }
            }
        }
        return arrayParser != null ? nextElement() : nextLine();
    }

    private void skipByteOrderMark() throws IOException {
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        if (!(n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.unread(head, 0, n);
        }
    }

    /** Peeks at the first non-white-space byte, leaving it unread; counts the lines passed. */
    private int firstNonWhitespace() throws IOException {
        int b;
        while ((b = in.read()) == ' ' || b == '\t' || b == '\r' || b == '\n') {
            if (b == '\n') {
                line++;
            }
        }
        if (b >= 0) {
            in.unread(b);
        }
        return b;
    }

    private ResponseRecord nextLine() throws IOException {
        while (true) {
            int startLine = line;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean sawAny = false;
            int b;
            long keep = json.limits().maxDocumentBytes() + 1; // room for a '\r' before the '\n'
            while ((b = in.read()) >= 0 && b != '\n') {
                sawAny = true;
                if (bytes.size() < keep) {
                    bytes.write(b);
                } else {
                    tooLong = true;
                }
            }
            if (b == '\n') {
                line++;
            }
            if (b < 0 && !sawAny) {
                return null;
            }
            byte[] raw = bytes.toByteArray();
            int length = raw.length > 0 && raw[raw.length - 1] == '\r' && !tooLong ? raw.length - 1 : raw.length;
            if (tooLong || length > json.limits().maxDocumentBytes()) {
                return record(startLine, List.of(new FormatProblem(source, "", startLine, 0,
                        FormatCodes.DOCUMENT_TOO_LARGE, "the record has more than " + json.limits().maxDocumentBytes()
                                + " bytes, the configured limit (maxDocumentBytes)")), null);
            }
            byte[] content = java.util.Arrays.copyOf(raw, length);
            if (new String(content, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
                continue;
            }
            Problems problems = new Problems(source, startLine - 1);
            Node root = json.reader().read(content, problems);
            Object value = root == null ? null
                    : Documents.decode(root, Documents.RESPONSE_KINDS, json.validator(), instrument, problems);
            return record(startLine, problems.sorted(), (Response) value);
        }
    }

    private ResponseRecord nextElement() {
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
                return record(at.getLineNr(), List.of(new FormatProblem(source, "", at.getLineNr(), at.getColumnNr(),
                        FormatCodes.TRAILING_CONTENT, "unexpected content after the array of responses; expected "
                                + "nothing after the closing ']'")), null);
            }
            int startLine = arrayParser.currentTokenLocation().getLineNr();
            Problems problems = new Problems(source);
            Node root = json.reader().element(arrayParser, token, problems, json.limits().maxDocumentBytes());
            if (root == null) {
                finished = true;
                return record(startLine, problems.sorted(), null);
            }
            Object value = Documents.decode(root, Documents.RESPONSE_KINDS, json.validator(), instrument, problems);
            return record(startLine, problems.sorted(), (Response) value);
        } catch (JacksonException e) {
            finished = true;
            Problems problems = new Problems(source);
            TreeReader.syntax(e, problems);
            List<FormatProblem> found = problems.sorted();
            return record(found.get(0).line(), found, null);
        }
    }

    private ResponseRecord record(int startLine, List<FormatProblem> problems, Response response) {
        number++;
        if (problems.isEmpty() && response != null) {
            good++;
            return new ResponseRecord(number, startLine, response, List.of());
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
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
        }
    }
}
