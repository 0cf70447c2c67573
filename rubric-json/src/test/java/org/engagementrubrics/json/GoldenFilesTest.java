package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.IdMapping;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StagePointsScheme;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code golden/} reads and writes back byte for byte, and holds the value it was
 * written from ({@link GoldenValues}).
 *
 * <p>The files are committed. To write them again after a deliberate format change, run
 * {@code ./mvnw -pl rubric-json test -Dtest=GoldenFilesTest -Drubric.updateGolden=true} and review the diff;
 * without that property this test never writes anything.
 */
class GoldenFilesTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final String UPDATE = "rubric.updateGolden";

    static Path resources(String folder) {
        URL url = GoldenFilesTest.class.getResource("/" + folder);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(String folder, String suffix) {
        try (Stream<Path> files = Files.list(resources(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Path> goldenFiles() {
        if (Boolean.getBoolean(UPDATE)) {
            writeGoldenFiles();
        }
        return files("golden", ".json");
    }

    /** Opt-in only: writes every golden value to the source tree (and the copy under target). */
    private static void writeGoldenFiles() {
        try {
            for (Path folder : List.of(Path.of("src/test/resources/golden"), Path.of("target/test-classes/golden"))) {
                Files.createDirectories(folder);
                for (Map.Entry<String, Object> entry : GoldenValues.all().entrySet()) {
                    Files.writeString(folder.resolve(entry.getKey()), write(entry.getValue()), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String write(Object value) {
        if (value instanceof Instrument instrument) {
            return JSON.write(instrument);
        } else if (value instanceof Response response) {
            return JSON.write(response);
        } else if (value instanceof TallyState state) {
            return JSON.write(state);
        } else if (value instanceof GroupedResult<?> grouped) {
            return DocumentWriter.write(grouped);
        } else if (value instanceof CoverageResult coverage) {
            return JSON.write(coverage);
        } else if (value instanceof Comparison comparison) {
            return JSON.write(comparison);
        } else if (value instanceof IdMapping mapping) {
            return JSON.write(mapping);
        } else if (value instanceof Consensus consensus) {
            return JSON.write(consensus);
        } else if (value instanceof AgreementReport report) {
            return JSON.write(report);
        } else if (value instanceof StagePointsScheme scheme) {
            return JSON.write(scheme);
        }
        return JSON.write((ScoreResult) value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void readsAndWritesBackByteForByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);

        Object value = JSON.read(file);

        assertThat(write(value).getBytes(StandardCharsets.UTF_8)).as("%s written back", file.getFileName())
                .isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void holdsTheValueItWasWrittenFrom(Path file) {
        Object expected = GoldenValues.all().get(file.getFileName().toString());

        assertThat(expected).as("a value for %s in GoldenValues", file.getFileName()).isNotNull();
        assertThat(JSON.read(file)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void typedReadersAgreeWithTheGenericReader(Path file) {
        Object value = JSON.read(file);

        Object typed = value instanceof Instrument ? JSON.readInstrument(file)
                : value instanceof Response ? JSON.readResponse(file)
                : value instanceof TallyState ? JSON.readTally(file)
                : value instanceof GroupedResult ? JSON.readSurveyByGroup(file)
                : value instanceof CoverageResult ? JSON.readCoverage(file)
                : value instanceof Comparison ? JSON.readComparison(file)
                : value instanceof IdMapping ? JSON.readIdMapping(file)
                : value instanceof Consensus ? JSON.readConsensus(file)
                : value instanceof AgreementReport ? JSON.readAgreementReport(file)
                : value instanceof StagePointsScheme ? JSON.readStagePointsScheme(file) : JSON.readResult(file);
        assertThat(typed).isEqualTo(value);
    }

    @Test
    void everyGoldenValueHasItsFileAndEveryFileItsValue() {
        Set<String> files = goldenFiles().stream().map(f -> f.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(files).isEqualTo(new TreeSet<>(GoldenValues.all().keySet()));
    }

    @Test
    void coversEveryInstrumentEvidenceAndResultKind() {
        Set<String> files = goldenFiles().stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        List<String> required = List.of("staged-rubric", "archetype-matrix", "conditions-assessment",
                "district-indicators", "checklist", "survey", "response-marks", "response-ratings", "response-statuses",
                "response-checklist-answers", "matrix-result", "archetype-result", "stage-result", "rating-result",
                "rollup-result", "checklist-result", "survey-result", "rating-tally", "rollup-tally", "checklist-tally",
                "survey-tally", "survey-by-group-result", "coverage-result", "comparison", "id-mapping",
                "consensus-four-versions", "agreement-report-four-versions");

        assertThat(required).allSatisfy(kind -> assertThat(files).contains(kind + ".json"));
        assertThat(DocumentKind.kindNames()).allSatisfy(kind -> assertThat(files).anySatisfy(
                f -> assertThat(f).startsWith(kind)));
    }

    @Test
    void oneGoldenFileShowsTranslationsNullableFieldsAndNestedExtensions() throws IOException {
        String instrument = Files.readString(resources("golden").resolve("archetype-matrix-localized-extensions.json"));
        String response = Files.readString(resources("golden").resolve("response-marks-extensions.json"));

        assertThat(instrument).contains("\"defaultLanguage\": \"es\"", "\"motto\": {", "\"citation\": ",
                "\"instructions\": {", "\"errata\": [", "\"weight\": 1.50", "\"reviewedBy\": null",
                "\"exported\": false", "\"vendorCode\": \"FE-instrument\"", "\"vendorCode\": \"FE-row\"",
                "\"vendorCode\": \"FE-statement\"");
        assertThat(response).contains("\"instrumentVersion\": \"2.1.0\"", "\"vendorCode\": \"FE-response\"",
                "\"weight\": 1.50");
    }

    /** A UTF-8 file that starts with a byte order mark is accepted; writing drops the mark. */
    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        Path file = resources("accepted").resolve("utf8-bom-survey.json");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

        Instrument survey = JSON.readInstrument(file);

        assertThat(survey).isEqualTo(Fixtures.survey());
        assertThat(JSON.write(survey).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
    }
}
