package org.engagementrubrics.json.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.json.casev1p1.CaseJsonTest.catchFormat;

import java.math.BigDecimal;
import java.util.List;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.junit.jupiter.api.Test;

/** The legacy CASE-like sample (SOURCES.md): refused by default, read with reported repairs when asked. */
class LegacySampleTest {

    private static final String SAMPLE = CaseTesting.sharedInterop("legacy-case-rubric-sample.json");
    private static final CaseJson CASE = CaseJson.defaults();

    @Test
    void strictReadingRefusesTheSampleWithSchemaErrorsAndEveryRepairItWouldNeedLocated() {
        FormatException e = catchFormat(() -> CASE.read(SAMPLE, "legacy.json", CaseReadOptions.strict()));

        assertThat(e.problems()).allMatch(FormatProblem::isError).allMatch(p -> p.source().equals("legacy.json"));
        // 2 required and 4 unknown keys at the root; per criterion 5 renames, per level 3 renames and 2 numbers,
        // 4 root renames, 3 repeated criterion and 13 repeated level identifiers, and the wrapping
        assertThat(CaseJsonTest.codes(e)).filteredOn(CaseJson.SCHEMA::equals).hasSize(6);
        assertThat(CaseJsonTest.codes(e)).filteredOn(CaseJson.REPAIRABLE::equals).hasSize(4 + 4 * 5 + 16 * 5 + 3 + 13 + 1);
        assertThat(e.problems()).filteredOn(p -> p.code().equals(CaseJson.SCHEMA))
                .extracting(FormatProblem::message)
                .anyMatch(m -> m.contains("'Identifier'") && m.contains("additionalProperties"))
                .anyMatch(m -> m.contains("'CFRubricCriterion'"))
                .anyMatch(m -> m.contains("required property 'identifier'"));
        assertThat(e.problems()).filteredOn(p -> p.code().equals(CaseJson.REPAIRABLE))
                .extracting(FormatProblem::pointer, FormatProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("/Identifier",
                                "would have renamed key 'Identifier' to 'identifier' (CaseReadOptions.lenient() repairs this)"),
                        org.assertj.core.groups.Tuple.tuple("/CFRubricCriterion/0/CFRubricCriterionLevels/1/score",
                                "'score' \"70\" is a string; read as the number 70 (CaseReadOptions.lenient() repairs this)"));
        assertThat(e.problems()).filteredOn(p -> p.pointer().equals("/CFRubricCriterion/1/Identifier"))
                .extracting(FormatProblem::message)
                .anyMatch(m -> m.startsWith("identifier fbb63c02-05b3-11e7-a400-12c6ab5e124d repeats the one at "
                        + "/CFRubricCriterion/0/Identifier; derived "));
    }

    @Test
    void lenientReadingRepairsTheSampleIntoAPointsRubricAndReportsEachRepairWhereStrictReadingRefusedIt() {
        CaseImport read = CASE.read(SAMPLE, "legacy.json", CaseReadOptions.lenient());
        FormatException strict = catchFormat(() -> CASE.read(SAMPLE, "legacy.json", CaseReadOptions.strict()));

        assertThat(read.warnings()).allMatch(w -> w.code().equals(CaseJson.REPAIRED) && !w.isError());
        assertThat(read.warnings()).extracting(FormatProblem::pointer).containsExactlyElementsOf(strict.problems().stream()
                .filter(p -> p.code().equals(CaseJson.REPAIRABLE)).map(FormatProblem::pointer).toList());
        assertThat(read.warnings().get(0).message()).startsWith("wrapped a bare CFRubric in a CFPackage");
        assertThat(read.warnings()).extracting(FormatProblem::pointer, FormatProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("/CFRubricCriterion/3/CFRubricCriterionLevels/0/position",
                        "'position' \"0\" is a string; read as the integer 0"));

        PointsRubric rubric = (PointsRubric) read.instrument();
        assertThat(rubric.id()).isEqualTo("c320e4f3-043a-11e7-a400-12c6ab5e124d");
        assertThat(rubric.title().text()).isEqualTo("Performance Improvement Projects Scoring Guide");
        assertThat(rubric.criteria()).extracting(Criterion::weight).extracting(BigDecimal::intValueExact)
                .containsExactly(30, 30, 30, 10);
        assertThat(rubric.criteria()).extracting(Criterion::id).doesNotHaveDuplicates()
                .startsWith("fbb63c02-05b3-11e7-a400-12c6ab5e124d");
        for (Criterion criterion : rubric.criteria()) {
            assertThat(criterion.levels()).extracting(Level::points).extracting(BigDecimal::intValueExact)
                    .containsExactly(0, 70, 85, 100);
            assertThat(criterion.extensions().values()).containsKey("case.CFItemURI");
        }
        assertThat(rubric.pointsPossible()).isEqualByComparingTo("400");
        assertThat(rubric.source().attribution()).isEqualTo("axiom.cs.hmhco.com");
    }

    @Test
    void theRepairedSampleExportsToAValidPackageThatReadsBackStrictlyEqual() {
        PointsRubric rubric = (PointsRubric) CASE.read(SAMPLE, "legacy.json", CaseReadOptions.lenient()).instrument();
        String json = CASE.write(rubric, CaseOptions.defaults());
        assertThat(CaseTesting.officialSchemaErrors(json)).isEmpty();
        CaseImport back = CASE.read(json, "legacy.case.json", CaseReadOptions.strict());
        assertThat(back.instrument()).isEqualTo(rubric);
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void lenientReadingLeavesWhatItCannotRepairToTheSchema() {
        String broken = SAMPLE.replaceFirst("\"score\": \"0\"", "\"score\": \"none\"");
        FormatException e = catchFormat(() -> CASE.read(broken, "broken.json", CaseReadOptions.lenient()));
        assertThat(e.problems()).filteredOn(FormatProblem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(CaseJson.SCHEMA);
            assertThat(problem.pointer()).isEqualTo("/CFRubricCriterion/0/CFRubricCriterionLevels/0/score");
            assertThat(problem.message()).contains("string", "number");
        });
        assertThat(e.problems()).filteredOn(p -> !p.isError()).isNotEmpty();
    }

    @Test
    void problemsFoundAfterLenientRepairsPointIntoTheFileAsRead() {
        String noScore = SAMPLE.replaceFirst("\"score\": \"70\",", "");
        FormatException e = catchFormat(() -> CASE.read(noScore, "no-score.json", CaseReadOptions.lenient()));
        assertThat(e.problems()).filteredOn(FormatProblem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/CFRubricCriterion/0/CFRubricCriterionLevels/1/score");
            assertThat(problem.message()).isEqualTo("expected the level's score, its points");
        });
    }

    static List<String> pointers(List<FormatProblem> problems) {
        return problems.stream().map(FormatProblem::pointer).toList();
    }
}
