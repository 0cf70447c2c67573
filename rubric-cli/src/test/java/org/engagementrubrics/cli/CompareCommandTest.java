package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.Movement;
import org.engagementrubrics.core.change.UnitChange;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rubric compare}: the Family Engagement Rubric rated by one school in two years (one rater in 2025,
 * two in 2026), worked by hand with the default placement (the stage with most marked statements):
 * standard-1 exploration (1) to the median of expansion (2) and integration (3), 2.5: up; standard-2 expansion
 * to expansion: same; standard-3 integration (3) to the median of expansion and exploration, 1.5: down.
 */
class CompareCommandTest {

    private static final RubricJson JSON = RubricJson.defaults();

    @TempDir
    Path dir;

    static String response(String id, String rater, String when, String version, String... marks) {
        return "{\"format\": \"engagement-rubrics/2.0\", \"kind\": \"response\", \"id\": \"" + id
                + "\", \"instrumentId\": \"family-engagement-rubric\", "
                + (version == null ? "" : "\"instrumentVersion\": \"" + version + "\", ")
                + "\"raterId\": \"" + rater + "\", \"subjectId\": \"lincoln-elementary\", \"recordedAt\": \"" + when
                + "\", \"evidence\": {\"kind\": \"marks\", \"statementIds\": [\"" + String.join("\", \"", marks)
                + "\"]}}";
    }

    Path twoYears(String laterVersion) throws IOException {
        return Files.write(dir.resolve("responses.jsonl"), List.of(
                response("r-2026-principal", "principal", "2026-03-02T16:00:00Z", laterVersion, "s1-integration-1",
                        "s2-expansion-1", "s3-exploration-1"),
                response("r-2025-team", "team", "2025-03-03T15:00:00Z", laterVersion == null ? null : "1.0.0",
                        "s1-exploration-1", "s2-expansion-1",
                        "s3-integration-1"),
                response("r-2026-team", "team", "2026-03-02T15:00:00Z", laterVersion, "s1-expansion-1",
                        "s2-expansion-1", "s3-expansion-1")));
    }

    @Test
    void comparesTheFamilyEngagementRubricOfOneSchoolOverTwoYearsAsText() throws IOException {
        Run run = Cli.run("compare", "--instrument", "family-engagement-rubric", "--response", twoYears(null).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).startsWith(
                "Change over time of 'lincoln-elementary': 2 reviews",
                "  2025-03-03  family-engagement-rubric@1.0.0 (" + fingerprint() + "), 1 response",
                "  2026-03-02  family-engagement-rubric@1.0.0 (" + fingerprint() + "), 2 responses",
                "2025-03-03 -> 2026-03-02: 1 up, 1 down, 1 same, 8 units",
                "  - Standard 'standard-1' moved up from stage 'exploration' (position 1) to position 2.50, between"
                        + " two stages (median of 2 raters).",
                "  - Standard 'standard-2' stayed at stage 'expansion' (position 2) (median of 2 raters).",
                "  - Standard 'standard-3' moved down from stage 'integration' (position 3) to position 1.50, between"
                        + " two stages (median of 2 raters).",
                "  - Standard 'standard-4' has no standing at either review.");
        assertThat(run.err()).contains("responses.jsonl: 3 records, 3 good, 0 bad");
    }

    @Test
    void printsTheComparisonDocumentAsJson() throws IOException {
        Run run = Cli.run("compare", "--instrument", "family-engagement-rubric", "--format", "json",
                "--response", twoYears(null).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Comparison comparison = JSON.readComparison(run.out(), "stdout");
        assertThat(comparison.subjectId()).isEqualTo("lincoln-elementary");
        assertThat(comparison.overall().changes()).extracting(UnitChange::movement).startsWith(Movement.UP,
                Movement.SAME, Movement.DOWN, Movement.NEVER_PLACED);
        assertThat(run.out()).isEqualTo(JSON.write(comparison));
    }

    @Test
    void reviewsByMonthOrSchoolYearDateEachReviewByItsPeriod() throws IOException {
        Path responses = twoYears(null);

        Run byMonth = Cli.run("compare", "--instrument", "family-engagement-rubric", "--review-by", "month",
                "--response", responses.toString());
        Run bySchoolYear = Cli.run("compare", "--instrument", "family-engagement-rubric", "--review-by",
                "school-year", "--response", responses.toString());

        assertThat(byMonth.out()).contains("2025-03-01 -> 2026-03-01");
        assertThat(bySchoolYear.out()).contains("2024-08-01 -> 2025-08-01");
    }

    @Test
    void anotherVersionWithoutAMappingFailsNamingBothVersions() throws IOException {
        Path next = nextVersion();
        Run run = Cli.run("compare", "--instrument", "family-engagement-rubric", "--instrument", next.toString(),
                "--response", twoYears("2.0.0").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("subject 'lincoln-elementary'", "family-engagement-rubric@1.0.0",
                "family-engagement-rubric@2.0.0", "give an id mapping", "--map MAPPING.json");
    }

    @Test
    void aMappingComparesAcrossVersions() throws IOException {
        Path next = nextVersion();
        Path map = Files.writeString(dir.resolve("map.json"), "{\"format\": \"engagement-rubrics/2.0\", \"kind\":"
                + " \"id-mapping\", \"renames\": {\"standard\": {\"standard-3\": \"standard-three\"}}}");

        Run run = Cli.run("compare", "--instrument", "family-engagement-rubric", "--instrument", next.toString(),
                "--map", map.toString(), "--response", twoYears("2.0.0").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("family-engagement-rubric@2.0.0",
                "  - Standard 'standard-three' (formerly 'standard-3') moved down from stage 'integration'");
    }

    @Test
    void aResponseOfAnInstrumentNotGivenIsABadRecordAndASubjectWithOneReviewIsReported() throws IOException {
        Path responses = Files.write(dir.resolve("one.jsonl"), List.of(
                response("r-1", "team", "2025-03-03T15:00:00Z", null, "s1-exploration-1"),
                response("r-2", "team", "2026-03-03T15:00:00Z", "9.9.9", "s1-exploration-1")));

        Run run = Cli.run("compare", "--instrument", "family-engagement-rubric", "--response", responses.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("family-engagement-rubric@9.9.9", "instrument-mismatch",
                "subject 'lincoln-elementary' has one review; nothing to compare");
    }

    private static String fingerprint() {
        return Catalog.bundled().instrument("family-engagement-rubric").fingerprint().value().substring(0, 19);
    }

    /** Version 2.0.0: standard-3 renamed standard-three. */
    private Path nextVersion() throws IOException {
        StagedRubric rubric = (StagedRubric) Catalog.bundled().instrument("family-engagement-rubric");
        var standards = new java.util.ArrayList<>(rubric.standards());
        var three = standards.get(2);
        standards.set(2, new org.engagementrubrics.core.matrix.Standard("standard-three", three.number(),
                three.title(), three.intent(), three.cells(), three.extensions()));
        StagedRubric next = new StagedRubric(rubric.id(), "2.0.0", rubric.title(), rubric.source(), rubric.errata(),
                rubric.extensions(), rubric.stages(), standards);
        return Files.writeString(dir.resolve("next.json"), JSON.write(next));
    }
}
