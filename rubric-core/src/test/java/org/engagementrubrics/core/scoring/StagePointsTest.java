package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagementrubrics.testkit.Fixtures.response;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.scoring.PointsTotal.Status;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Points for the staged rubric (issue 14, item 2), worked by hand on the fixture rubric: standard 1 has
 * exploration (e1, e2), expansion (x1..x4) and integration (i1..i3); standard 2 has exploration (f1) and
 * expansion (g1).
 */
class StagePointsTest {

    private static final StagedRubric RUBRIC = Fixtures.stagedRubric();
    private static final StagePointsScheme SCHEME = StagePointsScheme.of("by-stage", List.of(d("1"), d("2"), d("3")));
    private static final ScoringEngine ENGINE = ScoringEngine.defaults().withStagePoints(SCHEME);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static StageResult score(ScoringEngine engine, String... marks) {
        return engine.score(RUBRIC, response(RUBRIC.id(), MarkedStatements.of(marks)));
    }

    @Test
    void pointsGoByThePositionOfThePlacedStage() {
        // standard 1 at expansion (position 2): 2 of 3; standard 2 at expansion (position 2): 2 of 2 → 4 of 5 = 80 %
        StageResult result = score(ENGINE, "x1", "x2", "g1");

        PointsTotal total = result.points().total();
        assertThat(result.points().scheme()).isEqualTo("by-stage");
        assertThat(total.parts()).extracting(PointsTotal.Part::earned).containsExactly(d("2"), d("2"));
        assertThat(total.parts()).extracting(PointsTotal.Part::possible).containsExactly(d("3"), d("2"));
        assertThat(total.earned()).isEqualByComparingTo("4");
        assertThat(total.possible()).isEqualByComparingTo("5");
        assertThat(total.displayPercent()).hasValue(d("80.00"));
        assertThat(result.points().excluded()).isZero();
    }

    @Test
    void theBestFitPlacementStaysBesideThePoints() {
        StageResult withPoints = score(ENGINE, "x1", "x2", "g1");
        StageResult without = score(ScoringEngine.defaults(), "x1", "x2", "g1");

        assertThat(withPoints.rows()).isEqualTo(without.rows());
        assertThat(without.points()).isNull();
        assertThat(without.explanation().details()).isEmpty();
        assertThat(withPoints.explanation().summary()).isEqualTo(without.explanation().summary());
        assertThat(withPoints.explanation().details()).containsExactly(
                "points by by-stage: 4 of 5 (80.00%)",
                "Standard 1: Stage 2 Expansion, 2 of 3 points",
                "Standard 2: Stage 2 Expansion, 2 of 2 points");
    }

    @Test
    void weightsMultiplyAStandardsPoints() {
        // weighted: 2×2 + 1×2 = 6 of 2×3 + 1×2 = 8 → 75 %; unweighted still 4 of 5
        StageResult result = score(ENGINE.withStagePoints(SCHEME.withWeights(Map.of("standard-1", d("2")))),
                "x1", "x2", "g1");

        PointsTotal total = result.points().total();
        assertThat(total.weightedEarned()).isEqualByComparingTo("6");
        assertThat(total.weightedPossible()).isEqualByComparingTo("8");
        assertThat(total.displayPercent()).hasValue(d("75.00"));
        assertThat(result.explanation().details()).containsExactly(
                "points by by-stage: weighted 6 of 8 (75.00%); unweighted 4 of 5",
                "Standard 1: Stage 2 Expansion, 2 of 3 points, weight 2",
                "Standard 2: Stage 2 Expansion, 2 of 2 points");
    }

    @Test
    void anUnplacedStandardIsExcludedByDefault() {
        // standard 1 ties (exploration 2, expansion 2) and is left out; standard 2 at expansion: 2 of 2 = 100 %
        StageResult result = score(ENGINE, "e1", "e2", "x1", "x2", "g1");

        assertThat(result.rows().get(0).fit()).isInstanceOf(Fit.Tie.class);
        assertThat(result.points().total().parts().get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.points().excluded()).isEqualTo(1);
        assertThat(result.points().total().possible()).isEqualByComparingTo("2");
        assertThat(result.points().total().displayPercent()).hasValue(d("100.00"));
        assertThat(result.explanation().details()).containsExactly(
                "points by by-stage: 2 of 2 (100.00%)",
                "1 standard not placed, left out of the points possible",
                "Standard 1: not placed (tie), left out of the points possible",
                "Standard 2: Stage 2 Expansion, 2 of 2 points");
    }

    @Test
    void anUnplacedStandardCanCountAsZero() {
        // standard 1 (tie) counts 0 of 3; standard 2 2 of 2 → 2 of 5 = 40 %
        StageResult result = score(ENGINE.withStagePoints(SCHEME.withUnplaced(StagePointsScheme.Unplaced.ZERO)),
                "e1", "e2", "x1", "x2", "g1");

        assertThat(result.points().excluded()).isZero();
        assertThat(result.points().total().count(Status.NOT_RATED)).isEqualTo(1);
        assertThat(result.points().total().displayPercent()).hasValue(d("40.00"));
        assertThat(result.explanation().details()).contains("1 standard not placed, counted as 0 points",
                "Standard 1: not placed (tie), 0 of 3 points");
    }

