package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden files pass their kind's JSON Schema (checked by the third-party validator), and every file
 * of the invalid corpus fails the schema too, unless its expectation says why the broken rule cannot be
 * expressed in a schema ({@code # schema accepts <reason>}: ids unique across the instrument, references,
 * scale membership, read limits, duplicate keys a JSON tree cannot hold). Files that are not a JSON
 * object naming a known kind (syntax errors, bad encodings, unknown kinds) have no schema to apply.
 */
class SchemaCorpusTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static List<Path> goldenFiles() {
        return GoldenFilesTest.files("golden", ".json");
    }

    static List<Path> invalidFiles() {
        return InvalidCorpusTest.invalidFiles();
    }

    /** The document's kind when the file is a JSON object with a kind that has a schema. */
    static Optional<String> kind(String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            JsonNode kind = root.isObject() ? root.get("kind") : null;
            return kind != null && kind.isString() && JsonSchemas.kinds().contains(kind.asString())
                    ? Optional.of(kind.asString()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void everyGoldenFilePassesItsSchema(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String kind = kind(text).orElseThrow();

        assertThat(SchemaTest.validate(kind, text)).as("schema errors of %s", file.getFileName()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void everyInvalidFileFailsTheSchemaWhereTheRuleIsExpressible(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = ""; // not UTF-8: no schema applies
        }
        Optional<String> kind = kind(text);
        List<String> directives = Files.readAllLines(InvalidCorpusTest.expectationFile(file)).stream()
                .filter(line -> line.startsWith("# schema accepts")).toList();
        if (kind.isEmpty()) {
            assertThat(directives).as("%s has no schema to apply, so it needs no schema directive", file.getFileName())
                    .isEmpty();
            return;
        }
        List<?> errors = SchemaTest.validate(kind.get(), text);
        if (directives.isEmpty()) {
            assertThat(errors).as("%s breaks a rule a schema can express, so the %s schema must reject it",
                    file.getFileName(), kind.get()).isNotEmpty();
        } else {
            assertThat(errors).as("%s is marked '%s' but the schema rejects it: %s", file.getFileName(),
                    directives.get(0), errors).isEmpty();
        }
    }
}
