package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher {@code bin/rubric} (class-data-sharing archive, client compiler) prints, and exits with, exactly
 * what {@code java -jar target/rubric.jar} does, with the same JDK.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "rubric");
    private static final Path JAR = Path.of("target", "rubric.jar");
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path dir;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("run after 'package': ./mvnw -B verify").isRegularFile();
        assertThat(LAUNCHER).isExecutable();
    }

    static List<List<String>> arguments() {
        return List.of(
                List.of("--version"),
                List.of("validate", ExampleFiles.path("family-engagement-rubric-as-printed.json").toString()),
                List.of("validate", "--format", "json",
                        ExampleFiles.path("guardian-survey-responses-with-a-bad-line.jsonl").toString()),
                List.of("score", "--instrument", "four-versions-of-partnerships", "--response",
                        ExampleFiles.path("four-versions-team.json").toString()),
                List.of("catalog", "list"),
                List.of("validate", "--no-such-option"));
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void launcherPrintsWhatTheJarPrints(List<String> args) throws Exception {
        String javaHome = System.getProperty("java.home");
        List<String> launcher = new ArrayList<>(List.of(LAUNCHER.toString()));
        launcher.addAll(args);
        List<String> jar = new ArrayList<>(List.of(Path.of(javaHome, "bin", "java").toString(), "-jar",
                JAR.toString()));
        jar.addAll(args);

        Result launched = run(launcher, javaHome, "launched");
        Result plain = run(jar, javaHome, "plain");

        assertThat(launched).isEqualTo(plain);
    }

    private static Result run(List<String> command, String javaHome, String name)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, name, ".out");
        Path err = Files.createTempFile(dir, name, ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", javaHome);
        builder.environment().remove("JAVA_OPTS");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
