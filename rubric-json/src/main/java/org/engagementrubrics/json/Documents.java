package org.engagementrubrics.json;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes whole documents: the {@code format} and {@code kind} header, the body, and
 * validation mapped back to JSON locations.
 */
final class Documents {

    /** The format this library writes. */
    static final int MAJOR = 1;
    static final int MINOR = 0;
    static final String FORMAT = "engagement-rubrics/" + MAJOR + "." + MINOR;

    private static final Pattern FORMAT_PATTERN = Pattern.compile("engagement-rubrics/(0|[1-9]\\d{0,3})\\.(0|[1-9]\\d{0,3})");

    /** Every document kind, mapped to its codec. */
    static final Map<String, ObjectCodec<?>> KINDS = kinds();

    private static Map<String, ObjectCodec<?>> kinds() {
        Map<String, ObjectCodec<?>> map = new LinkedHashMap<>();
        Formats.INSTRUMENTS.forEach((kind, codec) -> map.put(kind.wireName(), codec));
        map.put("response", Formats.RESPONSE);
        map.putAll(ResultFormats.RESULTS);
        return map;
    }

    static final List<String> INSTRUMENT_KINDS = Formats.INSTRUMENTS.keySet().stream()
            .map(InstrumentKind::wireName).toList();
    static final List<String> RESPONSE_KINDS = List.of("response");
    static final List<String> RESULT_KINDS = List.copyOf(ResultFormats.RESULTS.keySet());

    /** Writes whatever the reader accepts: nesting up to the largest configurable read depth. */
    private static final JsonFactory WRITER_FACTORY = JsonFactory.builder()
            .streamWriteConstraints(tools.jackson.core.StreamWriteConstraints.builder()
                    .maxNestingDepth(ReadLimits.MAX_DEPTH + 16).build())
            .build();

    private Documents() {
    }

    // ----- reading ------------------------------------------------------------------------------

    /**
     * Decodes a document of one of the allowed kinds and validates it; returns null when problems were
     * reported.
     */
    static Object decode(Node root, List<String> allowedKinds, RubricValidator validator, Instrument against,
            Problems problems) {
        if (root.type != Node.Type.OBJECT) {
            problems.add(root, FormatCodes.TYPE_MISMATCH, Codecs.describe(root) + "; expected a JSON object with "
                    + "\"format\": \"" + FORMAT + "\" and a kind");
            return null;
        }
        if (!checkFormat(root, problems)) {
            return null;
        }
        Node kindNode = root.members.get("kind");
        if (kindNode == null) {
            problems.add("/kind", root.line, root.column, FormatCodes.MISSING, "required field 'kind' is missing;"
                    + " expected one of " + allowedKinds);
            return null;
        }
        if (kindNode.type != Node.Type.STRING || !allowedKinds.contains(kindNode.text)) {
            boolean known = kindNode.type == Node.Type.STRING && KINDS.containsKey(kindNode.text);
            problems.add(kindNode, kindNode.type == Node.Type.STRING ? FormatCodes.UNKNOWN_KIND : FormatCodes.TYPE_MISMATCH,
                    Codecs.describe(kindNode) + (known ? ", which is not read here" : "") + "; expected one of "
                            + allowedKinds);
            return null;
        }
        boolean treeProblems = !problems.isEmpty(); // such as a limit passed: validating would only add noise
        Object value = KINDS.get(kindNode.text).read(root, problems);
        if (value == null || treeProblems) {
            return null;
        }
        List<Problem> found = new ArrayList<>();
        if (value instanceof Instrument instrument) {
            found.addAll(validator.validate(instrument));
        } else if (value instanceof Response response) {
            found.addAll(against == null ? validator.validate(response) : validator.validate(response, against));
        }
        for (Problem problem : found) {
            String pointer = remapMarks(problem.pointer(), value, root);
            Node at = root.locate(pointer);
            if (at.type != Node.Type.OBJECT && at.type != Node.Type.ARRAY) {
                pointer = at.pointer; // a path into a scalar, such as a plain-string text's language
            }
            problems.add(pointer, at.line, at.column, problem.code(), problem.message());
        }
        return problems.isEmpty() ? value : null;
    }

    /**
     * Validation names a marked statement by its place in the sorted set; the file may list the marks in
     * another order, so point at the element that holds that id.
     */
    private static String remapMarks(String pointer, Object value, Node root) {
        String prefix = "/evidence/statementIds/";
        if (!(value instanceof Response response) || !pointer.startsWith(prefix)
                || !(response.evidence() instanceof MarkedStatements marks)) {
            return pointer;
        }
        int index = Integer.parseInt(pointer.substring(prefix.length()));
        String id = new ArrayList<>(marks.statementIds()).get(index);
        Node array = root.locate("/evidence/statementIds");
        for (Node element : array.elements) {
            if (id.equals(element.text)) {
                return element.pointer;
            }
        }
        return pointer;
    }

