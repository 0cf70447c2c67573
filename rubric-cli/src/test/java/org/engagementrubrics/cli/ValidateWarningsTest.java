package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9 item 14: {@code validate} shows warnings, exits 0 on warnings alone, and 1 with {@code --strict}.
 */
@DisplayName("issue 9 item 14: validate and warnings")
class ValidateWarningsTest {

    @TempDir
    Path dir;

    /** A staged rubric whose standard 2 has no cell for the integration stage: one warning, no error. */
    private Path rubricWithAWarning() throws Exception {
        Path file = dir.resolve("rubric.json");
        Files.writeString(file, RubricJson.defaults().write(Fixtures.stagedRubric()));
        return file;
    }

    @Test
    void aWarningIsShownAndTheRunExitsZero() throws Exception {
        Path file = rubricWithAWarning();

        Run run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly(file + ":93:16: /standards/1/cells: warning: [missing-cell]"
                + " standard 'standard-2' has no cell for stage 'integration', so it can never fit that stage");
        assertThat(run.err()).isEqualTo("1 file, 1 valid, 0 problems, 1 warning\n");
    }

    @Test
    void strictTurnsAWarningIntoAFailingRun() throws Exception {
        Run run = Cli.run("validate", "--strict", rubricWithAWarning().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("warning: [missing-cell]");
    }

    @Test
    void jsonOutputGivesEveryProblemItsSeverity() throws Exception {
        Run run = Cli.run("validate", "--format", "json", rubricWithAWarning().toString());

        JsonNode problems = JsonMapper.builder().build().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(problems.size()).isEqualTo(1);
        assertThat(problems.get(0).get("severity").asString()).isEqualTo("warning");
        assertThat(problems.get(0).get("code").asString()).isEqualTo("missing-cell");
    }
}
