package org.engagementrubrics.json.casev1p1;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official CASE 1.1 {@code CFPackage} schema (draft 2019-09), a resource of this package, checked with the
 * networknt validator; and the same schema rooted at its {@code CFRubric} definition, for a bare rubric as
 * CASE's {@code getCFRubric} service returns it. Both are built once; validating is thread-safe.
 */
final class CaseSchema {

    static final String RESOURCE = "case-v1p1-cfpackage.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build()));

    private static final JsonNode TEXT = load();
    private static final Schema PACKAGE = REGISTRY.getSchema(TEXT);
    private static final Schema RUBRIC = REGISTRY.getSchema(rootedAtRubric(TEXT));

    private CaseSchema() {
    }

    /** One schema violation: where in the instance, and what the schema expected. */
    record Violation(String pointer, String message) {
    }

    /** The violations of a package, or of a bare rubric when {@code rubric} is true, in instance order. */
    static List<Violation> validate(JsonNode instance, boolean rubric) {
        List<Violation> violations = new ArrayList<>();
        for (Error error : (rubric ? RUBRIC : PACKAGE).validate(instance)) {
            String pointer = error.getInstanceLocation().toString();
            violations.add(new Violation(pointer, message(error)));
        }
        return violations;
    }

    private static String message(Error error) {
        String keyword = error.getKeyword();
        String text = error.getMessage();
        return "schema " + (keyword == null ? "" : "'" + keyword + "' ") + "violated: " + text;
    }

    private static JsonNode load() {
        try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from this jar");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package schema's definitions with the root replaced by a reference to {@code CFRubric}. */
    private static JsonNode rootedAtRubric(JsonNode packageSchema) {
        ObjectNode root = JsonMapper.builder().build().createObjectNode();
        root.put("$schema", packageSchema.get("$schema").asString());
        root.put("$id", packageSchema.get("$id").asString().replace("cfpackage", "cfrubric"));
        root.put("$ref", "#/$defs/CFRubric");
        root.set("$defs", packageSchema.get("$defs"));
        return root;
    }
}
