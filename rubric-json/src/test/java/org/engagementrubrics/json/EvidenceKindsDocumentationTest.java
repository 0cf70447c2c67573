package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 17: the table of evidence kinds per instrument kind in {@code docs/format.md} says what the
 * validator accepts: each instrument kind takes the documented evidence kind and refuses every other one
 * with {@code instrument-mismatch}.
 */
@DisplayName("issue 9 item 17: evidence kinds per instrument kind")
class EvidenceKindsDocumentationTest {

    private static final Path DOC = Path.of("..", "docs", "format.md");

    /** The documented table: instrument kind → evidence kind. */
    private static Map<String, String> table() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("<!-- evidence-kinds:")).findFirst()
                .orElseThrow());
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            table.put(cells[1].trim().replace("`", ""), cells[2].trim().replace("`", ""));
        }
        return table;
    }

    @Test
    void everyInstrumentKindTakesTheDocumentedEvidenceKindAndNoOther() throws IOException {
        List<Instrument> instruments = List.of(Fixtures.stagedRubric(), Fixtures.fourVersions(), Fixtures.conditions(),
                Fixtures.survey(), Fixtures.district(), Fixtures.checklist(), Fixtures.pointsRubric());
        List<Evidence> evidences = List.of(MarkedStatements.of(), Ratings.of(Map.of()), Statuses.of(Map.of()),
                ChecklistAnswers.of(Map.of()), CriterionRatings.of(Map.of()));
        RubricValidator validator = RubricJson.defaults().validator();
        Map<String, String> table = table();

        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(
                instruments.stream().map(i -> i.kind().kindName()).toList());
        for (Instrument instrument : instruments) {
            for (Evidence evidence : evidences) {
                Response response = Fixtures.response(instrument.id(), evidence);
                boolean mismatch = validator.validate(response, instrument).stream().map(Problem::code)
                        .anyMatch("instrument-mismatch"::equals);
                boolean documented = evidence.kindName().equals(table.get(instrument.kind().kindName()));
                assertThat(mismatch).as("%s with %s evidence", instrument.kind().kindName(), evidence.kindName())
                        .isEqualTo(!documented);
            }
        }
    }
}
