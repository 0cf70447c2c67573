package org.engagementrubrics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileCondition.Comparison;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.core.validation.Severity;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 14: findings that are not errors come back as warnings from {@code findings}, never from
 * {@code validate}, so that what refuses a document is unchanged.
 */
@DisplayName("issue 9 item 14: warnings")
class FindingsTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();

    private static ArchetypeMatrix withRules(ArchetypeMatrix m, List<ProfileRule> rules) {
        return new ArchetypeMatrix(m.id(), m.version(), m.title(), m.source(), m.errata(), m.extensions(),
                m.instructions(), m.archetypes(), m.dimensions(), rules);
    }

    @Test
    void theFixturesHaveNoFindings() {
        assertThat(VALIDATOR.findings(Fixtures.fourVersions())).isEmpty();
        assertThat(VALIDATOR.findings(Fixtures.checklist())).isEmpty();
    }

    @Test
    void aCellWithNoStatementsIsAWarningNotAnError() {
        ArchetypeMatrix m = Fixtures.fourVersions();
        List<Dimension> dimensions = new ArrayList<>(m.dimensions());
        Dimension first = dimensions.get(0);
        List<Cell> cells = new ArrayList<>(first.cells());
        cells.set(1, new Cell("open-door", List.of()));
        dimensions.set(0, new Dimension(first.id(), first.name(), cells, first.extensions()));
        ArchetypeMatrix matrix = new ArchetypeMatrix(m.id(), m.version(), m.title(), m.source(), m.errata(),
                m.extensions(), m.instructions(), m.archetypes(), dimensions, m.profileRules());

        assertThat(VALIDATOR.validate(matrix)).isEmpty();
        assertThat(VALIDATOR.findings(matrix)).containsExactly(Problem.warning("dimensions[0].cells[1].statements",
                "empty-cell", "the cell of dimension 'br' under archetype 'open-door' has no statements, so a rater"
                        + " can mark nothing there; add statements or leave the cell out"));
        assertThat(VALIDATOR.findings(matrix).get(0).toString()).startsWith("dimensions[0].cells[1].statements: warning: [empty-cell]");
    }

    @Test
    void aStandardWithNoCellForAStageIsAWarning() {
        StagedRubric rubric = Fixtures.stagedRubric(); // standard 2 has no integration cell

        assertThat(VALIDATOR.validate(rubric)).isEmpty();
        assertThat(VALIDATOR.findings(rubric)).extracting(Problem::path, Problem::code, Problem::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("standards[1].cells", "missing-cell",
                        Severity.WARNING));
        assertThat(VALIDATOR.findings(rubric).get(0).message())
                .isEqualTo("standard 'standard-2' has no cell for stage 'integration', so it can never fit that stage");
    }

    @Test
    void aProfileRuleAskingForMoreRowsThanTheMatrixHasCanNeverMatch() {
        ArchetypeMatrix m = Fixtures.fourVersions();
        List<ProfileRule> rules = new ArrayList<>(m.profileRules());
        rules.add(new ProfileRule("sustaining", 5, LocalizedText.of("Sustaining"), List.of(
                ProfileCondition.in(Comparison.AT_LEAST, 6, "partnership"),
                ProfileCondition.in(Comparison.AT_MOST, 9, "fortress")), 7));
        ArchetypeMatrix matrix = withRules(m, rules);

        assertThat(VALIDATOR.validate(matrix)).isEmpty();
        assertThat(VALIDATOR.findings(matrix)).containsExactly(
                Problem.warning("profileRules[4].conditions[0].count", "unreachable-rule", "profile rule 'sustaining'"
                        + " asks for at-least 6 rows but the matrix has 5 dimensions, so it can never match"),
                Problem.warning("profileRules[4].minResolvedRows", "unreachable-rule", "profile rule 'sustaining'"
                        + " asks for 7 resolved rows but the matrix has 5 dimensions, so it can never match"));
    }

    @Test
    void theFirstRuleThatClassifiesAResponseWithNoMarksIsAWarningUntilItSetsAMinimum() {
        ArchetypeMatrix m = Fixtures.fourVersions();
        ProfileRule lenient = new ProfileRule("no-fortress", 0, LocalizedText.of("No Fortress"), List.of(
                ProfileCondition.in(Comparison.AT_MOST, 0, "fortress")));
        List<ProfileRule> rules = new ArrayList<>(m.profileRules());
        rules.add(lenient);

        assertThat(VALIDATOR.findings(withRules(m, rules))).containsExactly(Problem.warning("profileRules[4]",
                "classifies-no-evidence", "profile rule 'no-fortress' classifies a response with no marks at all"
                        + " (every row unresolved); set minResolvedRows to the fewest resolved rows it needs"));
        rules.set(4, lenient.withMinResolvedRows(1));
        assertThat(VALIDATOR.findings(withRules(m, rules))).isEmpty();
    }

    @Test
    void findingsListErrorsAndWarningsTogetherAndValidateOnlyErrors() {
        ArchetypeMatrix m = Fixtures.fourVersions();
        List<ProfileRule> rules = new ArrayList<>(m.profileRules());
        rules.add(new ProfileRule("advanced", 9, LocalizedText.of("Again"), List.of(
                ProfileCondition.in(Comparison.AT_LEAST, 8, "partnership"))));
        ArchetypeMatrix matrix = withRules(m, rules);

        assertThat(VALIDATOR.validate(matrix)).allMatch(Problem::isError).isNotEmpty();
        assertThat(VALIDATOR.findings(matrix)).filteredOn(Problem::isError)
                .containsExactlyElementsOf(VALIDATOR.validate(matrix));
        assertThat(VALIDATOR.findings(matrix)).filteredOn(p -> !p.isError()).extracting(Problem::code)
                .containsExactly("unreachable-rule");
    }
}
