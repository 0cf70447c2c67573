package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PointsResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 1: validate, score and explain work on a points rubric and its responses, text and JSON. */
class PointsRubricCliTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final PointsRubric RUBRIC = Fixtures.pointsRubric();
    private static final Response RESPONSE = Response.of("r-points", RUBRIC.id(), "team-a", "school-12",
            Instant.parse("2026-10-01T15:00:00Z"), CriterionRatings.of(Map.of(
                    "welcome", CriterionRating.level("warm"),
                    "listening", CriterionRating.points(new BigDecimal("3.25")),
                    "notes", CriterionRating.points(new BigDecimal("2.5")),
                    "translation", CriterionRating.notApplicable())));

    @TempDir
    Path dir;

    private Path rubric() throws Exception {
        return Files.writeString(dir.resolve("family-conference.json"), JSON.write(RUBRIC));
    }

    private Path response(Response response) throws Exception {
        return Files.writeString(dir.resolve(response.id() + ".json"), JSON.write(response));
    }

    @Test
    void validateAcceptsThePointsRubricAndItsResponseAndLocatesAPickOutsideEveryRange() throws Exception {
        Path rubric = rubric();
        assertThat(Cli.run("validate", rubric.toString()).exitCode()).isZero();
        assertThat(Cli.run("validate", "--instrument", rubric.toString(), response(RESPONSE).toString()).exitCode())
                .isZero();

        Path bad = response(RESPONSE.withEvidence(CriterionRatings.of(Map.of(
                "listening", CriterionRating.points(new BigDecimal("4.5"))))));
        Run run = Cli.run("validate", "--instrument", rubric.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(bad + ":12:20: /evidence/byCriterion/listening: [out-of-scale] points 4.5 "
                + "for criterion 'listening' are outside every level's range; expected from 0 to 4");
    }

    @Test
    void scorePrintsTheExplanationAndJsonPrintsThePointsResult() throws Exception {
        PointsResult expected = (PointsResult) ScoringEngine.defaults().score(RUBRIC, RESPONSE);
        String[] args = {"score", "--instrument", rubric().toString(), "--response", response(RESPONSE).toString()};

        Run text = Cli.run(args);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains(expected.explanation().toText())
                .contains("Family conference: 12.25 of 17.5 points (70.00%)");
        assertThat(text.err()).isEmpty();

        Run json = Cli.run(append(args, "--format", "json"));
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).isEqualTo(JSON.write(expected));
        assertThat(JSON.readResult(json.out(), "out")).isEqualTo(expected);
    }

    @Test
    void explainPrintsOnlyTheExplanation() throws Exception {
        PointsResult expected = (PointsResult) ScoringEngine.defaults().score(RUBRIC, RESPONSE);

        Run run = Cli.run("explain", "--instrument", rubric().toString(), "--response", response(RESPONSE).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(expected.explanation().toText());
        assertThat(run.out()).contains("Listening: Full, 3.25 of 4 points; weight 2: 6.5 of 8");
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
