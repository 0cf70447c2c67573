package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagementrubrics.testkit.Fixtures.fits;
import static org.engagementrubrics.testkit.Fixtures.response;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Rebuilding a result's explanation from the instrument refuses a result that is not of it (issue 12). */
class ExplainTest {

    private final ScoringEngine engine = ScoringEngine.defaults();
    private final ArchetypeMatrix matrix = Fixtures.fourVersions();
    private final PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = engine.prepare(matrix);
    private final ArchetypeResult result = prepared.score(response(matrix.id(),
            fits("partnership", "partnership", "partnership", "open-door", null)));

    @Test
    void aScoredResultIsExplainedAsTheScorerExplainedIt() {
        assertThat(prepared.explain(result)).isEqualTo(result.explanation());
        assertThat(prepared.explained(result)).isEqualTo(result);
        assertThat(prepared.explain(result).summary()).startsWith("4 Versions: Profile: Proficient");
    }

    @Test
    void theTiePolicyNamedIsTheOneAStageResultsHeadlineNames() {
        var rubric = engine.prepare(Fixtures.stagedRubric());
        StageResult stage = rubric.score(response(Fixtures.stagedRubric().id(), MarkedStatements.of("e1")));
        assertThat(rubric.explain(stage).summary()).contains("(tie policy report)");
        assertThat(rubric.explained(stage, "lower-level").explanation().summary()).contains("(tie policy lower-level)");
    }

    @Test
    void aResultOfAnotherFingerprintIsRefusedNamingBoth() {
        var rubric = engine.prepare(Fixtures.stagedRubric());
        assertThatThrownBy(() -> rubric.explain(result))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(result.instrument().toString())
                .hasMessageContaining(rubric.ref().toString())
                .hasMessageContaining("explain it with the instrument it names");
    }

    @Test
    void aResultOfAnotherKindIsRefused() {
        SurveyResult survey = engine.prepare(Fixtures.survey()).summarize(List.of(response(Fixtures.survey().id(),
                org.engagementrubrics.core.response.Ratings.of(java.util.Map.of()))));
        SurveyResult renamed = new SurveyResult(prepared.ref(), survey.responses(), survey.statements(),
                survey.explanation());
        assertThatThrownBy(() -> prepared.explain(renamed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a SurveyResult is not a result of archetype-matrix 'four-versions'; expected an ArchetypeResult");
    }

    @Test
    void rowsThatAreNotTheInstrumentsAreRefused() {
        List<RowFit> rows = new ArrayList<>(result.rows());
        rows.remove(0);
        ArchetypeResult shorter = new ArchetypeResult(result.instrument(), result.responseId(), result.subjectId(),
                result.raterId(), rows, result.profile(), result.explanation());
        assertThatThrownBy(() -> prepared.explain(shorter)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the result has 4 rows; instrument 'four-versions' has 5");
        rows.add(0, new RowFit("zz", result.rows().get(0).tallies(), result.rows().get(0).fit(),
                result.rows().get(0).explanation()));
        ArchetypeResult renamed = new ArchetypeResult(result.instrument(), result.responseId(), result.subjectId(),
                result.raterId(), rows, result.profile(), result.explanation());
        assertThatThrownBy(() -> prepared.explain(renamed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1 of the result is 'zz'; row 1 of instrument 'four-versions' is 'br'");
    }

    @Test
    void aFitNamingAColumnTheRowIsNotTalliedOverIsRefused() {
        List<RowFit> rows = new ArrayList<>(result.rows());
        RowFit first = rows.get(0);
        rows.set(0, new RowFit(first.rowId(), first.tallies(), new Fit.Winner("castle"), first.explanation()));
        ArchetypeResult odd = new ArchetypeResult(result.instrument(), result.responseId(), result.subjectId(),
                result.raterId(), rows, result.profile(), result.explanation());
        assertThatThrownBy(() -> prepared.explain(odd)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the fit of row 'br' names column 'castle', which the row is not tallied over");
    }

    @Test
    void aProfileTheRulesDoNotGiveIsRefused() {
        ArchetypeResult odd = new ArchetypeResult(result.instrument(), result.responseId(), result.subjectId(),
                result.raterId(), result.rows(), new Profile.NoRules(), result.explanation());
        assertThatThrownBy(() -> prepared.explain(odd)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the result's profile is NoRules[]; the profile rules of the instrument give");
    }
}
