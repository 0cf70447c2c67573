package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.ExampleFiles.BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.FOUR_VERSIONS_TEAM;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES_WITH_A_BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.RUBRIC_AS_PRINTED;
import static org.engagementrubrics.cli.ExampleFiles.path;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreCommandTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path file(String name, Response response) throws Exception {
        return Files.writeString(dir.resolve(name), JSON.write(response));
    }

    private Path lines(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void aMatrixResponseIsScoredAndExplained() {
        ScoreResult expected = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());

        Run run = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response",
                path(FOUR_VERSIONS_TEAM).toString());

        assertThat(run.exitCode()).isZero();
        Response team = SampleResponses.fourVersionsTeam();
        assertThat(run.out()).isEqualTo("[" + expected.instrument() + ", response " + team.id() + " (subject "
                + team.subjectId() + ", rater " + team.raterId() + ")]\n" + expected.explanation().toText() + "\n");
        assertThat(run.outLines().get(0)).endsWith(", response four-versions-team-2026-10 (subject maple-grove-elementary,"
                + " rater maple-grove-engagement-team)]");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonFormatPrintsTheResultDocument() {
        ScoreResult expected = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());

        Run run = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response",
                path(FOUR_VERSIONS_TEAM).toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(JSON.write(expected));
        assertThat(JSON.readResult(run.out(), "out")).isEqualTo(expected);
    }

    @Test
    void theTiePolicyIsApplied() throws Exception {
        Path tie = file("tie.json", SampleResponses.fourVersionsWithTie());
        for (String policy : List.of("report", "lower-level", "higher-level")) {
            ScoreResult expected = ENGINE.withTiePolicy(TiePolicies.byName(policy))
                    .score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsWithTie());

            Run run = Cli.run("explain", "--instrument", "four-versions-of-partnerships", "--response", tie.toString(),
                    "--tie-policy", policy);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).as(policy).isEqualTo(expected.explanation().toText());
        }
        assertThat(Cli.run("explain", "--instrument", "four-versions-of-partnerships", "--response", tie.toString(),
                "--tie-policy", "lower-level").out()).isNotEqualTo(Cli.run("explain", "--instrument",
                        "four-versions-of-partnerships", "--response", tie.toString()).out());
    }

    @Test
    void theStagePlacementIsApplied() throws Exception {
        Path team = file("team.json", SampleResponses.familyEngagementTeam());
        for (String placement : List.of("best-fit-count", "best-fit-share", "cumulative:0.5", "cumulative:1")) {
            ScoreResult expected = ENGINE.withStagePlacement(StagePlacements.byName(placement))
                    .score(SeedInstruments.familyEngagementRubric(), SampleResponses.familyEngagementTeam());

            Run run = Cli.run("score", "--instrument", "family-engagement-rubric", "--response", team.toString(),
                    "--placement", placement, "--format", "json");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).as(placement).isEqualTo(JSON.write(expected));
        }
    }

    @Test
    void aStreamOnAPooledKindGivesOneResultAndTheBadRecordsOnStandardError() {
        ScoreResult expected = ENGINE.summarize(SeedInstruments.guardianSurvey(), SampleResponses.guardianSurveyResponses());
        Path file = path(GUARDIAN_RESPONSES_WITH_A_BAD_LINE);

        Run run = Cli.run("score", "--instrument", "guardian-survey", "--response", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("[" + expected.instrument() + ", 12 responses, subject maple-grove-elementary]\n"
                + expected.explanation().toText() + "\n");
        assertThat(run.errLines()).hasSize(3);
        assertThat(run.errLines().get(0)).startsWith(file + ":" + BAD_LINE + ":")
                .contains("/comment: [unknown-field]");
        assertThat(run.errLines().get(1)).startsWith(file + ":" + BAD_LINE + ":")
                .contains("/evidence/byItem/survey-2: [unknown-kind]");
        assertThat(run.errLines().get(2)).isEqualTo(file + ": 13 records, 12 good, 1 bad");
        assertThat(run.err()).doesNotContain("\r");

        Run json = Cli.run("score", "--instrument", "guardian-survey", "--response", file.toString(), "--format", "json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).isEqualTo(JSON.write(expected));
        // issue 9 item 16: with --format json the same problems go to stderr as one JSON array, without the counts
        JsonNode problems = MAPPER.readTree(json.err());
        assertThat(problems.valueStream().map(problem -> problem.get("source").stringValue() + ":"
                + problem.get("line").intValue() + ":" + problem.get("column").intValue() + ": "
                + problem.get("pointer").stringValue() + ": [" + problem.get("code").stringValue() + "] "
                + problem.get("message").stringValue()).toList()).isEqualTo(run.errLines().subList(0, 2));
    }

    @Test
    void aCleanStreamExitsZeroAndStillReportsTheCounts() {
        Path file = path(GUARDIAN_RESPONSES);

        Run run = Cli.run("explain", "--instrument", "guardian-survey", "--response", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(ENGINE.summarize(SeedInstruments.guardianSurvey(),
                SampleResponses.guardianSurveyResponses()).explanation().toText());
        assertThat(run.err()).isEqualTo(file + ": 12 records, 12 good, 0 bad\n");
    }

    @Test
    void aStreamOnAMatrixGivesOneResultPerGoodResponse() throws Exception {
        Path file = lines("matrix.jsonl", JSON.writeLine(SampleResponses.fourVersionsTeam()), "{not json",
                JSON.writeLine(SampleResponses.fourVersionsWithTie()));
        ScoreResult team = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());
        ScoreResult tie = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsWithTie());

        Run text = Cli.run("explain", "--instrument", "four-versions-of-partnerships", "--response", file.toString());
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).isEqualTo(team.explanation().toText() + "\n" + tie.explanation().toText());
        assertThat(text.errLines()).hasSize(2);
        assertThat(text.errLines().get(0)).startsWith(file + ":2:").contains("[syntax]");
        assertThat(text.errLines().get(1)).isEqualTo(file + ": 3 records, 2 good, 1 bad");

        Run json = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response", file.toString(),
                "--format", "json");
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode array = MAPPER.readTree(json.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0)).isEqualTo(MAPPER.readTree(JSON.write(team)));
        assertThat(array.get(1)).isEqualTo(MAPPER.readTree(JSON.write(tie)));
        assertThat(JSON.readResult(MAPPER.writeValueAsString(array.get(1)), "element")).isEqualTo(tie);
        assertThat(json.out()).startsWith("[\n  {\n    \"format\": \"engagement-rubrics/2.0\",").endsWith("\n]\n");
        // issue 10 item 2: written one result at a time, the same bytes as writing them all at once
        assertThat(json.out()).isEqualTo(JSON.writeResults(List.of(team, tie)));
    }

    @Test
    void aJsonArrayOfResponsesIsAStream() throws Exception {
        Path file = Files.writeString(dir.resolve("responses.json"), "[" + JSON.writeLine(SampleResponses.fourVersionsTeam())
                + "]");

        Run run = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response", file.toString(),
                "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(MAPPER.readTree(run.out()).size()).isEqualTo(1);
        assertThat(run.err()).as("issue 9 item 16: no bad record, an empty JSON array of problems").isEqualTo("[]\n");
        Run text = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response", file.toString());
        assertThat(text.err()).isEqualTo(file + ": 1 record, 1 good, 0 bad\n");
    }

    @Test
    void aSingleResponseOnAPooledKindIsSummarized() throws Exception {
        Path file = file("visit.json", SampleResponses.checklistVisit());
        ScoreResult expected = ENGINE.score(SeedInstruments.studentCenteredChecklist(), SampleResponses.checklistVisit());

        Run run = Cli.run("explain", "--instrument", "student-centered-checklist", "--response", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(expected.explanation().toText());
    }

    @Test
    void theInstrumentMayBeAFile() throws Exception {
        Path instrument = Files.writeString(dir.resolve("survey.json"), Catalog.bundledFile("guardian-survey"));

        Run run = Cli.run("explain", "--instrument", instrument.toString(), "--response", path(GUARDIAN_RESPONSES)
                .toString());

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void progressIsShownOnlyOnATerminal() {
        String[] args = {"score", "--instrument", "guardian-survey", "--response", path(GUARDIAN_RESPONSES).toString()};

        Run terminal = Cli.run(true, args);
        Run redirected = Cli.run(false, args);

        assertThat(terminal.err()).contains("\rreading " + path(GUARDIAN_RESPONSES) + ": 1 record (0 bad)")
                .endsWith("\r" + path(GUARDIAN_RESPONSES) + ": 12 records, 12 good, 0 bad\n");
        assertThat(redirected.err()).doesNotContain("\r").doesNotContain("reading");
        assertThat(terminal.out()).isEqualTo(redirected.out());
    }

    @Test
    void aStreamWithoutAGoodResponseHasNothingToScore() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));

        Run run = Cli.run("score", "--instrument", "guardian-survey", "--response", empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(empty + ": 0 records, 0 good, 0 bad\n"
                + "rubric: " + empty + " holds no good response; nothing to score\n");
    }

    @Test
    void badInputIsOneLinePerProblemAndExitOne() throws Exception {
        Path missing = dir.resolve("missing.json");
        Run run = Cli.run("score", "--instrument", "guardian-survey", "--response", missing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(missing + ": [unreadable] cannot be read (no such file)\n");
        assertThat(run.out()).isEmpty();

        Run directory = Cli.run("score", "--instrument", "guardian-survey", "--response", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(1);
        assertThat(directory.err()).isEqualTo(dir + ": [unreadable] is a directory; expected a JSON file\n");

        Path empty = Files.createFile(dir.resolve("empty.json"));
        Run emptyRun = Cli.run("score", "--instrument", "guardian-survey", "--response", empty.toString());
        assertThat(emptyRun.exitCode()).isEqualTo(1);
        assertThat(emptyRun.err()).contains("[empty-document]");

        Run mismatch = Cli.run("score", "--instrument", "guardian-survey", "--response", path(FOUR_VERSIONS_TEAM).toString());
        assertThat(mismatch.exitCode()).isEqualTo(1);
        assertThat(mismatch.errLines()).isNotEmpty().allMatch(line -> line.startsWith(path(FOUR_VERSIONS_TEAM) + ":"));

        Run badInstrument = Cli.run("score", "--instrument", path(RUBRIC_AS_PRINTED).toString(), "--response",
                path(FOUR_VERSIONS_TEAM).toString());
        assertThat(badInstrument.exitCode()).isEqualTo(1);
        assertThat(badInstrument.errLines()).hasSize(2).allMatch(line -> line.startsWith(path(RUBRIC_AS_PRINTED) + ":"));

        Path missingInstrument = dir.resolve("nowhere.json");
        Run noInstrument = Cli.run("explain", "--instrument", missingInstrument.toString(), "--response",
                path(FOUR_VERSIONS_TEAM).toString());
        assertThat(noInstrument.exitCode()).isEqualTo(1);
        assertThat(noInstrument.err()).isEqualTo(missingInstrument + ": [unreadable] cannot be read (no such file)\n");
    }

    @Test
    void aDocumentOfAnotherKindIsNotScoredAsAResponse() throws Exception {
        Path survey = Files.writeString(dir.resolve("survey.json"), Catalog.bundledFile("guardian-survey"));

        Run run = Cli.run("score", "--instrument", "guardian-survey", "--response", survey.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith(survey + ":")
                .endsWith(": /kind: [unknown-kind] 'kind' is the string \"survey\", which is not read here; expected "
                        + "one of [response]");
    }

    @Test
    void usageErrorsExitTwo() {
        String team = path(FOUR_VERSIONS_TEAM).toString();

        Run unknown = Cli.run("score", "--instrument", "four-versions", "--response", team);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("rubric: no instrument 'four-versions' in the catalog; known: [")
                .contains("; or give a file path");

        Run noResponse = Cli.run("score", "--instrument", "four-versions-of-partnerships");
        assertThat(noResponse.exitCode()).isEqualTo(2);
        assertThat(noResponse.err()).startsWith("rubric: Missing required option: '--response=FILE'");

        Run tie = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response", team, "--tie-policy",
                "coin-toss");
        assertThat(tie.exitCode()).isEqualTo(2);
        assertThat(tie.err()).startsWith("rubric: Invalid value for option '--tie-policy': unknown tie policy 'coin-toss'");

        Run placement = Cli.run("explain", "--instrument", "family-engagement-rubric", "--response", team, "--placement",
                "cumulative:0");
        assertThat(placement.exitCode()).isEqualTo(2);
        assertThat(placement.err()).startsWith("rubric: Invalid value for option '--placement': threshold must be greater");

        Run notANumber = Cli.run("explain", "--instrument", "family-engagement-rubric", "--response", team,
                "--placement", "cumulative:half");
        assertThat(notANumber.exitCode()).isEqualTo(2);

        Run format = Cli.run("explain", "--instrument", "family-engagement-rubric", "--response", team, "--format", "json");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).startsWith("rubric: Unknown options: '--format', 'json'");
    }

    // ----- issue 10 item 2: results written as they are made; JSON Lines ---------------------------------------

    @Test
    void jsonLinesPrintOneCompactResultPerLineAndOneCompactProblemPerLine() throws Exception {
        Path file = lines("matrix.jsonl", JSON.writeLine(SampleResponses.fourVersionsTeam()), "{not json", "{}",
                JSON.writeLine(SampleResponses.fourVersionsWithTie()));
        ScoreResult team = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());
        ScoreResult tie = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsWithTie());

        Run run = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response", file.toString(),
                "--format", "jsonl");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(JSON.writeLine(team) + "\n" + JSON.writeLine(tie) + "\n");
        assertThat(run.outLines()).extracting(line -> JSON.readResult(line, "line")).containsExactly(team, tie);
        Run json = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response", file.toString(),
                "--format", "json");
        JsonNode problems = MAPPER.readTree(json.err());
        assertThat(problems.size()).as("line 2 and line 3").isGreaterThanOrEqualTo(2);
        assertThat(run.errLines()).as("the problems of --format json, one compact object per line, no counts")
                .hasSize(problems.size()).allMatch(line -> line.startsWith("{\"source\":") && !line.contains(": "));
        for (int i = 0; i < problems.size(); i++) {
            assertThat(MAPPER.readTree(run.errLines().get(i))).isEqualTo(problems.get(i));
        }
        assertThat(run.errLines().get(0)).contains("\"line\":2,").contains("\"code\":\"syntax\"");
    }

    @Test
    void jsonLinesOfASingleDocumentOrAPooledKindAreOneLine() throws Exception {
        ScoreResult team = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());
        Run single = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response",
                path(FOUR_VERSIONS_TEAM).toString(), "--format", "jsonl");
        assertThat(single.exitCode()).isZero();
        assertThat(single.out()).isEqualTo(JSON.writeLine(team) + "\n");
        assertThat(single.err()).isEmpty();

        ScoreResult pooled = ENGINE.summarize(SeedInstruments.guardianSurvey(), SampleResponses.guardianSurveyResponses());
        Path file = path(GUARDIAN_RESPONSES_WITH_A_BAD_LINE);
        Run survey = Cli.run("score", "--instrument", "guardian-survey", "--response", file.toString(), "--format",
                "jsonl");
        assertThat(survey.exitCode()).isEqualTo(1);
        assertThat(survey.out()).isEqualTo(JSON.writeLine(pooled) + "\n");
        assertThat(survey.errLines()).hasSize(2).allMatch(line -> line.startsWith("{\"source\":\"" + file + "\",")
                && line.contains("\"line\":" + BAD_LINE + ","));
    }

    @Test
    void anEmptyStreamInJsonLinesIsOneEmptyDocumentProblem() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));

        Run run = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response", empty.toString(),
                "--format", "jsonl");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("{\"source\":\"" + empty + "\",\"pointer\":\"\",\"line\":0,\"column\":0,"
                + "\"code\":\"empty-document\",\"message\":\"holds no responses; nothing to score\","
                + "\"severity\":\"error\"}\n");
        Run json = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response", empty.toString(),
                "--format", "json");
        assertThat(json.out()).isEqualTo("[]\n");
        assertThat(MAPPER.readTree(json.err()).get(0)).isEqualTo(MAPPER.readTree(run.err()));
    }

    /** Standard error that notes what standard output held when the first problem was printed. */
    private static final class Watching extends java.io.Writer {
        private final StringWriter out;
        private final StringWriter text = new StringWriter();
        private String outAtFirstProblem;

        Watching(StringWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (outAtFirstProblem == null) {
                outAtFirstProblem = out.toString();
            }
            text.write(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void eachResultIsPrintedBeforeTheNextRecordIsRead() throws Exception {
        Path file = lines("matrix.jsonl", JSON.writeLine(SampleResponses.fourVersionsTeam()), "{not json",
                JSON.writeLine(SampleResponses.fourVersionsWithTie()));
        ScoreResult team = ENGINE.score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());
        for (String format : List.of("text", "json", "jsonl")) {
            CommandLine commandLine = RubricCli.commandLine(() -> false);
            StringWriter out = new StringWriter();
            Watching err = new Watching(out);
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));

            int exitCode = commandLine.execute("score", "--instrument", "four-versions-of-partnerships", "--response",
                    file.toString(), "--format", format);

            assertThat(exitCode).isEqualTo(1);
            String first = switch (format) {
                case "text" -> "[" + team.instrument() + ", response " + ((ArchetypeResult) team).responseId() + " (subject "
                        + ((ArchetypeResult) team).subjectId() + ", rater " + ((ArchetypeResult) team).raterId()
                        + ")]\n"
                        + team.explanation().toText() + "\n";
                case "json" -> JSON.writeResults(List.of(team)).substring(0, JSON.writeResults(List.of(team))
                        .length() - "\n]\n".length());
                default -> JSON.writeLine(team) + "\n";
            };
            assertThat(err.outAtFirstProblem).as("%s: standard output when line 2 was reported", format)
                    .isEqualTo(first);
            assertThat(err.text.toString()).containsPattern(format.equals("text") ? "\\Q" + file + ":2:\\E.*\\[syntax\\]"
                    : "\"line\": ?2,[^}]*\"code\": ?\"syntax\"").doesNotContain("\tat ");
        }
    }
}
