package org.engagementrubrics.testkit.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a downstream-style {@code @TestFactory} of {@link RubricFiles} through the JUnit Platform, the way a
 * school system's suite runs it, and records each test's outcome as the report shows it.
 */
class RubricFilesOnThePlatformTest {

    private static final Path RUBRICS = Path.of("src/test/resources/org/engagementrubrics/testkit/files/rubrics");

    /** What a downstream suite writes; run only through the launcher below (Surefire skips nested classes). */
    static class DownstreamSuite {
        @TestFactory
        Stream<DynamicNode> rubricFilesAreValid() {
            return RubricFiles.in(RUBRICS).validate();
        }
    }

    @Test
    void everyFileAndRecordIsReportedAndTheBrokenOnesFailWithTheirLocatedProblems() {
        Map<String, String> outcomes = new TreeMap<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(DownstreamSuite.class)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest()) {
                            outcomes.put(test.getDisplayName(), result.getStatus() + result.getThrowable()
                                    .map(failure -> ": " + failure.getMessage()).orElse(""));
                        }
                    }
                });

        Path broken = RUBRICS.resolve("broken-survey.json");
        Path answers = RUBRICS.resolve("surveys/answers.jsonl");
        assertThat(outcomes).containsOnlyKeys("broken-survey.json", "surveys/guardian-survey.json",
                "line 1 (record 1)", "line 2 (record 2)");
        assertThat(outcomes.get("surveys/guardian-survey.json")).isEqualTo("SUCCESSFUL");
        assertThat(outcomes.get("line 1 (record 1)")).isEqualTo("SUCCESSFUL");
        assertThat(outcomes.get("broken-survey.json")).isEqualTo("FAILED: " + broken + ": 1 problem"
                + System.lineSeparator() + broken + ":38:13: /statements/1/id: [duplicate-id] statement id 's1' is"
                + " already used at statements[0]; expected statement ids unique within the instrument");
        assertThat(outcomes.get("line 2 (record 2)")).isEqualTo("FAILED: " + answers + ": 1 problem"
                + System.lineSeparator() + answers + ":2:225: /evidence/byItem/s1: [out-of-scale] rating 9 for 's1'"
                + " is off the scale; expected one of [1, 2, 3, 4], not rated or not applicable");
    }
}
