package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.ExampleFiles.BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.FOUR_VERSIONS_TEAM;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES_WITH_A_BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.RUBRIC_AS_PRINTED;
import static org.engagementrubrics.cli.ExampleFiles.path;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.JsonSchemas;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the packaged {@code target/rubric.jar} as a user would, with the test JVM's {@code java}, each
 * process bounded by a timeout. The tests run concurrently (failsafe enables JUnit's parallel execution).
 */
@Execution(ExecutionMode.CONCURRENT)
class RubricJarIT {

    private static final Path JAR = Path.of("target", "rubric.jar");
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path dir;

    /** What a process printed and its exit code. */
    record Result(int exitCode, String out, String err) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("run after 'package': ./mvnw -B verify").isRegularFile();
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Test-only start-up speed-ups (the jar runs the same without them). */
    private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final AtomicInteger RUNS = new AtomicInteger();

    private static List<String> javaJar(String... args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(FAST_START);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        int n = RUNS.incrementAndGet();
        Path out = dir.resolve("out-" + n + ".txt");
        Path err = dir.resolve("err-" + n + ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s; stderr so far: "
                    + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Runs a command in a folder with standard input from a file, through a pipe as a shell would. */
    private static Result run(List<String> command, Path workingDirectory, Path stdin)
            throws IOException, InterruptedException {
        int n = RUNS.incrementAndGet();
        Path out = dir.resolve("out-" + n + ".txt");
        Path err = dir.resolve("err-" + n + ".txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                Files.copy(stdin, in);
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s; stderr so far: "
                    + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Result rubric(String... args) throws IOException, InterruptedException {
        Result result = run(javaJar(args));
        assertThat(result.err()).as("no stack trace from %s", List.of(args)).doesNotContain("\tat ");
        return result;
    }

    @Test
    void version() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = RubricCli.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        }

        Result result = rubric("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).isEqualTo("rubric " + properties.getProperty("version"));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void demoPrintsWhatTheReadmeSays() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Demo.run(new PrintStream(expected, true, StandardCharsets.UTF_8));

        Result result = rubric("demo");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
        assertThat(result.err()).isEmpty();

        List<String> demo = new ArrayList<>(List.of(java()));
        demo.addAll(FAST_START);
        demo.addAll(List.of("-cp", JAR.toString(), "org.engagementrubrics.cli.Demo"));
        Result demoMain = run(demo);
        assertThat(demoMain.exitCode()).isZero();
        assertThat(demoMain.outLines()).hasSameSizeAs(result.outLines());
        assertThat(demoMain.outLines().get(0)).isEqualTo(result.outLines().get(0));
    }

    @Test
    void validateReportsTheTwoSeedDefectsOfTheRubricAsPrinted() throws Exception {
        String file = path(RUBRIC_AS_PRINTED).toString();

        Result result = rubric("validate", file);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.outLines().get(0)).matches("\\Q" + file + "\\E:\\d+:\\d+: /stages/3/position: "
                + "\\[inconsistent-order\\] .+");
        assertThat(result.outLines().get(1)).matches("\\Q" + file + "\\E:\\d+:\\d+: /stages/3/label: "
                + "\\[duplicate-label\\] .+");
        assertThat(result.err()).isEqualTo("1 file, 0 valid, 2 problems" + System.lineSeparator());

        Result json = rubric("validate", "--format", "json", file);
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode problems = JsonMapper.builder().build().readTree(json.out());
        assertThat(problems.size()).isEqualTo(2);
        assertThat(problems.get(1).get("code").stringValue()).isEqualTo("duplicate-label");
    }

    @Test
    void scoreOnJsonLinesWithABadLineReportsItOnStandardErrorAndExitsOne() throws Exception {
        String file = path(GUARDIAN_RESPONSES_WITH_A_BAD_LINE).toString();

        Result result = rubric("score", "--instrument", "guardian-survey", "--response", file);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines().get(0)).startsWith("[guardian-survey@1.0.0 (sha256:").endsWith(", 12 responses, subject maple-grove-elementary]");
        assertThat(result.out()).contains("Engaging Families: 6 statements over 12 responses");
        assertThat(result.errLines()).hasSize(3);
        assertThat(result.errLines().subList(0, 2)).allMatch(line -> line.startsWith(file + ":" + BAD_LINE + ":"));
        assertThat(result.errLines().get(2)).isEqualTo(file + ": 13 records, 12 good, 1 bad");
        assertThat(result.err()).as("no progress line without a terminal").doesNotContain("\r");
    }

    @Test
    void scoreAsJsonPrintsTheResultDocument() throws Exception {
        Result result = rubric("score", "--instrument", "four-versions-of-partnerships", "--response",
                path(FOUR_VERSIONS_TEAM).toString(), "--format", "json", "--tie-policy", "higher-level");

        assertThat(result.exitCode()).isZero();
        ArchetypeResult scored = (ArchetypeResult) RubricJson.defaults().readResult(result.out(), "stdout");
        assertThat(List.of(scored.responseId(), scored.subjectId(), scored.raterId()))
                .containsExactly("four-versions-team-2026-10", "maple-grove-elementary", "maple-grove-engagement-team");
    }

    @Test
    void catalogList() throws Exception {
        Result result = rubric("catalog", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(7);
        assertThat(result.outLines().get(0)).matches("ID +VERSION +KIND +TITLE +ERRATA +FINGERPRINT");
        assertThat(result.outLines().get(6)).startsWith("guardian-survey ")
                .endsWith(Catalog.bundled().instrument("guardian-survey").fingerprint().toString());
    }

    @Test
    void schemaSurvey() throws Exception {
        Result result = rubric("schema", "survey");

        assertThat(result.exitCode()).isZero();
        String schema = JsonSchemas.schema("survey");
        assertThat(result.out()).isEqualTo(schema.endsWith("\n") ? schema : schema + "\n");
    }

    @Test
    void badInputAndUsageErrorsHaveTheirExitCodes() throws Exception {
        Result missing = rubric("validate", dir.resolve("missing.json").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).contains("[unreadable] cannot be read (no such file)");

        Result unknown = rubric("score", "--instrument", "nope", "--response", path(FOUR_VERSIONS_TEAM).toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("rubric: no instrument 'nope' in the catalog; known: [");

        Result none = rubric();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: rubric ");

        Path missingResponse = dir.resolve("missing-response.json");
        Result plain = rubric("score", "--instrument", "guardian-survey", "--response", missingResponse.toString());
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err()).isEqualTo(missingResponse + ": [unreadable] cannot be read (no such file)"
                + System.lineSeparator());
        Result debug = run(javaJar("--debug", "score", "--instrument", "guardian-survey", "--response",
                missingResponse.toString()));
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).startsWith(plain.err()).contains("FormatException").contains("\tat ");
    }

    /** Issue 9 item 16c: JSON Lines through a real pipe, named {@code /dev/stdin}, are read as a stream. */
    @Test
    void jsonLinesThroughAPipeAreReadAsAStream() throws Exception {
        Path responses = path(GUARDIAN_RESPONSES).toAbsolutePath();

        Result score = run(javaJar("score", "--instrument", "guardian-survey", "--response", "/dev/stdin"),
                Path.of("."), responses);
        Result validate = run(javaJar("validate", "--instrument", "guardian-survey", "/dev/stdin"), Path.of("."),
                responses);

        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(score.outLines().get(0)).endsWith(", 12 responses, subject maple-grove-elementary]");
        assertThat(score.err()).isEqualTo("/dev/stdin: 12 records, 12 good, 0 bad" + System.lineSeparator());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.err()).isEqualTo("1 file, 1 valid, 0 problems, 12 records streamed (0 bad)"
                + System.lineSeparator());
    }

    /**
     * Issue 9 item 16d: every command of the README's vendor section runs as shown, from the repository's
     * root, with {@code my-rubric.json} a valid instrument (the guardian survey as the catalog holds it) and
     * {@code responses.jsonl} the sample responses to it.
     */
    @Test
    void theReadmeVendorCommandsRunAsShown() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        int section = readme.indexOf("### For a data vendor");
        String block = readme.substring(readme.indexOf("```sh\n", section) + 6, readme.indexOf("```\n",
                readme.indexOf("```sh\n", section) + 6));
        Path work = Files.createDirectories(dir.resolve("vendor"));
        Files.writeString(work.resolve("my-rubric.json"),
                RubricJson.defaults().write(Catalog.bundled().instrument("guardian-survey")));
        Files.copy(path(GUARDIAN_RESPONSES), work.resolve("responses.jsonl"));
        Files.createDirectories(work.resolve("examples"));
        Files.copy(path(GUARDIAN_RESPONSES), work.resolve("examples").resolve(GUARDIAN_RESPONSES));
        Files.createDirectories(work.resolve("rubric-cli").resolve("target"));
        Files.copy(JAR, work.resolve("rubric-cli").resolve("target").resolve("rubric.jar"));

        List<String> commands = block.lines().map(String::strip).filter(line -> line.startsWith("java -jar "))
                .map(line -> line.replaceFirst("\\s+#.*$", "")).toList();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(6)
                .anyMatch(line -> line.contains("validate --instrument my-rubric.json responses.jsonl"))
                .anyMatch(line -> line.contains("validate --instrument guardian-survey examples/" + GUARDIAN_RESPONSES));
        for (String line : commands) {
            String[] redirect = line.split("\\s+>\\s+");
            List<String> words = new ArrayList<>(List.of(redirect[0].split("\\s+")));
            assertThat(words.subList(0, 3)).isEqualTo(List.of("java", "-jar", "rubric-cli/target/rubric.jar"));
            Result result = run(javaJar(words.subList(3, words.size()).toArray(String[]::new)).stream()
                    .map(word -> word.equals(JAR.toString()) ? "rubric-cli/target/rubric.jar" : word).toList(),
                    work, null);
            assertThat(result.exitCode()).as("%s%n%s%s", line, result.out(), result.err()).isZero();
            assertThat(result.err()).as(line).doesNotContain("\tat ");
            if (line.contains("--instrument my-rubric.json") || line.contains("--instrument guardian-survey")) {
                assertThat(result.err()).as(line).endsWith("12 records streamed (0 bad)" + System.lineSeparator());
            }
            if (redirect.length > 1) {
                assertThat(result.out()).as(line).startsWith("{");
            }
        }
    }
}
