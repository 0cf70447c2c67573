package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.ExampleFiles.BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.FOUR_VERSIONS_TEAM;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES_WITH_A_BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.RUBRIC_AS_PRINTED;
import static org.engagementrubrics.cli.ExampleFiles.path;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    private static final String PROBLEM = "^(.+):(\\d+):(\\d+): (/\\S*): \\[([a-z-]+)\\] (.+)$";

    @TempDir
    Path dir;

    @Test
    void theRubricAsPrintedHasTwoLocatedProblems() {
        Run run = Cli.run("validate", path(RUBRIC_AS_PRINTED).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2).allMatch(line -> line.matches(PROBLEM))
                .allMatch(line -> line.startsWith(path(RUBRIC_AS_PRINTED) + ":"));
        assertThat(run.out()).contains(": /stages/3/position: [inconsistent-order] ")
                .contains(": /stages/3/label: [duplicate-label] ");
        assertThat(run.err()).isEqualTo("1 file, 0 valid, 2 problems\n");
    }

    @Test
    void validFilesPrintNothingAndExitZero() {
        Run run = Cli.run("validate", path(FOUR_VERSIONS_TEAM).toString(), path(GUARDIAN_RESPONSES).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("2 files, 2 valid, 0 problems, 12 records streamed (0 bad)\n");
    }

    @Test
    void aJsonLinesFileWithABadLineIsLocatedByTheLineInTheFile() {
        Run run = Cli.run("validate", path(GUARDIAN_RESPONSES_WITH_A_BAD_LINE).toString(),
                path(RUBRIC_AS_PRINTED).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 2)).allMatch(line -> line.startsWith(
                path(GUARDIAN_RESPONSES_WITH_A_BAD_LINE) + ":" + BAD_LINE + ":"));
        assertThat(lines.get(0)).contains("/comment: [unknown-field] field 'comment' is not part of a response");
        assertThat(lines.get(1)).contains("/evidence/byItem/survey-2: [unknown-kind] 'survey-2' is the string \"mostly true\"");
        assertThat(run.err()).isEqualTo("2 files, 0 valid, 4 problems, 13 records streamed (1 bad)\n");
    }

    @Test
    void aJsonArrayOfResponsesIsStreamedToo() throws Exception {
        RubricJson json = RubricJson.defaults();
        Path file = dir.resolve("responses.json");
        Files.writeString(file, "[\n" + json.writeLine(SampleResponses.fourVersionsTeam()) + ",\n"
                + "{\"format\": \"engagement-rubrics/1.0\", \"kind\": \"response\"}\n]\n");

        Run run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).isNotEmpty().allMatch(line -> line.startsWith(file + ":3:"))
                .allMatch(line -> line.contains("[missing]"));
        assertThat(run.err()).endsWith(", 2 records streamed (1 bad)\n");
    }

    @Test
    void responsesAreValidatedAgainstAnInstrumentByIdOrByFile() throws Exception {
        String team = path(FOUR_VERSIONS_TEAM).toString();
        assertThat(Cli.run("validate", "--instrument", "four-versions-of-partnerships", team).exitCode()).isZero();

        Path instrument = dir.resolve("four-versions.json");
        Files.writeString(instrument, Catalog.bundledFile("four-versions-of-partnerships"));
        assertThat(Cli.run("validate", "--instrument", instrument.toString(), team).exitCode()).isZero();

        Run mismatch = Cli.run("validate", "--instrument", "guardian-survey", team);
        assertThat(mismatch.exitCode()).isEqualTo(1);
        assertThat(mismatch.out()).contains(team + ":5:19: /instrumentId: [instrument-mismatch] ");
        assertThat(mismatch.outLines()).allMatch(line -> line.matches(PROBLEM));

        Run stream = Cli.run("validate", "--instrument", "four-versions-of-partnerships", path(GUARDIAN_RESPONSES)
                .toString());
        assertThat(stream.exitCode()).isEqualTo(1);
        assertThat(stream.outLines()).hasSizeGreaterThanOrEqualTo(12).allMatch(line -> line.contains("[instrument-mismatch]")
                || line.contains("[unknown-reference]"));
        assertThat(stream.err()).endsWith(", 12 records streamed (12 bad)\n");
    }

    @Test
    void aDocumentOfAnotherKindIsValidatedAsWhatItIsWhenAnInstrumentIsGiven() {
        Run run = Cli.run("validate", "--instrument", "family-engagement-rubric", path(RUBRIC_AS_PRINTED).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
    }

    @Test
    void anInvalidInstrumentFileIsReportedFirst() {
        Run run = Cli.run("validate", "--instrument", path(RUBRIC_AS_PRINTED).toString(),
                path(FOUR_VERSIONS_TEAM).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2).allMatch(line -> line.startsWith(path(RUBRIC_AS_PRINTED) + ":"));
        assertThat(run.err()).isEqualTo("rubric: the instrument " + path(RUBRIC_AS_PRINTED)
                + " has 2 problems; fix it first\n");
    }

    @Test
    void anUnknownInstrumentIdIsAUsageErrorNamingTheKnownIds() {
        Run run = Cli.run("validate", "--instrument", "no-such-rubric", path(FOUR_VERSIONS_TEAM).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).isEqualTo("rubric: no instrument 'no-such-rubric' in the catalog; known: "
                + "[family-engagement-rubric, four-versions-of-partnerships, school-conditions-personalized-learning, "
                + "district-two-way-communication, student-centered-checklist, guardian-survey]; or give a file path "
                + "(see 'rubric catalog list')");
        assertThat(run.errLines().get(1)).isEqualTo("Try 'rubric validate --help' for more information.");
    }

    @Test
    void aMissingFileADirectoryAndAnEmptyFileAreProblemsNotCrashes() throws Exception {
        Path missing = dir.resolve("missing.json");
        Path missingStream = dir.resolve("missing.jsonl");
        Path empty = Files.createFile(dir.resolve("empty.json"));
        Path emptyStream = Files.createFile(dir.resolve("empty.jsonl"));
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n\n");

        Run run = Cli.run("validate", missing.toString(), missingStream.toString(), dir.toString(), empty.toString(),
                emptyStream.toString(), blank.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                missing + ": [unreadable] cannot be read (no such file)",
                missingStream + ": [unreadable] cannot be read (no such file)",
                dir + ": [unreadable] is a directory; expected a JSON file",
                empty + ": [empty-document] the input holds no JSON value; expected one JSON object",
                emptyStream + ": [empty-document] holds no responses; expected one response document per line, "
                        + "or a JSON array of responses",
                blank + ": [empty-document] holds no responses; expected one response document per line, "
                        + "or a JSON array of responses");
        assertThat(run.err()).isEqualTo("6 files, 0 valid, 6 problems\n");
    }

    @Test
    void anUnreadableFileIsAProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("locked.json"), "{}");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeTrue(!Files.isReadable(file), "the file stays readable (running as root)");

        Run run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(file + ": [unreadable] cannot be read (");
        Files.setPosixFilePermissions(file, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                java.nio.file.attribute.PosixFilePermission.OWNER_READ));
    }

    @Test
    void jsonFormatPrintsAnArrayOfProblemObjects() throws Exception {
        Run text = Cli.run("validate", path(RUBRIC_AS_PRINTED).toString(), path(GUARDIAN_RESPONSES_WITH_A_BAD_LINE)
                .toString());
        Run json = Cli.run("validate", "--format", "json", path(RUBRIC_AS_PRINTED).toString(),
                path(GUARDIAN_RESPONSES_WITH_A_BAD_LINE).toString());

        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.err()).isEqualTo(text.err());
        JsonNode array = JsonMapper.builder().build().readTree(json.out());
        assertThat(array.isArray()).isTrue();
        List<String> asText = new ArrayList<>();
        for (JsonNode problem : array) {
            assertThat(problem.propertyNames()).containsExactly("source", "pointer", "line", "column", "code",
                    "message", "severity");
            assertThat(problem.get("severity").stringValue()).isEqualTo("error");
            asText.add(problem.get("source").stringValue() + ":" + problem.get("line").intValue() + ":"
                    + problem.get("column").intValue() + ": "
                    + (problem.get("pointer").stringValue().isEmpty() ? "/" : problem.get("pointer").stringValue())
                    + ": [" + problem.get("code").stringValue() + "] " + problem.get("message").stringValue());
        }
        assertThat(asText).containsExactlyElementsOf(text.outLines());
        assertThat(json.out()).startsWith("[\n  {\n    \"source\": ").endsWith("\n  }\n]\n").doesNotContain("\r");
    }

    @Test
    void jsonFormatOfValidFilesIsAnEmptyArray() {
        Run run = Cli.run("validate", "--format=JSON", path(FOUR_VERSIONS_TEAM).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("[]\n");
    }

    @Test
    void usageErrorsExitTwo() {
        Run noFile = Cli.run("validate");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).startsWith("rubric: Missing required parameter: 'FILE'");

        Run badFormat = Cli.run("validate", "--format", "xml", path(FOUR_VERSIONS_TEAM).toString());
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format").contains("xml");
    }

    @Test
    void aFileWithABomAndCrlfLineEndsIsStillAStream() throws Exception {
        RubricJson json = RubricJson.defaults();
        Path file = dir.resolve("responses.txt");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(file, bom);
        Files.writeString(file, " [" + json.writeLine(SampleResponses.fourVersionsTeam()) + "]\r\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        Run run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("1 file, 1 valid, 0 problems, 1 record streamed (0 bad)\n");
    }
}
