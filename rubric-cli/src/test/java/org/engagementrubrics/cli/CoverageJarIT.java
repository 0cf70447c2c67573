package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.ExampleFiles.COVERAGE_CONTACTS;
import static org.engagementrubrics.cli.ExampleFiles.COVERAGE_FAMILIES;
import static org.engagementrubrics.cli.ExampleFiles.COVERAGE_ROSTER;
import static org.engagementrubrics.cli.ExampleFiles.path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTable;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.examples.ExampleDistrict;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The packaged jar runs {@code rubric coverage} on the example district's files ({@code examples/coverage-*.csv},
 * 300 families over school year 2025-26) as a user would, and reports what the library reports for the district
 * they were written from.
 */
@Execution(ExecutionMode.CONCURRENT)
class CoverageJarIT {

    private static final Path JAR = Path.of("target", "rubric.jar");
    private static final long TIMEOUT_SECONDS = 60;
    private static final ExampleDistrict DISTRICT = ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED,
            COVERAGE_FAMILIES);
    private static final String COUNTS = path(COVERAGE_ROSTER) + ": 300 rows, 300 good, 0 bad\n"
            + path(COVERAGE_CONTACTS) + ": 1384 rows, 1384 good, 0 bad\n";

    @TempDir
    Path dir;

    /** What a process printed and its exit code. */
    record Result(int exitCode, String out, String err) {
    }

    private Result rubric(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(), "coverage",
                "--roster", path(COVERAGE_ROSTER).toString(), "--contacts", path(COVERAGE_CONTACTS).toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        assertThat(result.err()).doesNotContain("\tat ");
        return result;
    }

    @Test
    void theSchoolYearAsJsonIsTheDistrictsCoverage() throws Exception {
        CoverageResult expected = DISTRICT.coverage(SmallCellRule.defaults());

        Result result = rubric("--from", "2025-08-01", "--to", "2026-07-31", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(RubricJson.defaults().write(expected));
        assertThat(result.err()).isEqualTo(COUNTS);
    }

    @Test
    void textIsTheTableThenTheExplanationWithTheSmallGroupsWithheld() throws Exception {
        CoverageTally tally = CoverageTally.of(DISTRICT.roster(), DISTRICT.calendar(), DISTRICT.goal());
        tally.addAll(DISTRICT.contacts());
        CoverageResult expected = tally.result(SmallCellRule.defaults());

        Result result = rubric();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(CoverageTable.of(expected).toText() + "\n" + expected.explanation().toText());
        assertThat(result.out()).contains("2024-25 Q4", "race-ethnicity:pacific-islander: fewer than 10 families",
                "multilingual-learner").doesNotContain("fam-");
    }

    @Test
    void theOutreachListIsWrittenAndNotPrinted() throws Exception {
        Path list = dir.resolve("q2.csv");
        CoverageTally tally = CoverageTally.of(DISTRICT.roster(), DISTRICT.calendar(), DISTRICT.goal());
        tally.addAll(DISTRICT.contacts());
        List<String> unreached = tally.unreachedFamilies(tally.periods().stream()
                .filter(p -> p.label().equals("2025-26 Q2")).findFirst().orElseThrow());

        Result result = rubric("--no-suppression", "--unreached", "2025-26 Q2", "--unreached-out", list.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(unreached).hasSizeGreaterThan(10);
        assertThat(Files.readString(list, StandardCharsets.UTF_8))
                .isEqualTo("family_id\n" + String.join("\n", unreached) + "\n");
        assertThat(result.out() + result.err()).doesNotContain("fam-");
        assertThat(result.err()).contains(list + ": " + unreached.size() + " families not reached in 2025-26 Q2",
                "small-cell suppression is off");
    }
}
