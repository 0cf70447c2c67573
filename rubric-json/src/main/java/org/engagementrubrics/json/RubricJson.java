package org.engagementrubrics.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.Standard;
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

    private final ReadLimits limits;
    private final RubricValidator validator;
    private final TreeReader reader;

    private RubricJson(ReadLimits limits, RubricValidator validator) {
        this.limits = limits;
        this.validator = validator;
        this.reader = new TreeReader(limits);
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
        return (Instrument) read(bytes(file), file.toString(), Documents.INSTRUMENT_KINDS, null);
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
        return (Instrument) read(bytes(in, sourceName), sourceName, Documents.INSTRUMENT_KINDS, null);
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
        return (Instrument) read(json, sourceName, Documents.INSTRUMENT_KINDS, null);
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
        return (Response) read(bytes(file), file.toString(), Documents.RESPONSE_KINDS, null);
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
        return (Response) read(bytes(file), file.toString(), Documents.RESPONSE_KINDS,
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
        return (Response) read(json, sourceName, Documents.RESPONSE_KINDS, instrument);
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
        return (Response) read(bytes(in, sourceName), sourceName, Documents.RESPONSE_KINDS, instrument);
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
            throw new FormatException(List.of(new FormatProblem(file.toString(), "", 0, 0, FormatCodes.UNREADABLE,
                    "is a directory; expected a JSON Lines file or a JSON array of responses")));
        }
        try {
            return new ResponseStream(Files.newInputStream(file), file.toString(), this, instrument);
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
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
        return new ResponseStream(Objects.requireNonNull(in, "in"), sourceName, this, instrument);
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
        return (ScoreResult) read(bytes(file), file.toString(), Documents.RESULT_KINDS, null);
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
        return (ScoreResult) read(json, sourceName, Documents.RESULT_KINDS, null);
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
        return read(bytes(file), file.toString(), List.copyOf(Documents.KINDS.keySet()), null);
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
        return read(json, sourceName, List.copyOf(Documents.KINDS.keySet()), null);
    }

    // ----- writing ------------------------------------------------------------------------------

    /**
     * Writes an instrument as canonical JSON.
     *
     * @param instrument the instrument, not null
     * @return the JSON text, ending with a newline
     */
    public String write(Instrument instrument) {
        return Documents.write(Objects.requireNonNull(instrument, "instrument"));
    }

    /**
     * Writes a response as canonical JSON.
     *
     * @param response the response, not null
     * @return the JSON text, ending with a newline
     */
    public String write(Response response) {
        return Documents.write(Objects.requireNonNull(response, "response"));
    }

    /**
     * Writes a result as canonical JSON.
     *
     * @param result the result, not null
     * @return the JSON text, ending with a newline
     */
    public String write(ScoreResult result) {
        return Documents.write(Objects.requireNonNull(result, "result"));
    }

    /**
     * Writes an instrument as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param instrument the instrument, not null
     * @param out the stream, not null
     */
    public void write(Instrument instrument, OutputStream out) {
        writeText(write(instrument), out);
    }

    /**
     * Writes a response as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param response the response, not null
     * @param out the stream, not null
     */
    public void write(Response response, OutputStream out) {
        writeText(write(response), out);
    }

    /**
     * Writes a result as canonical UTF-8 JSON to a stream, which is flushed, not closed.
     *
     * @param result the result, not null
     * @param out the stream, not null
     */
    public void write(ScoreResult result, OutputStream out) {
        writeText(write(result), out);
    }

    /**
     * Writes results as one canonical JSON array of result documents, such as the results of scoring a
     * stream of responses one by one.
     *
     * @param results the results, not null
     * @return the JSON text, ending with a newline
     */
    public String writeResults(List<? extends ScoreResult> results) {
        return Documents.writeResults(List.copyOf(results));
    }

    /**
     * Writes problems as a canonical JSON array of objects {@code {source, pointer, line, column, code,
     * message}}, for tools that process a validation report.
     *
     * @param problems the problems, not null
     * @return the JSON text, ending with a newline
     */
    public String writeProblems(List<FormatProblem> problems) {
        return Documents.writeProblems(List.copyOf(problems));
    }

    /**
     * Writes a response as one line of JSON (no final newline), for JSON Lines files.
     *
     * @param response the response, not null
     * @return the line
     */
    public String writeLine(Response response) {
        java.io.StringWriter text = new java.io.StringWriter();
        Documents.write(Formats.RESPONSE, "response", Objects.requireNonNull(response, "response"), text, false);
        return text.toString();
    }

    private static void writeText(String text, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(text);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----- internals ----------------------------------------------------------------------------

    Object read(Object input, String sourceName, List<String> kinds, Instrument against) {
        Objects.requireNonNull(sourceName, "sourceName");
        Problems problems = new Problems(sourceName);
        if (input instanceof String text && utf8Length(text) > limits.maxDocumentBytes()) {
            throw tooLarge(sourceName);
        }
        Node root = input instanceof String text ? reader.read(text, problems) : reader.read((byte[]) input, problems);
        Object value = root == null ? null : Documents.decode(root, kinds, validator, against, problems);
        problems.throwIfAny();
        return value;
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    TreeReader reader() {
        return reader;
    }

    RubricValidator validator() {
        return validator;
    }

    private byte[] bytes(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            if (Files.isDirectory(file)) {
                throw new FormatException(List.of(new FormatProblem(file.toString(), "", 0, 0, FormatCodes.UNREADABLE,
                        "is a directory; expected a JSON file")));
            }
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxDocumentBytes()) {
                throw tooLarge(file.toString()); // fail fast without reading
            }
            try (InputStream in = Files.newInputStream(file)) {
                return bytes(in, file.toString()); // bounded even for devices and growing files
            }
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    private byte[] bytes(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limits.maxDocumentBytes()) {
                    throw tooLarge(sourceName);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw unreadable(sourceName, e);
        }
    }

    private FormatException tooLarge(String sourceName) {
        return new FormatException(List.of(new FormatProblem(sourceName, "", 0, 0, FormatCodes.DOCUMENT_TOO_LARGE,
                "the document has more than " + limits.maxDocumentBytes()
                        + " bytes, the configured limit (maxDocumentBytes)")));
    }

    static FormatException unreadable(String sourceName, IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + ": "
                + e.getMessage();
        return new FormatException(List.of(new FormatProblem(sourceName, "", 0, 0, FormatCodes.UNREADABLE,
                "cannot be read (" + reason + ")")));
    }

    /**
     * Returns the limits.
     */
    @Override
    public String toString() {
        return "RubricJson[" + limits + "]";
    }
}
