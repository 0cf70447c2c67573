package org.engagementrubrics.json;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for embedders who keep instruments, responses and results inside their own JSON
 * documents: it writes and reads exactly the documented format.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RubricJsonModule()).build();
 * String text = mapper.writeValueAsString(instrument);
 * Instrument back = mapper.readValue(text, Instrument.class);        // or StagedRubric.class, ...
 * }</pre>
 *
 * <p>A value that cannot be read raises a {@link MismatchedInputException} at the value's location whose
 * cause is a {@link FormatException} holding every located problem (pointers relative to the value).
 * The serializers and deserializers are registered type by type: {@link Instrument} and each instrument
 * record, {@link Response}, {@link ScoreResult} and each result record.
 *
 * <p>This class is immutable once registered and thread-safe.
 */
public final class RubricJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the module with the standard limits and validator.
     */
    public RubricJsonModule() {
        this(RubricJson.standard());
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
            addDocumentSerializer(role.type());
            register(json, role.type(), DocumentKind.kindNames(role));
        }
        for (DocumentKind kind : DocumentKind.values()) {
            register(json, kind.type(), List.of(kind.kindName()));
        }
    }

    private <T> void addDocumentSerializer(Class<T> type) {
        addSerializer(type, new DocumentSerializer<>(type));
    }

    private <T> void register(RubricJson json, Class<T> type, List<String> kinds) {
        addDeserializer(type, new DocumentDeserializer<>(type, json, kinds));
    }

    private static final class DocumentSerializer<T> extends ValueSerializer<T> {
        private final Class<T> type;

        DocumentSerializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializationContext context) {
            DocumentWriter.writeDocument(out, value);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    private static final class DocumentDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final RubricJson json;
        private final List<String> kinds;

        DocumentDeserializer(Class<T> type, RubricJson json, List<String> kinds) {
            this.type = type;
            this.json = json;
            this.kinds = kinds;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            Problems problems = new Problems(type.getSimpleName());
            JsonToken token = parser.currentToken();
            Node root = json.documents().trees().element(parser, token, problems);
            Object value = root == null ? null : json.documents().decode(root, kinds, Against.NOTHING, problems);
            if (!problems.isEmpty()) {
                FormatException cause = new FormatException(problems.sorted());
                MismatchedInputException failure = MismatchedInputException.from(parser, type, cause.getMessage());
                failure.initCause(cause);
                throw failure;
            }
            return type.cast(value);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
