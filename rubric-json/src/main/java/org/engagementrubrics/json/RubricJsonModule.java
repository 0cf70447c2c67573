package org.engagementrubrics.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.validation.InvalidDataException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for embedders who keep instruments, responses, results and their parts inside their
 * own JSON documents: it writes and reads exactly the documented format.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RubricJsonModule()).build();
 * record Stored(Fit fit, Profile profile, Evidence evidence, ArchetypeResult result) { }
 * String text = mapper.writeValueAsString(new Stored(fit, profile, evidence, result));
 * Stored back = mapper.readValue(text, Stored.class);                 // equal to what was written
 * }</pre>
 *
 * <p>Registered type by type: whole documents ({@link Instrument} and each instrument record,
 * {@link Response}, {@link ScoreResult} and each result record, {@code TallyState} and each of its
 * records, {@code GroupedResult} of survey results), written with {@code format} and
 * {@code kind} as files are; and every public value type that can sit in an embedder's record, each in
 * the shape the format gives it inside a document: {@code Fit}, {@code Profile}, {@code Evidence} and
 * {@code Rating} (and each of their records, written with their {@code outcome} or {@code kind}),
 * {@code RowFit}, {@code ColumnTally}, {@code Explanation}, {@code InstrumentRef}, the summaries and counts
 * of results, {@code ResponsePool}, {@code RatingCounts}, {@code Fingerprint}, {@code LocalizedText}, {@code Extensions}, {@code ExtensionValue}, and
 * the parts of instruments ({@code Stage}, {@code Standard}, {@code Statement}, ...). Problem types are
 * not registered: write them with {@link RubricJson#writeProblems(List)}.
 *
 * <p>Documents are validated as {@link RubricJson} validates them: an instrument or a response that the
 * reader would refuse is not written ({@link InvalidDataException}, naming every problem) and not read.
 * A part on its own (a {@code Standard}, a {@code Rating}) is read in its shape only; validate the
 * instrument or response it belongs to.
 *
 * <p>A value that cannot be read fails through the {@link DeserializationContext}, so that Jackson adds
 * the path within the embedder's record: a string or number is reported with
 * {@code handleWeirdStringValue}/{@code handleWeirdNumberValue} (a {@code DeserializationProblemHandler}
 * may supply a value) at its place; an object or array raises a {@link MismatchedInputException} located
 * at the first problem's line and column. Its cause is a {@link FormatException} holding every problem,
 * located in the embedder's text, with pointers relative to the value.
 *
 * <p>This class is immutable once registered and thread-safe.
 */
public final class RubricJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the module with the standard limits and validator.
     */
    public RubricJsonModule() {
        this(RubricJson.defaults());
    }

    /**
     * Creates the module reading with the limits and validator of a {@link RubricJson}.
     *
     * @param json the settings to read with, not null
     */
    public RubricJsonModule(RubricJson json) {
        super("engagement-rubrics", Version.unknownVersion());
        Objects.requireNonNull(json, "json");
        for (DocumentKind.Role role : DocumentKind.Role.values()) {
            addDocument(role.type(), json, DocumentKind.kindNames(role), true);
        }
        for (DocumentKind kind : DocumentKind.values()) {
            addDocument(kind.type(), json, List.of(kind.kindName()), false);
        }
        for (ValueTypes.Row<?> row : ValueTypes.ROWS) {
            addValue(row, json);
        }
    }

    private <T> void addDocument(Class<T> type, RubricJson json, List<String> kinds, boolean serializer) {
        if (serializer) { // one per role: a record of the role is found through its interface
            addSerializer(type, new DocumentSerializer<>(type, json));
        }
        addDeserializer(type, new DocumentDeserializer<>(type, json, kinds));
    }

    private <T> void addValue(ValueTypes.Row<T> row, RubricJson json) {
        addSerializer(row.type(), new ValueCodecSerializer<>(row));
        addDeserializer(row.type(), new ValueCodecDeserializer<>(row, json));
    }

    private static final class DocumentSerializer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final RubricJson json;

        DocumentSerializer(Class<T> type, RubricJson json) {
            this.type = type;
            this.json = json;
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializationContext context) {
            DocumentWriter.writeDocument(out, json.writable(value));
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    private static final class ValueCodecSerializer<T> extends ValueSerializer<T> {
        private final ValueTypes.Row<T> row;

        ValueCodecSerializer(ValueTypes.Row<T> row) {
            this.row = row;
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializationContext context) {
            row.codec().write(out, value);
        }

        @Override
        public Class<?> handledType() {
            return row.type();
        }
    }

    /** Reads a value's located tree, then decodes it; shared by documents and value types. */
    private abstract static class TreeDeserializer<T> extends ValueDeserializer<T> {
        final Class<T> type;
        final RubricJson json;

        TreeDeserializer(Class<T> type, RubricJson json) {
            this.type = type;
            this.json = json;
        }

        abstract Object decode(Node node, Problems problems);

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            Problems problems = new Problems(type.getSimpleName());
            Node node = json.documents().trees().element(parser, parser.currentToken(), problems);
            Object value = node == null || !problems.isEmpty() ? null : decode(node, problems);
            if (value != null && !type.isInstance(value)) {
                problems.add(node, FormatCodes.TYPE_MISMATCH, "the value is " + ObjectCodec.article(
                        value.getClass().getSimpleName()) + "; expected " + ObjectCodec.article(type.getSimpleName()));
            }
            if (problems.isEmpty()) {
                return type.cast(value);
            }
            return fail(parser, context, node, new FormatException(problems.sorted()));
        }

        /**
         * Reports a value that cannot be read through the context: a scalar where it stands (handlers may
         * supply a value), anything else at its first problem.
         */
        private T fail(JsonParser parser, DeserializationContext context, Node node, FormatException cause) {
            String message = cause.getMessage();
            Object handled;
            if (node != null && node.type == Node.Type.STRING) {
                handled = context.handleWeirdStringValue(type, node.text, "%s", message);
            } else if (node != null && node.type == Node.Type.NUMBER) {
                handled = context.handleWeirdNumberValue(type, new BigDecimal(node.text), "%s", message);
            } else {
                FormatProblem first = cause.problems().get(0);
                TokenStreamLocation here = parser.currentTokenLocation();
                TokenStreamLocation at = first.line() > 0 ? new TokenStreamLocation(here.contentReference(), -1, -1,
                        first.line(), first.column()) : here;
                throw new LocatedMismatch(parser, message, at, type, cause);
            }
            if (!type.isInstance(handled)) {
                return context.reportInputMismatch(type, "%s", message);
            }
            return type.cast(handled);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    private static final class DocumentDeserializer<T> extends TreeDeserializer<T> {
        private final List<String> kinds;

        DocumentDeserializer(Class<T> type, RubricJson json, List<String> kinds) {
            super(type, json);
            this.kinds = kinds;
        }

        @Override
        Object decode(Node node, Problems problems) {
            return json.documents().decode(node, kinds, Against.NOTHING, problems);
        }
    }

    private static final class ValueCodecDeserializer<T> extends TreeDeserializer<T> {
        private final Codec<? super T> codec;

        ValueCodecDeserializer(ValueTypes.Row<T> row, RubricJson json) {
            super(row.type(), json);
            this.codec = row.codec();
        }

        @Override
        Object decode(Node node, Problems problems) {
            return codec.read(node, problems);
        }
    }

    /** A mismatch located at the first problem of the value rather than where the parser stopped. */
    private static final class LocatedMismatch extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        LocatedMismatch(JsonParser parser, String message, TokenStreamLocation at, Class<?> type, FormatException cause) {
            super(parser, message, type);
            _location = at;
            initCause(cause);
        }
    }
}
