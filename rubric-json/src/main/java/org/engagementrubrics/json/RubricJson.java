package org.engagementrubrics.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * Reads and writes instruments, responses and results in the documented JSON format.
 *
 * <pre>{@code
 * RubricJson json = RubricJson.standard();                       // share one instance
 * Instrument instrument = json.readInstrument(Path.of("four-versions.json"));
 * String text = json.write(instrument);                         // canonical: stable, diffable
 * try (ResponseStream responses = json.responses(Path.of("responses.jsonl"), instrument)) {
 *     responses.forEachRemaining(record -> ...);
 * }
 * try (Contents contents = json.open(Path.of(name), instrument)) { ... }   // a document or responses
 * }</pre>
 *
 * <p>Reading returns a valid object or throws one {@link FormatException} holding every problem, each
 * with source, JSON pointer, line and column, a stable code and a message. Syntax and type errors,
 * missing and unknown fields, limits, Bean Validation and reference checks all arrive that way; no
 * Jackson or validator exception escapes. Writing is canonical: the same value always gives the same
 * bytes (two-space indentation, fields in a fixed order, LF line ends, a final newline), and reading
 * what was written gives an equal value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RubricJson {

    private static final class Standard {
        static final RubricJson INSTANCE = new RubricJson(ReadLimits.defaults(), RubricValidator.create());
    }

    private static final List<String> INSTRUMENTS = DocumentKind.wireNames(DocumentKind.Role.INSTRUMENT);
    private static final List<String> RESPONSES = DocumentKind.wireNames(DocumentKind.Role.RESPONSE);
    private static final List<String> RESULTS = DocumentKind.wireNames(DocumentKind.Role.RESULT);

    private final ReadLimits limits;
    private final RubricValidator validator;
    private final DocumentReader documents;

    private RubricJson(ReadLimits limits, RubricValidator validator) {
        this.limits = limits;
        this.validator = validator;
        this.documents = new DocumentReader(limits, validator);
    }

    /**
     * Obtains the shared instance with the default limits and validator.
     *
     * @return the standard instance
     */
    public static RubricJson standard() {
        return Standard.INSTANCE;
    }

    /**
     * Returns a copy with other read limits.
     *
     * @param limits the limits, not null
     * @return an instance with the limits
     */
    public RubricJson withLimits(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(this.limits) ? this : new RubricJson(limits, validator);
    }

    /**
     * Returns a copy that validates with another validator, such as one built on the embedder's own
     * Bean Validation factory.
     *
     * @param validator the validator, not null
     * @return an instance with the validator
     */
    public RubricJson withValidator(RubricValidator validator) {
        Objects.requireNonNull(validator, "validator");
        return validator == this.validator ? this : new RubricJson(limits, validator);
    }

    /**
     * Returns the read limits.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    // ----- instruments --------------------------------------------------------------------------

    /**
     * Reads an instrument of any kind from a file.
     *
     * @param file the file, not null
     * @return the valid instrument
     * @throws FormatException holding every problem
     */
    public Instrument readInstrument(Path file) {
        return (Instrument) documents.read(bytes(file), file.toString(), INSTRUMENTS, null);
    }

    /**
     * Reads an instrument of any kind from a stream, which is not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @return the valid instrument
     * @throws FormatException holding every problem
     */
    public Instrument readInstrument(InputStream in, String sourceName) {
        return (Instrument) documents.read(bytes(in, sourceName), sourceName, INSTRUMENTS, null);
    }

    /**
     * Reads an instrument of any kind from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the valid instrument
     * @throws FormatException holding every problem
     */
    public Instrument readInstrument(String json, String sourceName) {
        return (Instrument) read(json, sourceName, INSTRUMENTS, null);
    }

    // ----- responses ----------------------------------------------------------------------------

    /**
     * Reads a response from a file, validated on its own (not against an instrument).
     *
     * @param file the file, not null
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response readResponse(Path file) {
        return (Response) documents.read(bytes(file), file.toString(), RESPONSES, null);
    }

    /**
     * Reads a response from a file and validates it against its instrument: unknown ids and off-scale
     * ratings are problems located in the file.
     *
     * @param file the file, not null
     * @param instrument the instrument the response answers, not null
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response readResponse(Path file, Instrument instrument) {
        return (Response) documents.read(bytes(file), file.toString(), RESPONSES,
                Objects.requireNonNull(instrument, "instrument"));
    }

    /**
     * Reads a response from text, validated against its instrument when one is given.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @param instrument the instrument the response answers, or null to validate the response alone
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response readResponse(String json, String sourceName, Instrument instrument) {
        return (Response) read(json, sourceName, RESPONSES, instrument);
    }

    /**
     * Reads a response from a stream, which is not closed, validated against its instrument when one is
     * given.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, not null
     * @param instrument the instrument the response answers, or null to validate the response alone
     * @return the valid response
     * @throws FormatException holding every problem
     */
    public Response readResponse(InputStream in, String sourceName, Instrument instrument) {
        return (Response) documents.read(bytes(in, sourceName), sourceName, RESPONSES, instrument);
    }

    /**
     * Opens a stream of responses from a JSON Lines file (one response per line) or a file holding one
     * JSON array of responses, read one at a time in constant memory. A bad record yields its located
     * problems and the stream goes on.
     *
     * @param file the file, not null
     * @param instrument the instrument to validate against, or null to validate each response alone
     * @return the stream, to be closed
     * @throws FormatException if the file cannot be opened
     */
    public ResponseStream responses(Path file, Instrument instrument) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw BoundedInput.problem(file.toString(), FormatCodes.UNREADABLE,
                    "is a directory; expected a JSON Lines file or a JSON array of responses");
        }
        BoundedInput input = BoundedInput.open(file, limits.maxDocumentBytes());
        input.stream(); // a file that cannot be opened is a problem now, not a failed record later
        return new ResponseStream(input, documents, instrument);
    }

    /**
     * Opens a stream of responses from an input stream; closing the response stream closes it.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, not null
     * @param instrument the instrument to validate against, or null to validate each response alone
     * @return the stream, to be closed
     */
    public ResponseStream responses(InputStream in, String sourceName, Instrument instrument) {
        return new ResponseStream(BoundedInput.of(in, sourceName, limits.maxDocumentBytes()), documents, instrument);
    }

    /**
     * Opens a file of responses: a stream of them when its name ends in {@code .jsonl} or {@code .ndjson} or
     * its first value is a JSON array, else one response document, read whole and validated against the
     * instrument. A pipe or a device is read once, as it comes.
     *
     * @param file the file, not null
     * @param instrument the instrument the responses answer, or null to validate each response alone
     * @return the responses, or the one response as a {@link Contents.Document}; to be closed
     * @throws FormatException if the file cannot be read, or holding every problem of the one response
     */
    public Contents openResponses(Path file, Instrument instrument) {
        return documents.contents(BoundedInput.open(file, limits.maxDocumentBytes()), true, instrument, true);
    }

    /**
     * Opens a stream holding responses, decided as {@link #openResponses(Path, Instrument)} does by the
     * source name and the first value. A stream of responses is closed with the contents; a stream holding
     * one document is read to its end and not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @param instrument the instrument the responses answer, or null to validate each response alone
     * @return the responses, or the one response as a {@link Contents.Document}; to be closed
     * @throws FormatException if the stream cannot be read, or holding every problem of the one response
     */
    public Contents openResponses(InputStream in, String sourceName, Instrument instrument) {
        return documents.contents(BoundedInput.of(in, sourceName, limits.maxDocumentBytes()), true, instrument, false);
    }

    // ----- results ------------------------------------------------------------------------------

    /**
     * Reads a scoring result from a file.
     *
     * @param file the file, not null
     * @return the result
     * @throws FormatException holding every problem
     */
    public ScoreResult readResult(Path file) {
        return (ScoreResult) documents.read(bytes(file), file.toString(), RESULTS, null);
    }

    /**
     * Reads a scoring result from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the result
     * @throws FormatException holding every problem
     */
    public ScoreResult readResult(String json, String sourceName) {
        return (ScoreResult) read(json, sourceName, RESULTS, null);
    }

    // ----- any document -------------------------------------------------------------------------

    /**
     * Reads a document of any kind: an {@link Instrument}, a {@link Response} or a {@link ScoreResult}.
     *
     * @param file the file, not null
     * @return the instrument, response or result
     * @throws FormatException holding every problem
     */
    public Object read(Path file) {
        return documents.read(bytes(file), file.toString(), DocumentKind.wireNames(), null);
    }

    /**
     * Reads a document of any kind from text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name used in problems, not null
     * @return the instrument, response or result
     * @throws FormatException holding every problem
     */
    public Object read(String json, String sourceName) {
        return read(json, sourceName, DocumentKind.wireNames(), null);
    }

    /**
     * Reads a document of any kind from a stream, which is not closed: at most
     * {@link ReadLimits#maxDocumentBytes()} bytes, with the same problems as from a file.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @return the instrument, response or result
     * @throws FormatException holding every problem
     */
    public Object read(InputStream in, String sourceName) {
        return documents.read(bytes(in, sourceName), sourceName, DocumentKind.wireNames(), null);
    }

    /**
     * Opens a file as what it holds: a stream of responses when its name ends in {@code .jsonl} or
     * {@code .ndjson} or its first value (after a byte order mark and white space) is a JSON array, else one
     * document of any kind, read whole. With an instrument, a document is expected to be a response and is
     * validated against it; a well-formed document of another kind (an instrument, a result) is read as what
     * it is. A pipe or a device is read once, as it comes; a document is read within
     * {@link ReadLimits#maxDocumentBytes()} either way.
     *
     * @param file the file, not null
     * @param instrument the instrument responses answer, or null to validate each response alone
     * @return the stream of responses or the valid document; to be closed
     * @throws FormatException if the file cannot be read, or holding every problem of the document
     */
    public Contents open(Path file, Instrument instrument) {
        return documents.contents(BoundedInput.open(file, limits.maxDocumentBytes()), false, instrument, true);
    }

    /**
     * Opens a stream as what it holds, decided as {@link #open(Path, Instrument)} does by the source name
     * and the first value. A stream of responses is closed with the contents; a stream holding one document
     * is read to its end and not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @param instrument the instrument responses answer, or null to validate each response alone
     * @return the stream of responses or the valid document; to be closed
     * @throws FormatException if the stream cannot be read, or holding every problem of the document
     */
    public Contents open(InputStream in, String sourceName, Instrument instrument) {
        return documents.contents(BoundedInput.of(in, sourceName, limits.maxDocumentBytes()), false, instrument, false);
    }

    // ----- writing ------------------------------------------------------------------------------

    /**
     * Writes an instrument as canonical JSON.
     *
     * @param instrument the instrument, not null
     * @return the JSON text, ending with a newline
     */
    public String write(Instrument instrument) {
        return DocumentWriter.write(Objects.requireNonNull(instrument, "instrument"));
    }

    /**
     * Writes a response as canonical JSON.
     *
     * @param response the response, not null
     * @return the JSON text, ending with a newline
     */
    public String write(Response response) {
        return DocumentWriter.write(Objects.requireNonNull(response, "response"));
    }

    /**
     * Writes a result as canonical JSON.
     *
     * @param result the result, not null
     * @return the JSON text, ending with a newline
     */
    public String write(ScoreResult result) {
        return DocumentWriter.write(Objects.requireNonNull(result, "result"));
    }

    /**
     * Writes an instrument as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param instrument the instrument, not null
     * @param out the stream, not null
     */
    public void write(Instrument instrument, OutputStream out) {
        DocumentWriter.write(write(instrument), out);
    }

    /**
     * Writes a response as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param response the response, not null
     * @param out the stream, not null
     */
    public void write(Response response, OutputStream out) {
        DocumentWriter.write(write(response), out);
    }

    /**
     * Writes a result as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param result the result, not null
     * @param out the stream, not null
     */
    public void write(ScoreResult result, OutputStream out) {
        DocumentWriter.write(write(result), out);
    }

    /**
     * Writes results as one canonical JSON array of result documents, such as the results of scoring a
     * stream of responses one by one.
     *
     * @param results the results, not null
     * @return the JSON text, ending with a newline
     */
    public String writeResults(List<? extends ScoreResult> results) {
        return DocumentWriter.writeResults(List.copyOf(results));
    }

    /**
     * Writes problems as a canonical JSON array of objects {@code {source, pointer, line, column, code,
     * message}}, for tools that process a validation report.
     *
     * @param problems the problems, not null
     * @return the JSON text, ending with a newline
     */
    public String writeProblems(List<FormatProblem> problems) {
        return DocumentWriter.writeProblems(List.copyOf(problems));
    }

    /**
     * Writes a response as one line of JSON (no final newline), for JSON Lines files.
     *
     * @param response the response, not null
     * @return the line
     */
    public String writeLine(Response response) {
        return DocumentWriter.writeLine(Objects.requireNonNull(response, "response"));
    }

    // ----- internals ----------------------------------------------------------------------------

    private Object read(String json, String sourceName, List<String> kinds, Instrument against) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        return documents.read(json, sourceName, kinds, against);
    }

    private byte[] bytes(Path file) {
        try (BoundedInput input = BoundedInput.open(file, limits.maxDocumentBytes())) {
            return input.readAll();
        }
    }

    private byte[] bytes(InputStream in, String sourceName) {
        return BoundedInput.readAll(in, sourceName, limits.maxDocumentBytes());
    }

    DocumentReader documents() {
        return documents;
    }

    /**
     * Returns the limits.
     */
    @Override
    public String toString() {
        return "RubricJson[" + limits + "]";
    }
}
