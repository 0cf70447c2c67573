package org.engagementrubrics.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the documents {@link RubricJson} reads and writes, one per
 * document kind, for validating documents outside Java or generating code from them.
 *
 * <pre>{@code
 * for (String kind : JsonSchemas.kinds()) {
 *     Files.writeString(dir.resolve(kind + ".schema.json"), JsonSchemas.schema(kind));
 * }
 * }</pre>
 *
 * <p>Each schema is self-contained: its {@code $id} is
 * {@code https://engagement-rubrics.org/schema/2.0/<kind>.schema.json} and every definition it uses is
 * in its own {@code $defs}. The {@code format} of an instrument or a response is 1.0 or 2.0, of a result
 * or a coverage result 2.0 only, as the reader reads them. A schema checks the shape of a document: fields, types,
 * enumerations, id patterns, non-blank strings, minimum counts and ranges. It cannot check what the reader also checks
 * across the document, such as unique ids, resolved references, ascending positions, a text's default
 * language being present, or ratings being on the instrument's scale; a document that passes the schema
 * may still be rejected by the reader with located problems.
 *
 * <p>The schemas are loaded once; this class is immutable and thread-safe.
 */
public final class JsonSchemas {

    private static final List<String> KINDS = DocumentKind.kindNames();

    private static final Map<String, String> SCHEMAS = load(false);
    /** The schemas of the compact form of each result kind. */
    private static final Map<String, String> COMPACT_SCHEMAS = load(true);

    private JsonSchemas() {
    }

    /**
     * Returns every document kind that has a schema: the six instrument kinds, {@code response}, then
     * the seven result kinds, the four tally kinds, {@code survey-by-group-result}, then {@code coverage-result},
     * always in this order.
     *
     * @return the kinds, an immutable list
     */
    public static List<String> kinds() {
        return KINDS;
    }

    /**
     * Returns the JSON Schema of one document kind, as JSON text.
     *
     * @param kind the document kind, such as {@code "survey"} or {@code "stage-result"}, not null
     * @return the schema text
     * @throws IllegalArgumentException if the kind is not one of {@link #kinds()}
     */
    public static String schema(String kind) {
        Objects.requireNonNull(kind, "kind");
        String schema = SCHEMAS.get(kind);
        if (schema == null) {
            throw new IllegalArgumentException("no schema for kind '" + kind + "'; expected one of " + KINDS);
        }
        return schema;
    }

    /**
     * Returns the JSON Schema of the compact form of a result kind, as {@code RubricJson.withCompactResults()}
     * writes it: the result's facts, the tie policy of a matrix or stage result, {@code "explanation": "omitted"}
     * and row fits without explanations. Its {@code $id} ends in {@code <kind>.compact.schema.json}.
     *
     * @param kind a result kind, such as {@code "stage-result"}, not null
     * @return the schema text
     * @throws IllegalArgumentException if the kind is not a result kind that has a compact form
     */
    public static String compactSchema(String kind) {
        Objects.requireNonNull(kind, "kind");
        String schema = COMPACT_SCHEMAS.get(kind);
        if (schema == null) {
            throw new IllegalArgumentException("no compact schema for kind '" + kind + "'; expected one of "
                    + COMPACT_SCHEMAS.keySet().stream().sorted().toList());
        }
        return schema;
    }

    private static Map<String, String> load(boolean compact) {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (compact && !kind.hasCompactForm()) {
                continue;
            }
            String resource = compact ? kind.compactSchemaResource() : kind.schemaResource();
            try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + resource + " is missing from the class path");
                }
                schemas.put(kind.kindName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return Map.copyOf(schemas);
    }
}
