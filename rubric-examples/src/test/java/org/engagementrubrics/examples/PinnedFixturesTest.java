package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.fixtures.FixtureSet;
import org.junit.jupiter.api.Test;

/**
 * Guards the kit's pinned fixture set: the kit cannot depend on this module, so its files are a copy of the
 * bundled catalog, {@link SampleResponses} and what the scorer gives for them. This test makes them again and
 * fails when the newest set in the kit's sources differs.
 *
 * <p>A released set never changes. When the scorer's results change on purpose, add a version to
 * {@code FixtureSet} (a new folder {@code v2}), then write it with {@code ./mvnw -B -o verify -pl rubric-examples -am
 * -Dtest=PinnedFixturesTest -Dsurefire.failIfNoSpecifiedTests=false -Drubric.updateFixtures=true}, which rewrites
 * the newest set's folder from this test, and review the diff.
 */
class PinnedFixturesTest {

    private static final Path KIT_RESOURCES = Path.of("../rubric-testkit/src/main/resources");

    /** The samples of the set, by name: the responses to one instrument each. */
    private static Map<String, List<Response>> samples() {
        Map<String, List<Response>> samples = new LinkedHashMap<>();
        samples.put("four-versions-team", List.of(SampleResponses.fourVersionsTeam()));
        samples.put("four-versions-with-tie", List.of(SampleResponses.fourVersionsWithTie()));
        samples.put("four-versions-panel", SampleResponses.fourVersionsPanel());
        samples.put("family-engagement-team", List.of(SampleResponses.familyEngagementTeam()));
        samples.put("family-engagement-panel", SampleResponses.familyEngagementPanel());
        samples.put("school-conditions-team", List.of(SampleResponses.schoolConditionsTeam()));
        samples.put("district-self-assessment", List.of(SampleResponses.districtSelfAssessment()));
        samples.put("checklist-visit", List.of(SampleResponses.checklistVisit()));
        samples.put("guardian-survey", SampleResponses.guardianSurveyResponses());
        return samples;
    }

    /** Every file of the set, made from the catalog, the samples and the scorer, by path in the set's folder. */
    static SortedMap<String, String> generate(int version) {
        RubricJson json = RubricJson.defaults();
        ScoringEngine engine = ScoringEngine.defaults();
        Catalog catalog = Catalog.bundled();
        SortedMap<String, String> files = new TreeMap<>();
        for (Instrument instrument : catalog.instruments()) {
            files.put("instruments/" + instrument.id() + ".json", Catalog.bundledFile(instrument.id()));
        }
        samples().forEach((name, responses) -> {
            Response first = responses.get(0);
            Instrument instrument = catalog.instrument(first.instrumentId(), first.instrumentVersion());
            List<ScoreResult> results = instrument instanceof MatrixInstrument
                    ? responses.stream().map(response -> engine.score(instrument, response)).toList()
                    : List.of(engine.summarize(instrument, responses));
            files.put("responses/" + name + ".jsonl",
                    responses.stream().map(response -> json.writeLine(response) + "\n").collect(Collectors.joining()));
            files.put("results/" + name + ".json", json.writeResults(results));
        });
        StringBuilder manifest = new StringBuilder("# engagement-rubrics fixture set: the bundled catalog, sample"
                + " responses and the results the scorer gives for them. Never changed once released.\n")
                .append("version: ").append(version).append('\n');
        files.forEach((path, text) -> manifest.append(FixtureSet.sha256(text)).append("  ").append(path).append('\n'));
        files.put(FixtureSet.MANIFEST, manifest.toString());
        return files;
    }

    @Test
    void theNewestFixtureSetInTheKitIsWhatTheCatalogAndTheScorerGive() throws IOException {
        FixtureSet latest = FixtureSet.latest();
        Path folder = KIT_RESOURCES.resolve(latest.resourceFolder());
        SortedMap<String, String> expected = generate(latest.version());
        if (Boolean.getBoolean("rubric.updateFixtures")) {
            for (Map.Entry<String, String> file : expected.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        }
        SortedMap<String, String> actual = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                actual.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        assertThat(actual.keySet()).as("the files of %s", folder).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, text) -> assertThat(actual.get(path))
                .as("%s%s is what the catalog, SampleResponses and the scorer give; a released set never changes:"
                        + " add a version to FixtureSet, then write it with -Drubric.updateFixtures=true",
                        latest.resourceFolder(), path)
                .isEqualTo(text));
    }

    @Test
    void theKitReadsBackTheSamplesAndTheirResults() {
        FixtureSet latest = FixtureSet.latest();
        ScoringEngine engine = ScoringEngine.defaults();

        assertThat(latest.sampleNames()).containsExactlyInAnyOrderElementsOf(samples().keySet());
        samples().forEach((name, responses) -> {
            assertThat(latest.responses(name)).as(name).isEqualTo(responses);
            Instrument instrument = latest.instrument(responses.get(0).instrumentId());
            List<ScoreResult> results = instrument instanceof MatrixInstrument
                    ? responses.stream().map(response -> engine.score(instrument, response)).toList()
                    : List.of(engine.summarize(instrument, responses));
            assertThat(latest.expectedResults(name)).as(name).isEqualTo(results);
        });
    }
}
