package org.engagementrubrics.testkit.invalid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagementrubrics.json.JsonSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The places of a document as its kind's JSON Schema ({@link JsonSchemas}) describes them: which objects are
 * records of the format (closed, with required fields), which are maps keyed by ids, which values are free vendor
 * data, and the JSON types each scalar may have. The format's own schemas are the rule, so that a defect is
 * placed only where the format really refuses it.
 *
 * <p>Only the keywords our schemas use to shape documents are followed: {@code $ref} to {@code $defs},
 * {@code anyOf}/{@code oneOf} (the branch whose types and constants match the value), {@code properties},
 * {@code required}, {@code additionalProperties} and {@code items}. Immutable and thread-safe.
 */
final class Shapes {

    /** What a place of a document is. */
    enum Role {
        /** An object of the format: a closed set of fields. */
        RECORD,
        /** An object keyed by ids or values, such as {@code byItem}. */
        MAP,
        /** An array the format defines. */
        ARRAY,
        /** A string, number or boolean the format defines. */
        SCALAR,
        /** Vendor data ({@code extensions}) or a value the schema does not describe. */
        FREE
    }

    /** One place of a document: its JSON pointer, its value and the schema that describes it. */
    record Place(String pointer, JsonNode value, JsonNode schema, Role role) {

        /** Checks if a record declares a field. */
        boolean declares(String field) {
            return schema.path("properties").has(field);
        }

        /** The required fields of a record. */
        List<String> required() {
            List<String> names = new ArrayList<>();
            schema.path("required").values().forEach(name -> names.add(name.asString()));
            return names;
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Map<String, JsonNode> SCHEMAS = JsonSchemas.kinds().stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), kind -> MAPPER.readTree(JsonSchemas.schema(kind))));

    private final JsonNode root;

    private Shapes(JsonNode root) {
        this.root = root;
    }

    /** The records of a roster and of a contact record in JSON Lines, which have no schema resource. */
    private static final JsonNode ROSTER_LINE = MAPPER.readTree("{\"type\": \"object\", \"properties\": {"
            + "\"familyId\": {\"type\": \"string\"},"
            + " \"groups\": {\"type\": [\"array\", \"null\"], \"items\": {\"type\": \"string\"}}},"
            + " \"required\": [\"familyId\"], \"additionalProperties\": false}");
    private static final JsonNode CONTACT_LINE = MAPPER.readTree("{\"type\": \"object\", \"properties\": {"
            + "\"familyId\": {\"type\": \"string\"}, \"date\": {\"type\": \"string\"},"
            + " \"channel\": {\"type\": [\"string\", \"null\"]}, \"staffId\": {\"type\": [\"string\", \"null\"]}},"
            + " \"required\": [\"familyId\", \"date\"], \"additionalProperties\": false}");

    /** The shapes of the records of a line form, or null for the forms whose records name their kind. */
    static Shapes of(DocumentForm form) {
        switch (form) {
            case ROSTER_LINE:
                return new Shapes(ROSTER_LINE);
            case CONTACT_LINE:
                return new Shapes(CONTACT_LINE);
            default:
                return null;
        }
    }

    /** The shapes of a document kind, or null when no schema describes the kind. */
    static Shapes of(String kind) {
        JsonNode schema = SCHEMAS.get(kind);
        return schema == null ? null : new Shapes(schema);
    }

    /** Every place of a document, in document order, the root first. */
    List<Place> places(JsonNode document) {
        List<Place> places = new ArrayList<>();
        visit(document, root, "", places);
        return places;
    }

    private void visit(JsonNode value, JsonNode schema, String pointer, List<Place> places) {
        JsonNode shape = schema == null ? null : resolve(schema, value);
        if (shape == null || shape.isBoolean() || value.isNull()) {
            places.add(new Place(pointer, value, shape, Role.FREE));
            return;
        }
        if (value.isObject()) {
            JsonNode properties = shape.path("properties");
            JsonNode additional = shape.get("additionalProperties");
            boolean closed = additional != null && additional.isBoolean() && !additional.asBoolean();
            boolean map = additional != null && additional.isObject();
            if (!closed && !map) {
                places.add(new Place(pointer, value, shape, Role.FREE));
                return;
            }
            places.add(new Place(pointer, value, shape, closed ? Role.RECORD : Role.MAP));
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                JsonNode child = closed ? properties.get(member.getKey()) : additional;
                visit(member.getValue(), child, pointer + "/" + escape(member.getKey()), places);
            }
        } else if (value.isArray()) {
            places.add(new Place(pointer, value, shape, Role.ARRAY));
            JsonNode items = shape.get("items");
            for (int i = 0; i < value.size(); i++) {
                visit(value.get(i), items, pointer + "/" + i, places);
            }
        } else {
            places.add(new Place(pointer, value, shape, Role.SCALAR));
        }
    }

    /** Follows references and picks the branch of a union that fits the value; null when none does. */
    private JsonNode resolve(JsonNode schema, JsonNode value) {
        JsonNode current = schema;
        for (int hops = 0; hops < 64; hops++) {
            if (current.isBoolean()) {
                return current;
            }
            JsonNode ref = current.get("$ref");
            if (ref != null) {
                current = root.at(ref.asString().substring(1));
                continue;
            }
            JsonNode union = current.has("oneOf") ? current.get("oneOf") : current.get("anyOf");
            if (union == null) {
                return fits(current, value) ? current : null;
            }
            JsonNode chosen = null;
            for (JsonNode branch : union.values()) {
                JsonNode resolved = resolve(branch, value);
                if (resolved != null && !resolved.isBoolean() && fits(resolved, value)) {
                    chosen = resolved;
                    break;
                }
            }
            return chosen;
        }
        return null;
    }

    private static boolean fits(JsonNode schema, JsonNode value) {
        List<String> types = allowedTypes(schema);
        if (!types.isEmpty() && !types.contains(typeOf(value))
                && !(types.contains("number") && value.isNumber())) {
            return false;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            return false;
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                JsonNode constant = property.getValue().get("const");
                if (constant != null && value.has(property.getKey()) && !constant.equals(value.get(property.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The JSON types a schema names through {@code type}, {@code const} or {@code enum}; empty when it names none. */
    static List<String> allowedTypes(JsonNode schema) {
        if (schema == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isString()) {
            types.add(type.asString());
        } else if (type != null) {
            type.values().forEach(t -> types.add(t.asString()));
        } else if (schema.has("const")) {
            types.add(typeOf(schema.get("const")));
        } else if (schema.has("enum")) {
            schema.get("enum").values().forEach(v -> types.add(typeOf(v)));
        }
        return types;
    }

    /** The JSON Schema type of a value; an integral number is an {@code "integer"}. */
    static String typeOf(JsonNode value) {
        if (value.isObject()) {
            return "object";
        } else if (value.isArray()) {
            return "array";
        } else if (value.isString()) {
            return "string";
        } else if (value.isBoolean()) {
            return "boolean";
        } else if (value.isNull()) {
            return "null";
        }
        return value.isIntegralNumber() ? "integer" : "number";
    }

    /** A key as a JSON pointer segment (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
