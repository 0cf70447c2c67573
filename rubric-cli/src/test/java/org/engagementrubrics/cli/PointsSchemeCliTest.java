package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePointsScheme;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rubric score|explain --points-scheme FILE} (issue 14 item 2), on the Family Engagement Rubric panel of
 * {@code examples/}, whose placements {@link SampleResponses#familyEngagementPanel()} lists.
 */
class PointsSchemeCliTest {

    private static final RubricJson JSON = RubricJson.defaults();

    @TempDir
    Path dir;

    private static String file(String name) {
        return ExampleFiles.path(name).toString();
    }

    private static Run score(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("score", "--instrument", "family-engagement-rubric",
                "--response", file(ExampleFiles.FAMILY_ENGAGEMENT_PANEL)));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The principal places standards 1 to 8 at 2 2 2 1 2 3 1 3: 16 of 8 × 3 = 24 points, 66.67 %. */
    @Test
    void textShowsEachStandardsStageBesideItsPointsWorkedByHand() {
        Run run = score("--points-scheme", file(ExampleFiles.FAMILY_ENGAGEMENT_POINTS));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("  - points by family-engagement-points: 16 of 24 (66.67%)\n"
                + "  - Standard 1: Stage 2 Expansion, 2 of 3 points\n"
                + "  - Standard 2: Stage 2 Expansion, 2 of 3 points\n"
                + "  - Standard 3: Stage 2 Expansion, 2 of 3 points\n"
                + "  - Standard 4: Stage 1 Exploration, 1 of 3 points\n");
        assertThat(run.out()).contains("  Standard 1: placed at Stage 2 Expansion");
        assertThat(run.err()).contains("4 records, 4 good, 0 bad");
    }

    @Test
    void textIsTheExplanationOfTheEnginesResultWithTheScheme() {
        Response principal = SampleResponses.familyEngagementPanel().get(0);
        StageResult expected = ScoringEngine.defaults().withStagePoints(ExampleFiles.familyEngagementPoints())
                .score(SeedInstruments.familyEngagementRubric(), principal);

        Run run = score("--points-scheme", file(ExampleFiles.FAMILY_ENGAGEMENT_POINTS));

        assertThat(run.out()).contains(expected.explanation().toText());
    }

    @Test
    void jsonCarriesThePointsBesideThePlacements() {
        Run run = score("--points-scheme", file(ExampleFiles.FAMILY_ENGAGEMENT_POINTS), "--format", "jsonl");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        StageResult first = (StageResult) JSON.readResult(run.outLines().get(0), "line 1");
        assertThat(first.points().scheme()).isEqualTo("family-engagement-points");
        assertThat(first.points().total().earned()).isEqualByComparingTo("16");
        assertThat(first.points().total().displayPercent()).hasValue(new BigDecimal("66.67"));
        assertThat(first.rows()).hasSize(8);
    }

    @Test
    void withoutASchemeTheOutputHasNoPoints() {
        Run run = score("--format", "jsonl");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("\"points\"");
    }

    @Test
    void explainAddsThePointsToTheExplanation() {
        Run run = Cli.run("explain", "--instrument", "family-engagement-rubric", "--response",
                file(ExampleFiles.FAMILY_ENGAGEMENT_PANEL), "--points-scheme",
                file(ExampleFiles.FAMILY_ENGAGEMENT_POINTS));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Family and Community Engagement Standards - Rubric: 8 standards placed")
                .contains("\n  - points by family-engagement-points: 16 of 24 (66.67%)\n");
    }

    @Test
    void anotherKindOfInstrumentIsAUsageError() {
        Run run = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response",
                file(ExampleFiles.FOUR_VERSIONS_TEAM), "--points-scheme", file(ExampleFiles.FAMILY_ENGAGEMENT_POINTS));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--points-scheme goes with a staged rubric; four-versions-of-partnerships is "
                + "of kind archetype-matrix");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSchemeThatDoesNotFitTheRubricNamesTheStandard() throws Exception {
        Path scheme = Files.writeString(dir.resolve("short.json"), JSON.write(StagePointsScheme.of("short",
                List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3)))));

        Run run = score("--points-scheme", scheme.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("points scheme 'short' does not fit rubric 'family-engagement-rubric': "
                + "standard 'standard-1' has 4 stages; expected pointsByPosition to give at least as many positions "
                + "(it gives 3)");
    }

    @Test
    void anInvalidSchemeFileGivesLocatedProblems() throws Exception {
        Path scheme = Files.writeString(dir.resolve("bad.json"), """
                {
                  "format": "engagement-rubrics/2.0",
                  "kind": "stage-points-scheme",
                  "name": "bad",
                  "pointsByPosition": [1, -2]
                }
                """);

        Run run = score("--points-scheme", scheme.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).contains(scheme + ":5:27: /pointsByPosition/1: [invalid-value] pointsByPosition[1] is -2; "
                + "expected zero or more");
        assertThat(run.out()).isEmpty();
    }
}
