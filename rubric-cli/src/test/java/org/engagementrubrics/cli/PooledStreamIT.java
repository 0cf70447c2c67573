package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.groups.GroupedTally;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 10 items 4 and 5: the packaged jar pools a stream of {@value #RESPONSES} guardian survey responses
 * under {@value #HEAP}, with and without {@code --by-group}, because a pooled stream is counted by a tally and
 * no response is kept (before, every checked response was kept until the end, and this stopped with exit 4
 * after about 34,000). The results are those of the library over the same file.
 */
@DisplayName("issue 10 items 4 and 5: a pooled stream in constant memory")
@Execution(ExecutionMode.CONCURRENT)
class PooledStreamIT {

    private static final Path JAR = Path.of("target", "rubric.jar");
    private static final long TIMEOUT_SECONDS = 600;
    private static final String HEAP = "-Xmx32m";
    private static final int RESPONSES = 300_000;
    private static final int FAMILIES = 5_000;
    private static final RubricJson JSON = RubricJson.defaults();

    @TempDir
    static Path dir;

    private static Path responses;
    private static Path roster;
    private static GroupedResult<SurveyResult> expected;

    @BeforeAll
    static void aLargeStreamARosterAndTheirResults() throws IOException {
        assertThat(JAR).as("run after 'package': ./mvnw -B verify").isRegularFile();
        responses = GeneratedResponses.guardianSurvey(dir.resolve("survey.jsonl"), RESPONSES, FAMILIES, 42L);
        roster = GeneratedResponses.guardianRoster(dir.resolve("roster.csv"), FAMILIES);
        Survey survey = SeedInstruments.guardianSurvey();
        PreparedInstrument<Survey, SurveyResult> prepared = ScoringEngine.defaults().prepare(survey);
        GroupedTally<SurveyResult> tally = GroupedTally.of(prepared, JSON.rosterReader().read(roster).roster());
        try (ResponseStream stream = JSON.responseReader(prepared).stream(responses)) {
            stream.forEachRemaining(record -> tally.add(record.checked()));
            assertThat(stream.good()).isEqualTo(RESPONSES);
        }
        expected = tally.result(SmallCellRule.defaults());
    }

    /** What a process printed, as a file, and its exit code and standard error. */
    record Result(int exitCode, Path out, String err) {
    }

    private static Result score(String name, String... options) throws IOException, InterruptedException {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                HEAP, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(),
                "score", "--instrument", "guardian-survey", "--response", responses.toString(), "--format", "json"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s; stderr so far: "
                    + Files.readString(err));
        }
        Result result = new Result(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
        return result;
    }

    @Test
    void thePooledResultOfTheWholeStreamIsPrintedUnderASmallHeap() throws Exception {
        Result result = score("pooled");

        ScoreResult pooled = JSON.readResult(Files.readString(result.out(), StandardCharsets.UTF_8), "stdout");
        assertThat(pooled).isEqualTo(expected.all());
        assertThat(pooled.responseCount()).isEqualTo(RESPONSES);
        assertThat(result.err()).isEqualTo("[]\n");
    }

    @Test
    void theResultsByGroupOfTheWholeStreamArePrintedUnderASmallHeap() throws Exception {
        Result result = score("by-group", "--by-group", "--roster", roster.toString());

        GroupedResult<SurveyResult> byGroup = JSON.readSurveyByGroup(result.out());
        assertThat(byGroup).isEqualTo(expected);
        assertThat(byGroup.respondents()).isEqualTo(FAMILIES);
        assertThat(byGroup.groups()).extracting(group -> group.getClass().getSimpleName())
                .contains("Shown", "Withheld");
        assertThat(result.err()).isEqualTo("[]\n");
    }
}
