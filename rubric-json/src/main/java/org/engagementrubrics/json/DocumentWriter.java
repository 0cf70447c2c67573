package org.engagementrubrics.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes whole documents in the canonical form: the {@code format} and {@code kind} header, then the body
 * in the codec's field order, two-space indentation, LF line ends and a final newline.
 */
final class DocumentWriter {

    /** The format this library writes, and the newest the reader understands. */
    static final int MAJOR = 2;
    static final int MINOR = 0;
    static final String FORMAT = "engagement-rubrics/" + MAJOR + "." + MINOR;
    /**
     * The one older format the reader still reads, for instruments and responses only: 2.0 changed results
     * alone (a result of one response names it, its subject and rater, instead of a list of response ids).
     */
    static final String FORMAT_1_0 = "engagement-rubrics/1.0";

    /** Writes whatever the reader accepts: nesting up to the largest configurable read depth. */
    private static final JsonFactory WRITER_FACTORY = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(ReadLimits.MAX_DEPTH + 16).build())
            .build();

    /** Two-space indentation, "key": value, one array element per line, LF line ends. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private DocumentWriter() {
    }

    /**
     * Returns a value to write if the reader would accept it: an instrument or a response that passes the
     * validation the reader applies with the same validator (a result is read without validation). So
     * whatever is written reads back equal (issue 9, item 2).
     *
     * @throws InvalidDataException with every problem, otherwise
     */
    static <T> T writable(T value, RubricValidator validator) {
        List<Problem> problems = value instanceof Instrument instrument ? validator.validate(instrument)
                : value instanceof Response response ? validator.validate(response) : List.of();
        if (!problems.isEmpty()) {
            String what = value instanceof Instrument instrument ? "instrument '" + instrument.id() + "'"
                    : "response '" + ((Response) value).id() + "'";
            throw new InvalidDataException(what + " (not written: the reader would refuse it)", problems);
        }
        return value;
    }

    /** Writes an instrument, a response or a result as one canonical document ending with a newline. */
    static String write(Object value) {
        return write(value, false);
    }

    /** Writes a document ending with a newline; a result in its compact form when {@code compact}. */
    static String write(Object value, boolean compact) {
        StringWriter text = new StringWriter();
        write(value, text, true, compact);
        return text.toString();
    }

    /** Writes one document on one line, without a final newline, for JSON Lines. */
    static String writeLine(Object value) {
        return writeLine(value, false);
    }

    /** Writes one document on one line; a result in its compact form when {@code compact}. */
    static String writeLine(Object value, boolean compact) {
        StringWriter text = new StringWriter();
        write(value, text, false, compact);
        return text.toString();
    }

    private static void write(Object value, Writer writer, boolean pretty, boolean compact) {
        try (JsonGenerator out = WRITER_FACTORY.createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(), writer)) {
            writeDocument(out, value, compact);
        }
        if (pretty) {
            try {
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Writes text as UTF-8 to a stream, which is flushed, not closed.
     *
     * @throws IllegalArgumentException if the text holds an unpaired surrogate, which UTF-8 cannot encode
     *         (a replacement character would not read back equal); nothing is written then
     */
    static void write(String text, OutputStream out) {
        Objects.requireNonNull(out, "out");
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a string holds an unpaired surrogate, which UTF-8 cannot encode;"
                    + " nothing was written", e);
        }
        try {
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one document at the generator's position. */
    static void writeDocument(JsonGenerator out, Object value) {
        writeDocument(out, value, false);
    }

    /** Writes one result document in its compact form at the generator's position. */
    static void writeCompactDocument(JsonGenerator out, Object value) {
        writeDocument(out, value, true);
    }

    /**
     * Writes one document at the generator's position; a result in its compact form when {@code compact}.
     *
     * @throws IllegalArgumentException if a result to write compact cannot be (see
     *         {@link CompactResultCodecs#compact}); nothing is written then
     */
    private static void writeDocument(JsonGenerator out, Object value, boolean compact) {
        DocumentKind kind = DocumentKind.of(value);
        boolean compactResult = compact && kind.hasCompactForm();
        Object written = compactResult ? CompactResultCodecs.compact((ScoreResult) value) : value;
        out.writeStartObject();
        out.writeName("format");
        out.writeString(FORMAT);
        out.writeName("kind");
        out.writeString(kind.kindName());
        if (compactResult) {
            CompactResultCodecs.of(kind).writeFields(out, (CompactResult) written);
        } else {
            kind.codec().writeFields(out, value);
        }
        out.writeEndObject();
    }

    /** Opens a generator of the canonical layout over a writer (closing the generator closes the writer). */
    static JsonGenerator prettyGenerator(Writer writer) {
        return WRITER_FACTORY.createGenerator(PRETTY, writer);
    }

    /** Writes results as one canonical JSON array of result documents, each compact when {@code compact}. */
    static String writeResults(List<? extends ScoreResult> results, boolean compact) {
        results.forEach(result -> {
            if (compact) {
                CompactResultCodecs.compact(result); // refused before anything is written
            }
        });
        StringWriter text = new StringWriter();
        try (JsonGenerator out = prettyGenerator(text)) {
            out.writeStartArray();
            results.forEach(result -> writeDocument(out, result, compact));
            out.writeEndArray();
        }
        return text.append('\n').toString();
    }

    /** Writes problems as one canonical JSON array of {source, pointer, line, column, code, message, severity}. */
    static String writeProblems(List<FormatProblem> problems) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = prettyGenerator(text)) {
            out.writeStartArray();
            problems.forEach(problem -> writeProblem(out, problem));
            out.writeEndArray();
        }
        return text.append('\n').toString();
    }

    /** Writes one problem as one line of JSON, without a final newline, for JSON Lines. */
    static String writeProblemLine(FormatProblem problem) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = WRITER_FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
            writeProblem(out, problem);
        }
        return text.toString();
    }

    /** Writes one problem object {source, pointer, line, column, code, message, severity} at the generator's position. */
    static void writeProblem(JsonGenerator out, FormatProblem problem) {
        out.writeStartObject();
        out.writeStringProperty("source", problem.source());
        out.writeStringProperty("pointer", problem.pointer());
        out.writeNumberProperty("line", problem.line());
        out.writeNumberProperty("column", problem.column());
        out.writeStringProperty("code", problem.code());
        out.writeStringProperty("message", problem.message());
        out.writeStringProperty("severity", problem.severity().label());
        out.writeEndObject();
    }
}
