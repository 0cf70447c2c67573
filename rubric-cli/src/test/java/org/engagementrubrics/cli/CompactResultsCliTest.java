package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.ExampleFiles.FOUR_VERSIONS_TEAM;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES;
import static org.engagementrubrics.cli.ExampleFiles.path;

import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric score --compact} writes results for storage; {@code rubric explain} rebuilds them (issue 12). */
class CompactResultsCliTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    @TempDir
    Path dir;

    @Test
    void scoreCompactWritesTheCompactDocumentAndExplainRebuildsTheExplanation() throws Exception {
        ScoreResult expected = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());

        Run run = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response",
                path(FOUR_VERSIONS_TEAM).toString(), "--format", "json", "--compact");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(JSON.withCompactResults().write(expected));
        Path stored = Files.writeString(dir.resolve("stored.json"), run.out());

        Run explain = Cli.run("explain", "--instrument", "four-versions-of-partnerships", "--response",
                stored.toString());

        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).isEqualTo(expected.explanation().toText());
        assertThat(explain.err()).isEmpty();
    }

    @Test
    void aCompactStageResultKeepsItsTiePolicyWhenExplainedWithTheDefaultOne() throws Exception {
        ScoreResult expected = ENGINE.withTiePolicy(TiePolicies.higherLevel()).score(SeedInstruments.familyEngagementRubric(),
                SampleResponses.familyEngagementTeam());
        Path stored = Files.writeString(dir.resolve("stage.json"), JSON.withCompactResults().write(expected));

        Run explain = Cli.run("explain", "--instrument", "family-engagement-rubric", "--response", stored.toString());

        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).isEqualTo(expected.explanation().toText()).contains("(tie policy higher-level)");
    }

    @Test
    void scoreCompactJsonLinesWritesOneCompactLine() {
        Run run = Cli.run("score", "--instrument", "guardian-survey", "--response", path(GUARDIAN_RESPONSES).toString(),
                "--format", "jsonl", "--compact");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).singleElement().asString().contains("\"explanation\":\"omitted\"");
    }

    @Test
    void aCompactResultExplainedWithAnotherInstrumentIsRefusedNamingBoth() throws Exception {
        ScoreResult expected = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());
        Path stored = Files.writeString(dir.resolve("stored.json"), JSON.withCompactResults().write(expected));

        Run explain = Cli.run("explain", "--instrument", "family-engagement-rubric", "--response", stored.toString());

        assertThat(explain.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(explain.err()).contains("[instrument-mismatch]", expected.instrument().toString());
    }

    @Test
    void compactGoesWithJsonOrJsonLinesOnly() {
        Run run = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response",
                path(FOUR_VERSIONS_TEAM).toString(), "--compact");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--compact goes with --format json or jsonl");
    }
}