    @Test
    void nothingPlacedHasNoPercent() {
        StageResult result = score(ENGINE, "e1", "e2", "x1", "x2");

        assertThat(result.points().excluded()).isEqualTo(2);
        assertThat(result.points().total().percent()).isEmpty();
        assertThat(result.explanation().details().get(0))
                .isEqualTo("points by by-stage: 0 of 0 (no percent: no points possible)");
    }

    @Test
    void aTieResolvedByThePolicyEarnsThePointsOfTheChosenStage() {
        StageResult result = score(ENGINE.withTiePolicy(TiePolicies.lowerLevel()), "e1", "e2", "x1", "x2", "g1");

        assertThat(result.rows().get(0).fit().columnId()).hasValue("exploration");
        assertThat(result.points().total().parts().get(0).earned()).isEqualByComparingTo("1");
    }

    @Test
    void aPreparedRubricGivesThePointsOfTheEngine() {
        PreparedInstrument<StagedRubric, StageResult> prepared = ENGINE.prepare(RUBRIC);

        StageResult result = prepared.score(response(RUBRIC.id(), MarkedStatements.of("i1", "f1")));

        // standard 1 at integration: 3 of 3; standard 2 at exploration: 1 of 2 → 4 of 5
        assertThat(result.points().total().earned()).isEqualByComparingTo("4");
        assertThat(result.points().total().possible()).isEqualByComparingTo("5");
    }

    @Test
    void aSchemeWithTooFewPositionsIsRefusedNamingTheStandard() {
        ScoringEngine engine = ScoringEngine.defaults().withStagePoints(StagePointsScheme.of("short",
                List.of(d("1"), d("2"))));

        assertThatThrownBy(() -> engine.prepare(RUBRIC))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("points scheme 'short' does not fit rubric 'family-engagement'")
                .hasMessageContaining("standard 'standard-1' has 3 stages; expected pointsByPosition to give at least "
                        + "as many positions (it gives 2)");
    }

    @Test
    void aWeightForAStandardTheRubricLacksIsRefused() {
        ScoringEngine engine = ENGINE.withStagePoints(SCHEME.withWeights(Map.of("standard-9", d("2"))));

        assertThatThrownBy(() -> score(engine, "x1"))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("weights name standard 'standard-9', which rubric 'family-engagement' does not "
                        + "have");
    }

    @Test
    void aFailingStrategyBecomesAScoringExceptionNamingTheStandard() {
        StagePoints failing = standard -> {
            throw new IllegalStateException("boom");
        };
        StagePoints silent = standard -> null;
        StagePoints other = standard -> PointsTotal.Part.rated("elsewhere", d("1"), d("1"), BigDecimal.ONE);

        assertThatThrownBy(() -> score(ENGINE.withStagePoints(failing), "x1"))
                .isInstanceOf(ScoringException.class).hasMessageContaining("standard-1")
                .hasMessageContaining("stage points 'custom' failed: java.lang.IllegalStateException: boom");
        assertThatThrownBy(() -> score(ENGINE.withStagePoints(silent), "x1"))
                .isInstanceOf(ScoringException.class).hasMessageContaining("returned null");
        assertThatThrownBy(() -> score(ENGINE.withStagePoints(other), "x1"))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("answered a part for 'elsewhere'; expected one for 'standard-1'");
    }

    @Test
    void theEngineSaysWhichPointsItGives() {
        assertThat(ScoringEngine.defaults().stagePoints()).isEmpty();
        assertThat(ENGINE.stagePoints()).containsSame(SCHEME);
        assertThat(ENGINE.withStagePoints(SCHEME)).isSameAs(ENGINE);
        assertThat(ENGINE.withoutStagePoints().stagePoints()).isEmpty();
        assertThat(ENGINE).hasToString("ScoringEngine[tiePolicy=report, stagePlacement=best-fit-count, "
                + "stagePoints=by-stage]");
    }

    @Test
    void schemesAreCheckedWhereTheyAreMade() {
        assertThatThrownBy(() -> StagePointsScheme.of("x", List.of()))
                .hasMessage("pointsByPosition must give the points of at least one stage position");
        assertThatThrownBy(() -> StagePointsScheme.of("x", List.of(d("-1"))))
                .hasMessage("pointsByPosition[0] must be zero or more; was -1");
        assertThatThrownBy(() -> SCHEME.withWeights(Map.of("standard-1", d("-2"))))
                .hasMessage("weights[standard-1] must be zero or more; was -2");
        assertThatThrownBy(() -> StagePointsScheme.of(" ", List.of(d("1")))).hasMessage("name must not be blank");
        assertThat(SCHEME.withUnplaced(StagePointsScheme.Unplaced.EXCLUDED)).isSameAs(SCHEME);
        assertThat(SCHEME.weight("standard-2")).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void aResultRefusesPointsThatDoNotMatchItsStandards() {
        StageResult result = score(ENGINE, "x1", "g1");
        StagePointsTotal swapped = new StagePointsTotal("by-stage", PointsTotal.of(List.of(
                result.points().total().parts().get(1), result.points().total().parts().get(0))));

        assertThatThrownBy(() -> result.withPoints(swapped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("points must have one part per standard, in the standards' order [standard-1, standard-2];"
                        + " were for [standard-2, standard-1]");
        assertThat(result.withPoints(result.points())).isSameAs(result);
    }
}
