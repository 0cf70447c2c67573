package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 10, item 2: the packaged jar scores a stream on a per-response kind in constant memory, printing each
 * result as it is made. {@value #RESPONSES} responses under {@value #HEAP} (before, every result was kept until
 * the end, and this ran out of memory: exit 3); the output is byte for byte what writing the same results at once
 * gives.
 */
@Execution(ExecutionMode.CONCURRENT)
class LargeStreamIT {

    private static final Path JAR = Path.of("target", "rubric.jar");
    private static final long TIMEOUT_SECONDS = 120;
    private static final String HEAP = "-Xmx16m";
    private static final int RESPONSES = 5_000;
    private static final RubricJson JSON = RubricJson.defaults();

    @TempDir
    static Path dir;

    private static Path responses;
    private static List<ScoreResult> expected;

    /** What a process printed, as files (the outputs are tens of megabytes), and its exit code. */
    record Result(int exitCode, Path out, String err) {
    }

    @BeforeAll
    static void aLargeStreamAndItsResults() throws IOException {
        assertThat(JAR).as("run after 'package': ./mvnw -B verify").isRegularFile();
        responses = GeneratedResponses.fourVersions(dir.resolve("responses.jsonl"), RESPONSES, 20261130L);
        PreparedInstrument<Instrument, ScoreResult> prepared = ScoringEngine.defaults()
                .prepare((Instrument) SeedInstruments.fourVersions());
        List<ScoreResult> results = new ArrayList<>();
        try (ResponseStream stream = JSON.responseReader(prepared).stream(responses)) {
            stream.forEachRemaining(record -> results.add(prepared.score(record.checked())));
        }
        assertThat(results).hasSize(RESPONSES);
        expected = List.copyOf(results);
    }

    private static Result score(String format) throws IOException, InterruptedException {
        Path out = dir.resolve("out." + format);
        Path err = dir.resolve("err." + format);
        List<String> command = List.of(ProcessHandle.current().info().command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                HEAP, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(),
                "score", "--instrument", "four-versions-of-partnerships", "--response", responses.toString(),
                "--format", format);
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
    void jsonIsTheArrayThatWriteResultsWrites() throws Exception {
        Result result = score("json");

        assertThat(Files.readString(result.out(), StandardCharsets.UTF_8)).isEqualTo(JSON.writeResults(expected));
        assertThat(result.err()).isEqualTo("[]\n");
    }

    @Test
    void jsonLinesHoldOneCompactResultPerLineThatReadsBack() throws Exception {
        Result result = score("jsonl");

        List<String> lines = Files.readAllLines(result.out(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(RESPONSES);
        for (int i = 0; i < RESPONSES; i++) {
            assertThat(lines.get(i)).as("line %d", i + 1).isEqualTo(JSON.writeLine(expected.get(i)));
        }
        assertThat(JSON.readResult(lines.get(RESPONSES - 1), "last line")).isEqualTo(expected.get(RESPONSES - 1));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void textIsEachResultInFileOrder() throws Exception {
        Result result = score("text");

        StringBuilder text = new StringBuilder();
        for (ScoreResult each : expected) {
            text.append('[').append(each.instrument()).append(", response ").append(((ArchetypeResult) each).responseId())
                    .append(" (subject ").append(((ArchetypeResult) each).subjectId()).append(", rater ")
                    .append(((ArchetypeResult) each).raterId()).append(")]\n").append(each.explanation().toText()).append('\n');
        }
        assertThat(Files.readString(result.out(), StandardCharsets.UTF_8)).isEqualTo(text.toString());
        assertThat(result.err()).isEqualTo(responses + ": 5000 records, 5000 good, 0 bad\n");
    }
}