    private static boolean checkFormat(Node root, Problems problems) {
        Node format = root.members.get("format");
        if (format == null) {
            problems.add("/format", root.line, root.column, FormatCodes.MISSING, "required field 'format' is missing;"
                    + " expected \"" + FORMAT + "\"");
            return false;
        }
        Matcher matcher = format.type == Node.Type.STRING ? FORMAT_PATTERN.matcher(format.text) : null;
        if (matcher == null || !matcher.matches()) {
            problems.add(format, FormatCodes.UNSUPPORTED_FORMAT, Codecs.describe(format)
                    + "; expected \"engagement-rubrics/MAJOR.MINOR\", such as \"" + FORMAT + "\"");
            return false;
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major > MAJOR || (major == MAJOR && minor > MINOR)) {
            problems.add(format, FormatCodes.UNSUPPORTED_FORMAT, "the document is in format " + major + "." + minor
                    + ", newer than " + MAJOR + "." + MINOR + ", the newest this reader understands; read it with a"
                    + " newer release of engagement-rubrics");
            return false;
        }
        if (major < 1) {
            problems.add(format, FormatCodes.UNSUPPORTED_FORMAT, "format " + major + "." + minor
                    + " never existed; expected \"" + FORMAT + "\"");
            return false;
        }
        return true;
    }

    static String allowed(List<String> kinds) {
        return new TreeSet<>(kinds).toString();
    }

    // ----- writing ------------------------------------------------------------------------------

    static String write(Instrument instrument) {
        return write(Formats.instrument(instrument), instrument.kind().wireName(), instrument);
    }

    static String write(Response response) {
        return write(Formats.RESPONSE, "response", response);
    }

    static String write(ScoreResult result) {
        String kind = ResultFormats.kind(result);
        return write(resultCodec(kind), kind, result);
    }

    @SuppressWarnings("unchecked")
    private static ObjectCodec<ScoreResult> resultCodec(String kind) {
        return (ObjectCodec<ScoreResult>) ResultFormats.RESULTS.get(kind);
    }

    private static <T> String write(ObjectCodec<T> codec, String kind, T value) {
        StringWriter text = new StringWriter();
        write(codec, kind, value, text, true);
        return text.toString();
    }

    /** Writes one document, pretty (canonical, for files) or compact (one line, for JSON Lines). */
    static <T> void write(ObjectCodec<T> codec, String kind, T value, Writer writer, boolean pretty) {
        try (JsonGenerator out = WRITER_FACTORY.createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(), writer)) {
            writeDocument(out, codec, kind, value);
        }
        if (pretty) {
            try {
                writer.write('\n');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static void writeInstrument(JsonGenerator out, Instrument instrument) {
        writeDocument(out, Formats.instrument(instrument), instrument.kind().wireName(), instrument);
    }

    static void writeResponse(JsonGenerator out, Response response) {
        writeDocument(out, Formats.RESPONSE, "response", response);
    }

    static void writeResult(JsonGenerator out, ScoreResult result) {
        String kind = ResultFormats.kind(result);
        writeDocument(out, resultCodec(kind), kind, result);
    }

    /** Writes results as one canonical JSON array of result documents. */
    static String writeResults(List<ScoreResult> results) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = WRITER_FACTORY.createGenerator(PRETTY, text)) {
            out.writeStartArray();
            results.forEach(result -> writeResult(out, result));
            out.writeEndArray();
        }
        return text.append('\n').toString();
    }

    /** Writes problems as one canonical JSON array of {source, pointer, line, column, code, message}. */
    static String writeProblems(List<FormatProblem> problems) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = WRITER_FACTORY.createGenerator(PRETTY, text)) {
            out.writeStartArray();
            for (FormatProblem problem : problems) {
                out.writeStartObject();
                out.writeStringProperty("source", problem.source());
                out.writeStringProperty("pointer", problem.pointer());
                out.writeNumberProperty("line", problem.line());
                out.writeNumberProperty("column", problem.column());
                out.writeStringProperty("code", problem.code());
                out.writeStringProperty("message", problem.message());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        return text.append('\n').toString();
    }

    static <T> void writeDocument(JsonGenerator out, ObjectCodec<T> codec, String kind, T value) {
        out.writeStartObject();
        out.writeName("format");
        out.writeString(FORMAT);
        out.writeName("kind");
        out.writeString(kind);
        codec.writeFields(out, value);
        out.writeEndObject();
    }

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
}
