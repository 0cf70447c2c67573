package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code golden-compact/} is a golden result written compact (issue 12): it reads back, with
 * the instrument it names, equal to the golden value, writes back byte for byte, passes its kind's compact
 * schema, and is refused without the instrument.
 *
 * <p>To write the files again after a deliberate format change, run {@code ./mvnw -pl rubric-json test
 * -Dtest=CompactGoldenFilesTest -Drubric.updateGolden=true} and review the diff.
 */
class CompactGoldenFilesTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final RubricJson COMPACT = JSON.withCompactResults();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** The golden results, by file name. */
    static Map<String, ScoreResult> values() {
        Map<String, ScoreResult> results = new LinkedHashMap<>();
        GoldenValues.all().forEach((name, value) -> {
            if (value instanceof ScoreResult result) {
                results.put(name, result);
            }
        });
        return results;
    }

    /** The golden instrument a result names, prepared. */
    static PreparedInstrument<Instrument, ScoreResult> instrumentOf(ScoreResult result) {
        return GoldenValues.all().values().stream().filter(Instrument.class::isInstance).map(Instrument.class::cast)
                .filter(i -> i.fingerprint().equals(result.instrument().fingerprint())).findFirst()
                .map(ScoringEngine.defaults()::prepare).orElseThrow();
    }

    /** The kinds that have a compact form: the seven result kinds. */
    static List<String> compactKinds() {
        return java.util.Arrays.stream(DocumentKind.values()).filter(DocumentKind::hasCompactForm)
                .map(DocumentKind::kindName).toList();
    }

    static List<Path> files() {
        if (Boolean.getBoolean("rubric.updateGolden")) {
            try {
                for (Path folder : List.of(Path.of("src/test/resources/golden-compact"),
                        Path.of("target/test-classes/golden-compact"))) {
                    Files.createDirectories(folder);
                    for (Map.Entry<String, ScoreResult> entry : values().entrySet()) {
                        Files.writeString(folder.resolve(entry.getKey()), COMPACT.write(entry.getValue()),
                                StandardCharsets.UTF_8);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return GoldenFilesTest.files("golden-compact", ".json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsWithTheInstrumentEqualToTheGoldenResultAndWritesBackByteForByte(Path file) throws IOException {
        ScoreResult expected = values().get(file.getFileName().toString());
        byte[] bytes = Files.readAllBytes(file);

        ScoreResult back = JSON.readResult(file, instrumentOf(expected));

        assertThat(back).isEqualTo(expected);
        assertThat(COMPACT.write(back).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        assertThat(bytes.length).isLessThan(JSON.write(expected).getBytes(StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void passesItsCompactSchemaAndNotTheFullOne(Path file) throws IOException {
        String json = Files.readString(file);
        String kind = DocumentKind.of(values().get(file.getFileName().toString())).kindName();

        assertThat(REGISTRY.getSchema(JsonSchemas.compactSchema(kind), InputFormat.JSON).validate(json, InputFormat.JSON))
                .isEmpty();
        assertThat(REGISTRY.getSchema(JsonSchemas.schema(kind), InputFormat.JSON).validate(json, InputFormat.JSON))
                .isNotEmpty();
        assertThat(REGISTRY.getSchema(JsonSchemas.compactSchema(kind), InputFormat.JSON)
                .validate(JSON.write(values().get(file.getFileName().toString())), InputFormat.JSON)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isRefusedWithoutTheInstrument(Path file) {
        FormatException thrown = catchThrowableOfType(FormatException.class, () -> JSON.readResult(file));

        assertThat(thrown.problems()).extracting(FormatProblem::code).containsExactly(FormatCodes.INSTRUMENT_REQUIRED);
    }

    @Test
    void everyGoldenResultHasItsCompactFileAndEveryResultKindIsCovered() {
        Set<String> names = files().stream().map(f -> f.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(names).isEqualTo(new TreeSet<>(values().keySet()));
        assertThat(compactKinds()).hasSize(8).allSatisfy(kind -> assertThat(names).contains(kind + ".json"));
    }

    @Test
    void everyCompactSchemaIsValidAgainstTheDraft202012MetaSchema() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String kind : compactKinds()) {
            assertThat(meta.validate(JsonSchemas.compactSchema(kind), InputFormat.JSON)).as(kind).isEmpty();
        }
    }
}
