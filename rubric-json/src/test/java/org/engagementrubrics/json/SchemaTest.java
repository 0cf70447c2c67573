package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ColumnTally;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.InstrumentRef;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.WellFormedId;
import org.engagementrubrics.testkit.Fixtures;
import org.engagementrubrics.testkit.Generators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the JSON Schemas of {@link JsonSchemas} against the codecs, the writer and the reader.
 *
 * <p><b>Mapping of codecs to schema definitions.</b> The codec of a document kind (the value of
 * {@link DocumentKind}) is the root of that kind's schema file. Every other {@link ObjectCodec}
 * reachable from it, through fields, lists, maps and {@link Variants}, is the {@code $defs} entry named
 * after {@link ObjectCodec#name()} with each space replaced by a hyphen: {@code "scale point"} is
 * {@code #/$defs/scale-point}, {@code "resolved tie"} is {@code #/$defs/resolved-tie}. A codec's schema
 * object lists the codec's prefix fields ({@code format} and {@code kind} for documents, the discriminator
 * {@code kind} or {@code outcome} for variants) and then the codec's fields in write order, requires
 * the prefix and the codec's required fields, and sets {@code additionalProperties} to false. A
 * {@link Variants} codec is the {@code $defs} entry named after its name ({@code evidence}, {@code fit},
 * {@code profile}): the discriminator as an enum and a {@code oneOf} of its variants. The remaining
 * definitions are helpers for non-object codecs and constraints: {@code text} and
 * {@code localized-text} (ValueCodecs.TEXT), {@code extensions}, {@code rating} (ResponseCodecs.RATING),
 * {@code instant}, {@code rubric-id}, {@code non-blank-string} and {@code language-tag}. Every object
 * definition with {@code additionalProperties: false} other than {@code localized-text} must be a
 * reachable codec, so a definition left behind after a codec is removed fails too.
 *
 * <p>Besides names, each field's shape is compared: scalar type, object codec, list, map, enumeration
 * values, and that exactly the non-required fields also accept {@code null}, as the reader does.
 */
class SchemaTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final RubricJson JSON = RubricJson.defaults();
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final String DEFS = "#/$defs/";
    /** Helper definitions that stand for a whole non-object codec. */
    private static final Set<String> OPAQUE = Set.of("text", "extensions", "rating", "criterion-rating");

    // ----- schema access ------------------------------------------------------------------------

    private static Schema schema(String kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> REGISTRY.getSchema(JsonSchemas.schema(k), InputFormat.JSON));
    }

    static List<Error> validate(String kind, String json) {
        return schema(kind).validate(json, InputFormat.JSON);
    }

    /** The {@code format} values a schema accepts: its {@code const}, or its {@code enum} in order. */
    private static List<String> formats(JsonNode schema) {
        JsonNode format = schema.path("properties").path("format");
        if (format.has("const")) {
            return List.of(format.get("const").asString());
        }
        List<String> values = new ArrayList<>();
        format.path("enum").values().forEach(value -> values.add(value.asString()));
        return values;
    }

    private static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    private static String kindOf(String json) {
        return tree(json).path("kind").asString();
    }

    /** Validates a document against its kind's schema and reads it back; returns the failures. */
    private static List<String> check(String json) {
        List<String> failures = new ArrayList<>();
        String kind = kindOf(json);
        List<Error> errors = validate(kind, json);
        if (!errors.isEmpty()) {
            failures.add(kind + " fails its schema: " + errors + "\n" + json);
        }
        try {
            JSON.read(json, kind + ".json");
        } catch (FormatException e) {
            failures.add(kind + " is not read back: " + e.getMessage() + "\n" + json);
        }
        return failures;
    }

    private static void assertAllValid(List<String> documents) {
        List<String> failures = new ArrayList<>();
        documents.forEach(document -> failures.addAll(check(document)));
        assertThat(failures).as("documents that fail").isEmpty();
    }

    // ----- the accessor -------------------------------------------------------------------------

    @Nested
    class Accessor {

        @Test
        void kindsAreExactlyTheKindsTheReaderAccepts() {
            assertThat(JsonSchemas.kinds()).containsExactlyInAnyOrderElementsOf(DocumentKind.kindNames());
            assertThat(JsonSchemas.kinds()).containsExactlyElementsOf(DocumentKind.kindNames());
            assertThat(JsonSchemas.kinds()).doesNotHaveDuplicates().hasSize(28);
        }

        @Test
        void everySchemaNamesItsKindFormatAndDialect() {
            for (String kind : JsonSchemas.kinds()) {
                JsonNode root = tree(JsonSchemas.schema(kind));
                assertThat(root.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
                assertThat(root.path("$id").asString())
                        .isEqualTo("https://engagement-rubrics.org/schema/2.0/" + kind + ".schema.json");
                assertThat(formats(root)).as(kind).isEqualTo(DocumentKind.named(kind).role().formats());
                assertThat(formats(root)).as(kind).endsWith(DocumentWriter.FORMAT);
                assertThat(root.path("properties").path("kind").path("const").asString()).isEqualTo(kind);
            }
        }

        @Test
        void unknownKindIsRejectedWithTheKnownKinds() {
            assertThatThrownBy(() -> JsonSchemas.schema("rubric"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'rubric'")
                    .hasMessageContaining("staged-rubric")
                    .hasMessageContaining("survey-result");
            assertThatThrownBy(() -> JsonSchemas.schema(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> JsonSchemas.kinds().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void everySchemaIsValidAgainstTheDraft202012MetaSchema() {
            Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
            for (String kind : JsonSchemas.kinds()) {
                assertThat(meta.validate(JsonSchemas.schema(kind), InputFormat.JSON)).as(kind).isEmpty();
            }
        }
    }

    // ----- drift between codecs and schemas -----------------------------------------------------

    @Nested
    class Drift {

        @Test
        void everyCodecMatchesItsSchemaDefinition() {
            List<String> failures = new ArrayList<>();
            for (DocumentKind kind : DocumentKind.values()) {
                failures.addAll(drift(kind.kindName(), kind.codec()));
            }
            assertThat(failures).as("drift between codecs and schemas").isEmpty();
        }

        @Test
        void everyCompactResultCodecMatchesItsCompactSchema() {
            List<String> failures = new ArrayList<>();
            int kinds = 0;
            for (DocumentKind kind : DocumentKind.values()) {
                if (kind.hasCompactForm()) {
                    failures.addAll(drift(kind.kindName(), CompactResultCodecs.of(kind),
                            JsonSchemas.compactSchema(kind.kindName())));
                    kinds++;
                }
            }
            assertThat(kinds).isEqualTo(8);
            assertThat(failures).as("drift between compact codecs and schemas").isEmpty();
            assertThatThrownBy(() -> JsonSchemas.compactSchema("survey")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aFieldAddedToOrMadeRequiredInACodecIsDetected() {
            JsonNode schema = tree(JsonSchemas.schema("survey"));
            JsonNode defs = schema.path("$defs");
            List<Field<Statement, ?>> added = new ArrayList<>(InstrumentCodecs.STATEMENT.fields());
            added.add(Field.optional("note", ValueCodecs.STRING, statement -> "", ""));
            assertThat(compare("survey", "statement", ObjectCodec.of("statement", added, values -> null),
                    defs.path("statement"), defs)).anyMatch(failure -> failure.contains("note"));

            List<Field<Statement, ?>> required = new ArrayList<>(InstrumentCodecs.STATEMENT.fields());
            required.set(2, Field.required("extensions", ValueCodecs.EXTENSIONS, Statement::extensions));
            assertThat(compare("survey", "statement", ObjectCodec.of("statement", required, values -> null),
                    defs.path("statement"), defs)).anyMatch(failure -> failure.contains("required"));

            assertThat(compare("survey", "statement", InstrumentCodecs.STATEMENT, defs.path("statement"), defs)).isEmpty();
        }

        @Test
        void everyReferenceResolvesAndEveryDefinitionIsUsedAndDescribed() {
            for (String kind : JsonSchemas.kinds()) {
                JsonNode root = tree(JsonSchemas.schema(kind));
                JsonNode defs = root.path("$defs");
                Set<String> used = new TreeSet<>();
                references(root, used);
                assertThat(defs.propertyNames()).as(kind + ": definitions").containsExactlyInAnyOrderElementsOf(used);
                assertThat(root.path("title").isString() && root.path("description").isString()).as(kind).isTrue();
                for (String name : defs.propertyNames()) {
                    assertThat(defs.get(name).path("title").isString()).as(kind + " " + name + " title").isTrue();
                    assertThat(defs.get(name).path("description").isString()).as(kind + " " + name + " description")
                            .isTrue();
                }
            }
        }

        @Test
        void idPatternIsWellFormedIdAnchored() {
            for (String kind : JsonSchemas.kinds()) {
                JsonNode id = tree(JsonSchemas.schema(kind)).path("$defs").path("rubric-id");
                if (!id.isMissingNode()) {
                    assertThat(id.path("pattern").asString()).isEqualTo("^" + WellFormedId.PATTERN + "$");
                }
            }
        }

        @Test
        void nonBlankPatternAgreesWithStringIsBlank() {
            JsonNode node = tree(JsonSchemas.schema("survey")).path("$defs").path("non-blank-string").path("pattern");
            Pattern pattern = Pattern.compile(node.asString());
            for (int c = 0; c <= 0xFFFF; c++) {
                String text = " " + (char) c + "\t";
                assertThat(pattern.matcher(text).find()).as("U+%04X", c).isEqualTo(!text.isBlank());
            }
            assertThat(pattern.matcher("").find()).isFalse();
            assertThat(pattern.matcher("\uD83D\uDE00").find()).isTrue();
        }

        private List<String> drift(String kind, ObjectCodec<?> root) {
            return drift(kind, root, JsonSchemas.schema(kind));
        }

        private List<String> drift(String kind, ObjectCodec<?> root, String schemaText) {
            List<String> failures = new ArrayList<>();
            JsonNode schema = tree(schemaText);
            JsonNode defs = schema.path("$defs");
            Map<String, ObjectCodec<?>> codecs = new TreeMap<>();
            Map<String, Variants<?>> unions = new TreeMap<>();
            collect(root, codecs, unions, Collections.newSetFromMap(new IdentityHashMap<>()), failures);
            codecs.remove(defName(root));

            failures.addAll(compare(kind, "(root)", root, schema, defs));
            for (Map.Entry<String, ObjectCodec<?>> entry : codecs.entrySet()) {
                JsonNode def = defs.get(entry.getKey());
                if (def == null) {
                    failures.add(kind + ": no definition " + DEFS + entry.getKey() + " for codec '"
                            + entry.getValue().name() + "'");
                } else {
                    failures.addAll(compare(kind, entry.getKey(), entry.getValue(), def, defs));
                }
            }
            Set<String> objectDefs = new TreeSet<>();
            for (String name : defs.propertyNames()) {
                JsonNode additional = defs.get(name).path("additionalProperties");
                if (additional.isBoolean() && !additional.booleanValue() && !name.equals("localized-text")) {
                    objectDefs.add(name);
                }
            }
            if (!objectDefs.equals(codecs.keySet())) {
                failures.add(kind + ": object definitions " + objectDefs + " differ from the reachable codecs "
                        + codecs.keySet());
            }
            for (Map.Entry<String, Variants<?>> entry : unions.entrySet()) {
                failures.addAll(compareUnion(kind, entry.getKey(), entry.getValue(), defs));
            }
            return failures;
        }

        private List<String> compare(String kind, String where, ObjectCodec<?> codec, JsonNode node, JsonNode defs) {
            List<String> failures = new ArrayList<>();
            String at = kind + " " + where + " (codec '" + codec.name() + "'): ";
            Set<String> prefix = prefix(codec);
            if (!node.path("type").asString().equals("object")) {
                failures.add(at + "type is not object");
            }
            JsonNode additional = node.path("additionalProperties");
            if (!additional.isBoolean() || additional.booleanValue()) {
                failures.add(at + "additionalProperties is not false");
            }
            List<String> properties = new ArrayList<>(node.path("properties").propertyNames());
            Set<String> expected = new LinkedHashSet<>(prefix);
            expected.addAll(codec.fieldNames());
            if (!new TreeSet<>(properties).equals(new TreeSet<>(expected))) {
                failures.add(at + "properties " + properties + " differ from the codec's " + expected);
                return failures;
            }
            List<String> ordered = new ArrayList<>(properties);
            ordered.removeAll(prefix);
            if (!ordered.equals(codec.fieldNames())) {
                failures.add(at + "properties are in the order " + ordered + "; the codec writes " + codec.fieldNames());
            }
            Set<String> required = new TreeSet<>();
            node.path("required").values().forEach(name -> required.add(name.asString()));
            Set<String> expectedRequired = new TreeSet<>(prefix);
            expectedRequired.addAll(codec.requiredNames());
            if (!required.equals(expectedRequired)) {
                failures.add(at + "required " + required + " differs from the codec's " + expectedRequired);
            }
            for (Field<?, ?> field : codec.fields()) {
                JsonNode property = node.path("properties").get(field.name);
                String wanted = shape(field.codec);
                String found = shape(property, defs, failures, at + field.name);
                if (!wanted.equals(found)) {
                    failures.add(at + "field '" + field.name + "' is " + found + " in the schema but " + wanted
                            + " in the codec");
                }
                if (allowsNull(property) == field.required) {
                    failures.add(at + "field '" + field.name + "' " + (field.required ? "is required but accepts null"
                            : "is not required but does not accept null, which the reader treats as absent"));
                }
            }
            if (where.equals("(root)")) {
                List<String> formats = DocumentKind.named(kind).role().formats();
                if (!formats.equals(formats(node)) || !kind.equals(node.path("properties").path("kind").path("const").asString())) {
                    failures.add(at + "format is not " + formats + " or kind is not the constant " + kind);
                }
            }
            return failures;
        }

        private List<String> compareUnion(String kind, String name, Variants<?> union, JsonNode defs) {
            List<String> failures = new ArrayList<>();
            String at = kind + " " + name + " (union): ";
            JsonNode def = defs.get(name);
            if (def == null) {
                failures.add(at + "no definition " + DEFS + name);
                return failures;
            }
            String discriminator = (String) read(union, "discriminator");
            Set<String> names = new TreeSet<>();
            def.path("properties").path(discriminator).path("enum").values().forEach(v -> names.add(v.asString()));
            if (!names.equals(new TreeSet<>(union.variants().keySet()))) {
                failures.add(at + discriminator + " values " + names + " differ from " + union.variants().keySet());
            }
            Set<String> alternatives = new TreeSet<>();
            def.path("oneOf").values().forEach(v -> alternatives.add(v.path("$ref").asString()));
            Set<String> expected = new TreeSet<>();
            union.variants().forEach((value, codec) -> {
                expected.add(DEFS + defName(codec));
                String constant = defs.path(defName(codec)).path("properties").path(discriminator).path("const").asString();
                if (!value.equals(constant)) {
                    failures.add(at + "variant " + defName(codec) + " has " + discriminator + " '" + constant
                            + "', expected '" + value + "'");
                }
            });
            if (!alternatives.equals(expected)) {
                failures.add(at + "oneOf " + alternatives + " differs from " + expected);
            }
            return failures;
        }
    }

    // ----- walking codecs by reflection ---------------------------------------------------------

    private static String defName(ObjectCodec<?> codec) {
        return codec.name().replace(' ', '-');
    }

    @SuppressWarnings("unchecked")
    private static Set<String> prefix(ObjectCodec<?> codec) {
        return new java.util.LinkedHashSet<>((java.util.Collection<String>) read(codec, "prefix"));
    }

    private static void collect(Object codec, Map<String, ObjectCodec<?>> codecs, Map<String, Variants<?>> unions,
            Set<Object> seen, List<String> failures) {
        if (!seen.add(codec)) {
            return;
        }
        if (codec instanceof ObjectCodec<?> object) {
            ObjectCodec<?> previous = codecs.putIfAbsent(defName(object), object);
            if (previous != null && previous != object) {
                failures.add("two codecs are named '" + object.name() + "'");
            }
            for (Field<?, ?> field : object.fields()) {
                collect(field.codec, codecs, unions, seen, failures);
            }
        } else if (codec instanceof Variants<?> variants) {
            unions.put((String) read(variants, "name"), variants);
            variants.variants().values().forEach(variant -> collect(variant, codecs, unions, seen, failures));
        } else {
            innerCodecs(codec).forEach(inner -> collect(inner, codecs, unions, seen, failures));
        }
    }

    /** The codecs a combinator holds: captured elements, map values, delegates. */
    private static List<Codec<?>> innerCodecs(Object codec) {
        List<Codec<?>> inner = new ArrayList<>();
        for (Class<?> type = codec.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && read(codec, field) instanceof Codec<?> value) {
                    inner.add(value);
                }
            }
        }
        return inner;
    }

    private static Object read(Object target, String name) {
        for (Class<?> type = target.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return read(target, field);
                }
            }
        }
        return null;
    }

    private static Object read(Object target, java.lang.reflect.Field field) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + field, e);
        }
    }

    /** The JSON shape a codec reads, such as "array<object:cell>" or "enum[in, not-in]". */
    private static String shape(Codec<?> codec) {
        if (codec == ValueCodecs.STRING || codec == ValueCodecs.INSTANT || codec == ValueCodecs.FINGERPRINT
                || codec == CoverageCodecs.DATE || codec == CoverageCodecs.MONTH_DAY) {
            return "string";
        } else if (codec == ValueCodecs.INT) {
            return "integer";
        } else if (codec == ValueCodecs.LONG) {
            return "long";
        } else if (codec == ValueCodecs.DOUBLE || codec == ValueCodecs.DECIMAL || codec == PointsCodecs.POINTS
                || codec == PointsCodecs.TOTAL) {
            return "number";
        } else if (codec == ValueCodecs.BOOLEAN) {
            return "boolean";
        } else if (codec == ValueCodecs.TEXT) {
            return "text";
        } else if (codec == ValueCodecs.EXTENSIONS) {
            return "extensions";
        } else if (codec == ResponseCodecs.RATING) {
            return "rating";
        } else if (codec == ResponseCodecs.CRITERION_RATING) {
            return "criterion-rating";
        } else if (codec == CompactResultCodecs.OMITTED_EXPLANATION) {
            return "enum[" + CompactResultCodecs.OMITTED + "]";
        } else if (codec instanceof ObjectCodec<?> object) {
            return "object:" + defName(object);
        } else if (codec instanceof Variants<?> variants) {
            return "union:" + read(variants, "name");
        }
        Object element = read(codec, "val$element");
        if (element != null) {
            return "array<" + shape((Codec<?>) element) + ">";
        }
        Object value = read(codec, "val$value");
        if (value != null) {
            return "map<" + shape((Codec<?>) value) + ">";
        }
        Object byName = read(codec, "val$byName");
        if (byName != null) {
            return "enum" + new TreeSet<>(((Map<?, ?>) byName).keySet());
        }
        Method enclosing = codec.getClass().getEnclosingMethod();
        if (enclosing != null && enclosing.getDeclaringClass() == ResultCodecs.class
                && enclosing.getName().equals("explanation")) {
            return "object:" + defName(ResultCodecs.EXPLANATION);
        }
        List<Codec<?>> inner = innerCodecs(codec);
        if (inner.size() != 1) {
            throw new AssertionError("no shape known for the codec of " + codec.expected() + " (" + codec.getClass()
                    + "); teach SchemaTest.shape about it");
        }
        return shape(inner.get(0));
    }

    /** The JSON shape a schema accepts, in the terms of {@link #shape(Codec)}, null aside. */
    private static String shape(JsonNode node, JsonNode defs, List<String> failures, String where) {
        JsonNode schema = withoutNull(node);
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring(DEFS.length());
            JsonNode def = defs.get(name);
            if (def == null) {
                return "unresolved:" + name;
            } else if (OPAQUE.contains(name)) {
                return name;
            } else if (def.path("additionalProperties").isBoolean() && !def.get("additionalProperties").booleanValue()) {
                return "object:" + name;
            } else if (def.has("oneOf")) {
                return "union:" + name;
            }
            return shape(def, defs, failures, where);
        }
        String type = schema.path("type").asString();
        switch (type) {
            case "string": {
                if (!schema.has("enum")) {
                    return "string";
                }
                Set<String> values = new TreeSet<>();
                schema.get("enum").values().forEach(value -> values.add(value.asString()));
                return "enum" + values;
            }
            case "integer":
                if (!schema.has("minimum") || !schema.has("maximum")) {
                    failures.add(where + ": integer without bounds: " + schema);
                    return "integer";
                }
                if (schema.get("maximum").canConvertToInt() && schema.get("minimum").canConvertToInt()) {
                    return "integer";
                }
                if (!schema.get("maximum").canConvertToLong() || !schema.get("minimum").canConvertToLong()) {
                    failures.add(where + ": integer without bounds inside the long range: " + schema);
                }
                return "long"; // a count that may pass 2^31, such as contacts
            case "number":
            case "boolean":
                return type;
            case "array":
                return "array<" + shape(schema.get("items"), defs, failures, where) + ">";
            case "object":
                return "map<" + shape(schema.get("additionalProperties"), defs, failures, where) + ">";
            default:
                return "unknown:" + schema;
        }
    }

    private static boolean isNullType(JsonNode node) {
        return node.size() == 1 && node.path("type").asString().equals("null");
    }

    private static boolean allowsNull(JsonNode node) {
        if (node.has("anyOf")) {
            for (JsonNode alternative : node.get("anyOf").values()) {
                if (isNullType(alternative)) {
                    return true;
                }
            }
        }
        if (node.path("type").isArray()) {
            for (JsonNode type : node.get("type").values()) {
                if (type.asString().equals("null")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode withoutNull(JsonNode node) {
        if (node.has("anyOf") && node.get("anyOf").size() == 2) {
            JsonNode first = node.get("anyOf").get(0);
            JsonNode second = node.get("anyOf").get(1);
            if (isNullType(second)) {
                return first;
            } else if (isNullType(first)) {
                return second;
            }
        }
        if (node.path("type").isArray()) {
            ObjectNode copy = (ObjectNode) node.deepCopy();
            for (JsonNode type : node.get("type").values()) {
                if (!type.asString().equals("null")) {
                    copy.put("type", type.asString());
                }
            }
            return copy;
        }
        return node;
    }

    private static void references(JsonNode node, Set<String> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getKey().equals("$ref")) {
                    found.add(member.getValue().asString().substring(DEFS.length()));
                } else {
                    references(member.getValue(), found);
                }
            }
        } else if (node.isArray()) {
            node.values().forEach(element -> references(element, found));
        }
    }

    // ----- valid documents ----------------------------------------------------------------------

    private static final List<Instrument> FIXTURES = List.of(Fixtures.fourVersions(), Fixtures.stagedRubric(),
            Fixtures.conditions(), Fixtures.survey(), Fixtures.district(), Fixtures.checklist(), Fixtures.pointsRubric());

    /** An extension with nested objects, arrays and every scalar. */
    private static Extensions nestedExtensions() {
        Map<String, ExtensionValue> inner = new LinkedHashMap<>();
        inner.put("weights", new ExtensionValue.ArrayValue(List.of(ExtensionValue.of(new BigDecimal("1.50")),
                ExtensionValue.of(new BigDecimal("-2e3")), new ExtensionValue.NullValue())));
        inner.put("flags", new ExtensionValue.ObjectValue(Map.of("draft", ExtensionValue.of(true),
                "deep", new ExtensionValue.ObjectValue(Map.of("id", ExtensionValue.of("x-1"))))));
        return Extensions.of(Map.of("vendor.example", new ExtensionValue.ObjectValue(inner),
                "code", ExtensionValue.of("FE-1")));
    }

    /** The survey fixture with localized texts in object form, errata, a citation and extensions. */
    private static Survey localizedSurvey() {
        Survey survey = Fixtures.survey();
        LocalizedText title = LocalizedText.of(Map.of("en", "Guardian survey", "es", "Encuesta de familias"), "es");
        LocalizedText prompt = LocalizedText.of("How true is each statement for you?")
                .withTranslation("zh-Hant", "每項陳述對您來說有多真實？");
        Erratum erratum = new Erratum("e-1", "page 3", LocalizedText.of("Gaurdian"), LocalizedText.of("Guardian"),
                LocalizedText.of("Typo"));
        return new Survey(survey.id(), "2.0.0", title, new Source(LocalizedText.of("Survey kit"), "A district",
                "A district (2024). Survey kit."), List.of(erratum), nestedExtensions(), prompt, survey.scale(),
                survey.statements(), survey.goals());
    }

    /** The conditions fixture with citations and extensions on an indicator. */
    private static ConditionsAssessment conditionsWithExtensions() {
        ConditionsAssessment conditions = Fixtures.conditions();
        Indicator indicator = new Indicator("c9-i1", 1, LocalizedText.of("Extra"), List.of(Citation.of("PSEL", "5")),
                nestedExtensions());
        return new ConditionsAssessment(conditions.id(), conditions.version(), conditions.title(), conditions.source(),
                List.of(), Extensions.empty(), LocalizedText.of("Purpose"), conditions.scale(),
                List.of(conditions.conditions().get(0), conditions.conditions().get(1),
                        new org.engagementrubrics.core.conditions.Condition("c9", 9, LocalizedText.of("Ninth"), List.of(indicator),
                                Extensions.empty())));
    }

    private static Response response(Instrument instrument, Evidence evidence) {
        return Fixtures.response(instrument.id(), evidence);
    }

    private static Response marks() {
        return response(Fixtures.fourVersions(), Fixtures.fits("partnership", "partnership", "partnership", null,
                "fortress"));
    }

    private static Response stagedMarks() {
        return response(Fixtures.stagedRubric(), MarkedStatements.of("e1", "e2", "x1", "x2", "x3", "f1"));
    }

    private static Response conditionRatings() {
        return response(Fixtures.conditions(), Ratings.of(Fixtures.ratings("c4-i1", 3, "c4-i2", Rating.notRated(),
                "c4-i3", Rating.notApplicable(), "c4-i4", 4)));
    }

    private static Response surveyRatings() {
        return new Response("r-2", "guardian-survey", "1.0.0", "family-7", "school-12", Fixtures.WHEN,
                Ratings.of(Fixtures.ratings("s1", 4, "s2", 2)), nestedExtensions());
    }

    private static Response statuses() {
        return response(Fixtures.district(), Statuses.of(Map.of(
                "6837", new IndicatorAssessment(ImplementationStatus.NONE, "No plan yet", true),
                "6838", IndicatorAssessment.of(ImplementationStatus.LIMITED),
                "7001", new IndicatorAssessment(ImplementationStatus.FULL, "Board minutes", false))));
    }

    private static Response answers() {
        return response(Fixtures.checklist(), ChecklistAnswers.of(Map.of(
                "look-1", new ChecklistAnswer(ChecklistMark.OBSERVED, "Seen in two rooms"),
                "q-pace", ChecklistAnswer.of(ChecklistMark.NOT_OBSERVED),
                "q-tech", ChecklistAnswer.of(ChecklistMark.NOT_APPLICABLE))));
    }

    /** A matrix result holding every kind of fit, and archetype results with every kind of profile. */
    private static List<ScoreResult> everyVariant() {
        InstrumentRef ref = InstrumentRef.of(Fixtures.fourVersions());
        List<ColumnTally> tallies = List.of(new ColumnTally("partnership", 4, 2, 2), new ColumnTally("fortress", 1, 0, 2));
        Explanation why = new Explanation("Because", List.of("line one"), List.of(
                new Explanation("Part", List.of(), List.of(Explanation.of("Leaf", "evidence")))));
        List<RowFit> rows = List.of(
                new RowFit("br", tallies, new Fit.Winner("partnership"), why),
                new RowFit("ll", tallies, new Fit.Tie(List.of("open-door", "fortress")), Explanation.of("Tie")),
                new RowFit("ad", tallies, new Fit.Resolved(List.of("open-door", "fortress"), "fortress", "lower-level"),
                        Explanation.of("Resolved")),
                new RowFit("sa", List.of(), new Fit.NoEvidence(), Explanation.of("Nothing")),
                new RowFit("sp", tallies, new Fit.BelowThreshold("too few marks"), Explanation.of("Below")));
        Map<String, Integer> byColumn = new LinkedHashMap<>();
        byColumn.put("partnership", 3);
        byColumn.put("fortress", 1);
        return List.of(
                new MatrixResult(ref, "r-1", "school-12", "team-a", rows, why),
                new ArchetypeResult(ref, "r-1", "school-12", "team-a", rows,
                        new Profile.Classified("advanced", "Advanced", 4), why),
                new ArchetypeResult(ref, "r-1", "school-12", "team-a", rows, new Profile.Unclassified(byColumn, 1), why),
                new ArchetypeResult(ref, "r-2", "school-12", "team-b", List.of(), new Profile.NoRules(),
                        Explanation.of("No rules")));
    }

    /** The same ratings under another response id: pooling one response twice is refused (issue 9 item 7). */
    private static Response secondRater(Response response) {
        return new Response("r-2", response.instrumentId(), response.instrumentVersion(), "team-b",
                response.subjectId(), response.recordedAt(), response.evidence(), response.extensions());
    }

    /** A response to the points rubric of every rating kind: a level, points, not rated (absent), not applicable. */
    private static Response criterionRatings() {
        return Response.of("r-points", "family-conference", "team-a", "school-12", Fixtures.WHEN,
                CriterionRatings.of(Map.of("welcome", CriterionRating.level("warm"),
                        "listening", CriterionRating.points(new BigDecimal("3.25")),
                        "notes", CriterionRating.notRated(), "translation", CriterionRating.notApplicable())));
    }

    private static List<ScoreResult> scoredFixtures() {
        ArchetypeMatrix matrix = Fixtures.fourVersions();
        StagedRubric rubric = Fixtures.stagedRubric();
        Response tie = response(matrix, MarkedStatements.of("ll-open-door-1", "ll-fortress-2"));
        List<ScoreResult> results = new ArrayList<>();
        results.add(ENGINE.bestFit(matrix, marks()));
        results.add(ENGINE.score(Fixtures.pointsRubric(), criterionRatings()));
        results.add(ENGINE.score(matrix, marks()));
        results.add(ENGINE.score(matrix, tie));
        results.add(ENGINE.withTiePolicy(TiePolicies.lowerLevel()).score(matrix, tie));
        results.add(ENGINE.score(rubric, stagedMarks()));
        results.add(ENGINE.score(rubric, response(rubric, MarkedStatements.of())));
        results.add(ENGINE.bestFit(rubric, stagedMarks()));
        results.add(ENGINE.summarize(Fixtures.conditions(), List.of(conditionRatings(), secondRater(conditionRatings()))));
        results.add(ENGINE.summarize(Fixtures.survey(), List.of(surveyRatings())));
        results.add(ENGINE.summarize(Fixtures.district(), List.of(statuses())));
        results.add(ENGINE.summarize(Fixtures.checklist(), List.of(answers())));
        return results;
    }

    @Nested
    class ValidDocuments {

        @Test
        void everyFixtureInstrumentValidates() {
            List<String> documents = new ArrayList<>();
            FIXTURES.forEach(instrument -> documents.add(JSON.write(instrument)));
            documents.add(JSON.write(localizedSurvey()));
            documents.add(JSON.write(conditionsWithExtensions()));
            assertThat(documents.stream().map(SchemaTest::kindOf).distinct())
                    .containsExactlyInAnyOrderElementsOf(DocumentKind.kindNames(DocumentKind.Role.INSTRUMENT));
            assertAllValid(documents);
        }

        @Test
        void localizedTextsAndNestedExtensionsValidate() {
            String survey = JSON.write(localizedSurvey());
            JsonNode root = tree(survey);
            assertThat(root.path("title").path("defaultLanguage").asString()).isEqualTo("es");
            assertThat(root.path("prompt").path("values").path("zh-Hant").isString()).isTrue();
            assertThat(root.path("extensions").path("vendor.example").path("flags").path("deep").path("id").asString())
                    .isEqualTo("x-1");
            assertThat(root.path("source").path("citation").isString()).isTrue();
            assertThat(root.path("errata").size()).isEqualTo(1);
            assertAllValid(List.of(survey, JSON.write(surveyRatings())));
        }

        @Test
        void instrumentsAndResponsesOfFormat10StillValidate() {
            List<String> documents = new ArrayList<>();
            FIXTURES.forEach(instrument -> documents.add(JSON.write(instrument)));
            List.of(marks(), conditionRatings(), statuses(), answers(), criterionRatings())
                    .forEach(response -> documents.add(JSON.write(response)));
            List<String> old = documents.stream()
                    .map(document -> edit(document, root -> root.put("format", DocumentWriter.FORMAT_1_0))).toList();
            assertAllValid(old);
        }

        @Test
        void responsesOfEveryEvidenceKindValidate() {
            List<Response> responses = List.of(marks(), stagedMarks(), conditionRatings(), surveyRatings(), statuses(),
                    answers(), criterionRatings());
            List<String> documents = responses.stream().map(JSON::write).toList();
            assertThat(documents.stream().map(document -> tree(document).path("evidence").path("kind").asString()))
                    .containsAll(ResponseCodecs.EVIDENCE_KINDS.keySet());
            assertAllValid(documents);
            assertAllValid(responses.stream().map(JSON::writeLine).toList());
        }

        @Test
        void everyResultKindAndVariantValidates() {
            List<ScoreResult> results = new ArrayList<>(scoredFixtures());
            results.addAll(everyVariant());
            List<String> documents = results.stream().map(JSON::write).toList();
            assertThat(documents.stream().map(SchemaTest::kindOf).distinct())
                    .containsExactlyInAnyOrderElementsOf(DocumentKind.kindNames(DocumentKind.Role.RESULT));
            String all = String.join("\n", documents);
            for (String outcome : List.of("winner", "tie", "resolved", "no-evidence", "below-threshold", "classified",
                    "unclassified", "no-rules")) {
                assertThat(all).contains("\"outcome\": \"" + outcome + "\"");
            }
            assertAllValid(documents);
        }

        @Test
        void generatedInstrumentsResponsesAndResultsValidate() {
            List<Map.Entry<Instrument, Response>> generated = Generators.instruments()
                    .flatMap(i -> Generators.response(i).map(r -> Map.entry(i, r))).listOf(100).sample(20261001L);
            List<String> instruments = new ArrayList<>();
            List<String> responses = new ArrayList<>();
            List<String> results = new ArrayList<>();
            for (Map.Entry<Instrument, Response> pair : generated) {
                Instrument instrument = pair.getKey();
                Response response = pair.getValue();
                instruments.add(JSON.write(instrument));
                responses.add(JSON.write(response));
                results.add(JSON.write(ENGINE.score(instrument, response)));
                if (instrument instanceof MatrixInstrument matrix) {
                    results.add(JSON.write(ENGINE.bestFit(matrix, response)));
                }
            }
            assertThat(instruments.stream().map(SchemaTest::kindOf).distinct())
                    .containsExactlyInAnyOrderElementsOf(DocumentKind.kindNames(DocumentKind.Role.INSTRUMENT));
            assertThat(String.join("", instruments)).contains("\"defaultLanguage\"").contains("\"extensions\"");
            assertAllValid(instruments);
            assertAllValid(responses);
            assertAllValid(results);
        }

        @Test
        void nullForOptionalFieldsAndFreeExtensionsValidate() {
            String survey = edit(JSON.write(Fixtures.survey()), root -> {
                root.putNull("errata");
                root.putNull("extensions");
                ((ObjectNode) root.get("source")).putNull("citation");
                ObjectNode goal = (ObjectNode) root.get("goals").get(0);
                goal.putNull("monitoredGroups");
                ObjectNode extensions = ((ObjectNode) root.get("statements").get(0)).putObject("extensions");
                extensions.putObject("any").putArray("thing").add(1).add("two").addNull().addObject().put("x", false);
            });
            String response = edit(JSON.write(statuses()), root -> {
                root.putNull("instrumentVersion");
                ObjectNode byIndicator = (ObjectNode) root.get("evidence").get("byIndicator");
                ((ObjectNode) byIndicator.get("6838")).putNull("priority").putNull("evidence");
            });
            String marks = edit(JSON.write(marks()), root -> {
                ArrayNode ids = (ArrayNode) root.get("evidence").get("statementIds");
                ids.insert(0, ids.remove(ids.size() - 1));
            });
            assertAllValid(List.of(survey, response, marks));
        }
    }

    // ----- invalid documents --------------------------------------------------------------------

    private static String edit(String json, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) tree(json);
        change.accept(root);
        return MAPPER.writeValueAsString(root);
    }

    private static Arguments broken(String name, String kind, String json) {
        return Arguments.of(name, kind, json);
    }

    static Stream<Arguments> brokenDocuments() {
        String survey = JSON.write(Fixtures.survey());
        String rubric = JSON.write(Fixtures.stagedRubric());
        String district = JSON.write(statuses());
        String matrix = JSON.write(ENGINE.bestFit(Fixtures.fourVersions(), marks()));
        String rating = JSON.write(ENGINE.summarize(Fixtures.survey(), List.of(surveyRatings())));
        return Stream.of(
                broken("unknown field", "response", """
                        {
                          "format": "engagement-rubrics/1.0",
                          "kind": "response",
                          "id": "r-1",
                          "instrumentId": "four-versions",
                          "raterId": "team-a",
                          "subjectId": "school-12",
                          "recordedAt": "2026-10-01T15:00:00Z",
                          "evidence": {"kind": "marks", "statementIds": ["br-partnership-1"]},
                          "comment": "vendor data belongs in extensions"
                        }
                        """),
                broken("missing required field", "response", """
                        {
                          "format": "engagement-rubrics/1.0",
                          "kind": "response",
                          "id": "r-1",
                          "instrumentId": "four-versions",
                          "raterId": "team-a",
                          "subjectId": "school-12",
                          "evidence": {"kind": "marks", "statementIds": []}
                        }
                        """),
                broken("wrong type", "checklist", """
                        {
                          "format": "engagement-rubrics/1.0",
                          "kind": "checklist",
                          "id": "checklist",
                          "version": 1,
                          "title": "Checklist",
                          "source": {"title": "Test", "attribution": "Tests"},
                          "groups": [{"id": "g", "title": "Group", "items": [{"id": "i", "text": "Item"}]}]
                        }
                        """),
                broken("bad enum", "response", """
                        {
                          "format": "engagement-rubrics/1.0",
                          "kind": "response",
                          "id": "r-1",
                          "instrumentId": "checklist",
                          "raterId": "team-a",
                          "subjectId": "school-12",
                          "recordedAt": "2026-10-01T15:00:00Z",
                          "evidence": {"kind": "checklist-answers", "byItem": {"look-1": {"mark": "seen"}}}
                        }
                        """),
                broken("bad kind", "survey", edit(survey, root -> root.put("kind", "questionnaire"))),
                broken("newer format", "survey", edit(survey, root -> root.put("format", "engagement-rubrics/2.1"))),
                broken("format that never existed", "survey",
                        edit(survey, root -> root.put("format", "engagement-rubrics/1.1"))),
                broken("result in format 1.0", "matrix-result",
                        edit(matrix, root -> root.put("format", "engagement-rubrics/1.0"))),
                broken("result with responseIds of 1.0", "matrix-result", edit(matrix, root -> {
                    root.remove(List.of("responseId", "subjectId", "raterId"));
                    root.putArray("responseIds").add("r-1");
                })),
                broken("result without raterId", "matrix-result", edit(matrix, root -> root.remove("raterId"))),
                broken("missing format", "survey", edit(survey, root -> root.remove("format"))),
                broken("null for a required field", "survey", edit(survey, root -> root.putNull("title"))),
                broken("unknown field in a nested object", "survey",
                        edit(survey, root -> ((ObjectNode) root.get("source")).put("year", 2024))),
                broken("scale value as a string", "survey", edit(survey,
                        root -> ((ObjectNode) root.get("scale").get("points").get(0)).put("value", "1"))),
                broken("fractional integer", "survey", edit(survey,
                        root -> ((ObjectNode) root.get("scale").get("points").get(0)).put("value", 1.5))),
                broken("integer out of range", "survey", edit(survey,
                        root -> ((ObjectNode) root.get("scale").get("points").get(0)).put("value", 2147483648L))),
                broken("scale with one point", "survey", edit(survey, root -> {
                    ArrayNode points = (ArrayNode) root.get("scale").get("points");
                    while (points.size() > 1) {
                        points.remove(1);
                    }
                })),
                broken("bad id", "survey", edit(survey,
                        root -> ((ObjectNode) root.get("statements").get(0)).put("id", "bad id!"))),
                broken("blank attribution", "survey", edit(survey,
                        root -> ((ObjectNode) root.get("source")).put("attribution", " \t"))),
                broken("blank text", "survey", edit(survey, root -> root.put("prompt", "\u2003"))),
                broken("target above 100", "survey", edit(survey,
                        root -> ((ObjectNode) root.get("goals").get(0)).put("targetPercent", 101))),
                broken("bad period", "survey", edit(survey,
                        root -> ((ObjectNode) root.get("goals").get(0)).put("period", "QUARTER"))),
                broken("no statements", "survey", edit(survey, root -> root.putArray("statements"))),
                broken("unknown member of a localized text", "survey", edit(survey, root -> root.putObject("title")
                        .put("defaultLanguage", "en").put("text", "Survey").putObject("values").put("en", "Survey"))),
                broken("localized text without values", "survey", edit(survey, root -> root.putObject("title")
                        .put("defaultLanguage", "en").putObject("values"))),
                broken("non-canonical language tag", "survey", edit(survey, root -> root.putObject("title")
                        .put("defaultLanguage", "EN").putObject("values").put("EN", "Survey"))),
                broken("stage position 0", "staged-rubric", edit(rubric,
                        root -> ((ObjectNode) root.get("stages").get(0)).put("position", 0))),
                broken("no cells", "staged-rubric", edit(rubric,
                        root -> ((ObjectNode) root.get("standards").get(1)).putArray("cells"))),
                broken("bad date", "response", edit(district, root -> root.put("recordedAt", "2026-10-01"))),
                broken("unknown evidence kind", "response", edit(district,
                        root -> ((ObjectNode) root.get("evidence")).put("kind", "votes"))),
                broken("priority without status none", "response", edit(district, root -> ((ObjectNode) root
                        .get("evidence").get("byIndicator").get("6838")).put("priority", true))),
                broken("statement marked twice", "response", edit(JSON.write(marks()), root -> ((ArrayNode) root
                        .get("evidence").get("statementIds")).add("br-partnership-1"))),
                broken("bad rating word", "response", edit(JSON.write(surveyRatings()), root -> ((ObjectNode) root
                        .get("evidence").get("byItem")).put("s1", "n/a"))),
                broken("bad fingerprint", "matrix-result", edit(matrix,
                        root -> ((ObjectNode) root.get("instrument")).put("fingerprint", "sha256:ABC"))),
                broken("tie of one column", "matrix-result", edit(matrix, root -> ((ObjectNode) root.get("rows").get(0))
                        .putObject("fit").put("outcome", "tie").putArray("columns").add("partnership"))),
                broken("field of another variant", "matrix-result", edit(matrix, root -> ((ObjectNode) root
                        .get("rows").get(0)).putObject("fit").put("outcome", "winner").put("column", "partnership")
                        .putArray("columns").add("fortress"))),
                broken("unknown outcome", "matrix-result", edit(matrix, root -> ((ObjectNode) root.get("rows").get(0))
                        .putObject("fit").put("outcome", "draw"))),
                broken("negative tally", "matrix-result", edit(matrix, root -> ((ObjectNode) root.get("rows").get(0)
                        .get("tallies").get(0)).put("marked", -1))),
                broken("distribution key not a number", "survey-result", edit(rating, root -> ((ObjectNode) root
                        .get("statements").get(0).get("distribution")).put("one", 1))),
                broken("result without explanation", "survey-result", edit(rating, root -> root.remove("explanation"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void brokenDocumentFailsTheSchemaAndTheReader(String name, String kind, String json) {
        assertThat(validate(kind, json)).as("schema errors of '%s':%n%s", name, json).isNotEmpty();
        assertThatThrownBy(() -> JSON.read(json, name + ".json")).as(name).isInstanceOf(FormatException.class);
    }
}
