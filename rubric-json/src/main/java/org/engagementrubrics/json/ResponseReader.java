package org.engagementrubrics.json;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.CheckedResponse;

/**
 * Reads responses — one at a time from a stream of them, or a file that may hold one document — checked
 * against one instrument, or on their own. Obtained from {@link RubricJson#responseReader()} and its
 * overloads; against a {@link org.engagementrubrics.core.scoring.PreparedInstrument} every good response
 * comes with its check ({@link ResponseRecord#checked()}, {@link Contents.Document#checked()}), so that
 * scoring it does not check it again.
 *
 * <pre>{@code
 * PreparedInstrument<Survey, SurveyResult> survey = ScoringEngine.defaults().prepare(instrument);
 * try (ResponseStream stream = RubricJson.defaults().responseReader(survey).stream(Path.of("responses.jsonl"))) {
 *     stream.forEachRemaining(record -> {
 *         if (record.isGood()) {
 *             use(survey.score(record.checked()));   // checked once, while reading
 *         } else {
 *             report(record.problems());              // located: file line, pointer, code
 *         }
 *     });
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each stream it opens is read by one thread at a time.
 */
public final class ResponseReader {

    private static final List<String> RESPONSES = DocumentKind.kindNames(DocumentKind.Role.RESPONSE);

    private final DocumentReader documents;
    private final long maxDocumentBytes;
    private final Against against;

    ResponseReader(DocumentReader documents, long maxDocumentBytes, Against against) {
        this.documents = documents;
        this.maxDocumentBytes = maxDocumentBytes;
        this.against = against;
    }

    /**
     * Reads one response document from a file, checked like the responses of a stream.
     *
     * @param file the file, not null
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response read(Path file) {
        Objects.requireNonNull(file, "file");
        try (BoundedInput input = BoundedInput.open(file, maxDocumentBytes)) {
            return response(documents.read(input.readAll(), file.toString(), RESPONSES, against));
        }
    }

    /**
     * Reads one response document from text, checked like the responses of a stream.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response read(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        return response(documents.read(json, sourceName, RESPONSES, against));
    }

    /**
     * Reads one response document from a stream, which is not closed, checked like the responses of a stream.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, not null
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return response(documents.read(BoundedInput.readAll(in, sourceName, maxDocumentBytes), sourceName, RESPONSES,
                against));
    }

    /** The response read, unwrapped from its check when it was read against a prepared instrument. */
    private static Response response(Object value) {
        return value instanceof CheckedResponse checked ? checked.response() : (Response) value;
    }

    /**
     * Opens a stream of responses from a JSON Lines file (one response per line) or a file holding one
     * JSON array of responses, read one at a time in constant memory. A bad record yields its located
     * problems and the stream goes on.
     *
     * @param file the file, not null
     * @return the stream, to be closed
     * @throws FormatException if the file cannot be opened
     */
    public ResponseStream stream(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw BoundedInput.problem(file.toString(), FormatCodes.UNREADABLE,
                    "is a directory; expected a JSON Lines file or a JSON array of responses");
        }
        BoundedInput input = BoundedInput.open(file, maxDocumentBytes);
        input.stream(); // a file that cannot be opened is a problem now, not a failed record later
        return new ResponseStream(input, documents, against);
    }

    /**
     * Opens a stream of responses from an input stream; closing the response stream closes it.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, not null
     * @return the stream, to be closed
     */
    public ResponseStream stream(InputStream in, String sourceName) {
        return new ResponseStream(BoundedInput.of(in, sourceName, maxDocumentBytes), documents, against);
    }

    /**
     * Opens a file of responses: a stream of them when its name ends in {@code .jsonl} or {@code .ndjson} or
     * its first value is a JSON array, else one response document, read whole and checked. A pipe or a
     * device is read once, as it comes.
     *
     * @param file the file, not null
     * @return the responses, or the one response as a {@link Contents.Document}; to be closed
     * @throws FormatException if the file cannot be read, or holding every problem of the one response
     */
    public Contents open(Path file) {
        return documents.contents(BoundedInput.open(file, maxDocumentBytes), true, against, true);
    }

    /**
     * Opens a stream holding responses, decided as {@link #open(Path)} does by the source name and the first
     * value. A stream of responses is closed with the contents; a stream holding one document is read to its
     * end and not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @return the responses, or the one response as a {@link Contents.Document}; to be closed
     * @throws FormatException if the stream cannot be read, or holding every problem of the one response
     */
    public Contents open(InputStream in, String sourceName) {
        return documents.contents(BoundedInput.of(in, sourceName, maxDocumentBytes), true, against, false);
    }

    /**
     * Opens a file as what it holds: a stream of responses when its name ends in {@code .jsonl} or
     * {@code .ndjson} or its first value (after a byte order mark and white space) is a JSON array, else one
     * document of any kind, read whole. A response document is checked like the responses of a stream; a
     * well-formed document of another kind (an instrument, a result) is read as what it is, validated on its
     * own. A pipe or a device is read once, as it comes; a document is read within
     * {@link ReadLimits#maxDocumentBytes()} either way.
     *
     * @param file the file, not null
     * @return the stream of responses or the valid document; to be closed
     * @throws FormatException if the file cannot be read, or holding every problem of the document
     */
    public Contents openAny(Path file) {
        return documents.contents(BoundedInput.open(file, maxDocumentBytes), false, against, true);
    }

    /**
     * Opens a stream as what it holds, decided as {@link #openAny(Path)} does by the source name and the
     * first value. A stream of responses is closed with the contents; a stream holding one document is read
     * to its end and not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @return the stream of responses or the valid document; to be closed
     * @throws FormatException if the stream cannot be read, or holding every problem of the document
     */
    public Contents openAny(InputStream in, String sourceName) {
        return documents.contents(BoundedInput.of(in, sourceName, maxDocumentBytes), false, against, false);
    }

    @Override
    public String toString() {
        return "ResponseReader[" + against + "]";
    }
}
