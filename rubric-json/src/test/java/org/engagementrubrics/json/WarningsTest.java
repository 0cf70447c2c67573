package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.validation.Severity;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 14: a document whose only findings are warnings is read; its warnings are located and
 * written with their severity, and the error line format is unchanged.
 */
@DisplayName("issue 9 item 14: warnings are reported, never refused")
class WarningsTest {

    private static final RubricJson JSON = RubricJson.defaults();

    private static Path golden(String name) {
        return GoldenFilesTest.resources("golden").resolve(name);
    }

    @Test
    void aDocumentWithOnlyWarningsIsReadAndOpenReturnsItsWarningsLocated() throws IOException {
        Path file = golden("staged-rubric.json"); // standard 2 has no cell for integration

        assertThat(JSON.readInstrument(file)).isEqualTo(Fixtures.stagedRubric());
        try (Contents contents = JSON.responseReader().openAny(file)) {
            Contents.Document document = (Contents.Document) contents;
            assertThat(document.value()).isInstanceOf(StagedRubric.class);
            assertThat(document.warnings()).extracting(FormatProblem::toString).containsExactly(file
                    + ":93:16: /standards/1/cells: warning: [missing-cell] standard 'standard-2' has no cell for stage"
                    + " 'integration', so it can never fit that stage");
            assertThat(document.warnings()).extracting(FormatProblem::severity).containsExactly(Severity.WARNING);
        }
    }

    @Test
    void problemsAreWrittenWithTheirSeverityAndAnErrorLineIsUnchanged() {
        FormatProblem error = new FormatProblem("a.json", "/id", 3, 7, "blank", "id must not be blank");
        FormatProblem warning = new FormatProblem("a.json", "/cells", 4, 1, "empty-cell", "no statements",
                Severity.WARNING);

        assertThat(error.toString()).isEqualTo("a.json:3:7: /id: [blank] id must not be blank");
        assertThat(warning.toString()).isEqualTo("a.json:4:1: /cells: warning: [empty-cell] no statements");
        assertThat(JSON.writeProblems(List.of(warning))).contains("\"severity\": \"warning\"");
    }

    @Test
    void aDocumentCannotCarryAnErrorAsAWarning() {
        FormatProblem error = new FormatProblem("a.json", "/id", 3, 7, "blank", "id must not be blank");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new Contents.Document(Fixtures.survey(), null, List.of(error)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
