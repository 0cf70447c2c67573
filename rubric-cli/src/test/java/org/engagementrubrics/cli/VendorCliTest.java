package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.ExampleFiles.BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.FOUR_VERSIONS_TEAM;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES_WITH_A_BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.path;

import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9 item 16: what {@code score --format json} prints can be validated again, and the problems of bad
 * records come as JSON on standard error with {@code --format json}.
 */
class VendorCliTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** Two team responses, one per line, on the 4 Versions matrix: score prints an array of two results. */
    private Path twoTeamResponses() throws Exception {
        Response team = JSON.readResponse(path(FOUR_VERSIONS_TEAM));
        String line = JSON.writeLine(team);
        Path file = dir.resolve("teams.jsonl");
        Files.writeString(file, line + "\n" + line.replace(team.id(), team.id() + "-b") + "\n");
        return file;
    }

    private Path scoredArray() throws Exception {
        Run score = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response",
                twoTeamResponses().toString(), "--format", "json");
        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(MAPPER.readTree(score.out()).isArray()).isTrue();
        Path results = dir.resolve("results.json");
        Files.writeString(results, score.out());
        return results;
    }

    @Test
    @DisplayName("item 16a: validate accepts the JSON array of results that score --format json prints")
    void validateAcceptsTheResultsArrayThatScorePrints() throws Exception {
        Path results = scoredArray();

        Run validate = Cli.run("validate", results.toString());

        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).isEmpty();
        assertThat(validate.err()).isEqualTo("1 file, 1 valid, 0 problems\n");
    }

    @Test
    @DisplayName("item 16a: validate locates a problem of a results array in its element")
    void validateLocatesAProblemInTheElementOfAResultsArray() throws Exception {
        Path results = scoredArray();
        String text = Files.readString(results);
        int second = text.indexOf("\"responseId\"", text.indexOf("\"responseId\"") + 1);
        String broken = text.substring(0, second) + "\"responseId\": 7, \"x-unknown\""
                + text.substring(second + "\"responseId\"".length());
        Files.writeString(results, broken);

        Run validate = Cli.run("validate", "--format", "json", results.toString());

        assertThat(validate.exitCode()).isEqualTo(1);
        JsonNode problems = MAPPER.readTree(validate.out());
        assertThat(problems.size()).isPositive();
        for (JsonNode problem : problems) {
            assertThat(problem.get("pointer").stringValue()).startsWith("/1/");
            assertThat(problem.get("line").intValue()).isGreaterThan(1);
        }
    }

    @Test
    @DisplayName("item 16b: score --format json prints the bad records' problems on stderr as one JSON array")
    void scoreAsJsonPrintsTheBadRecordsProblemsAsOneJsonArrayOnStandardError() throws Exception {
        String file = path(GUARDIAN_RESPONSES_WITH_A_BAD_LINE).toString();

        Run json = Cli.run("score", "--instrument", "guardian-survey", "--response", file, "--format", "json");
        Run text = Cli.run("score", "--instrument", "guardian-survey", "--response", file);

        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode problems = MAPPER.readTree(json.err());
        assertThat(problems.isArray()).isTrue();
        assertThat(problems.size()).isEqualTo(text.errLines().size() - 1);
        for (JsonNode problem : problems) {
            assertThat(problem.get("source").stringValue()).isEqualTo(file);
            assertThat(problem.get("line").intValue()).isEqualTo(BAD_LINE);
            assertThat(problem.get("severity").stringValue()).isEqualTo("error");
        }
        assertThat(json.err()).as("canonical, as validate --format json prints")
                .isEqualTo(Cli.run("validate", "--instrument", "guardian-survey", "--format", "json", file).out());
        assertThat(((SurveyResult) JSON.readResult(json.out(), "stdout")).responses().count()).isEqualTo(12);
        assertThat(JSON.readResult(json.out(), "stdout").responseCount()).isEqualTo(12);
    }

    @Test
    @DisplayName("item 16b: with --format json an empty stream is a problem in the JSON array")
    void scoreAsJsonOnAnEmptyStreamReportsItInTheJsonArray() throws Exception {
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "\n");

        Run json = Cli.run("score", "--instrument", "guardian-survey", "--response", empty.toString(), "--format",
                "json");

        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode problems = MAPPER.readTree(json.err());
        assertThat(problems.size()).isEqualTo(1);
        assertThat(problems.get(0).get("code").stringValue()).isEqualTo("empty-document");
    }

    @Test
    @DisplayName("item 16c: a file whose name says nothing is read as JSON Lines by its content")
    void jsonLinesInAFileWhoseNameSaysNothingAreReadAsAStream() throws Exception {
        Path unnamed = dir.resolve("responses");
        Files.copy(path(ExampleFiles.GUARDIAN_RESPONSES), unnamed);

        Run score = Cli.run("score", "--instrument", "guardian-survey", "--response", unnamed.toString());
        Run validate = Cli.run("validate", "--instrument", "guardian-survey", unnamed.toString());

        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(score.out()).contains("12 responses");
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.err()).isEqualTo("1 file, 1 valid, 0 problems, 12 records streamed (0 bad)\n");
    }
}
