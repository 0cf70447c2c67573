package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Fixtures;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the points of generated staged rubrics, responses and schemes: the placements are those of the
 * engine without points, one part per standard, the percent in [0, 100], and the choice for unplaced standards
 * changes only the unplaced parts.
 */
class StagePointsPropertiesTest {

    /** A rubric, a response on it and a scheme that fits it. */
    record Case(StagedRubric rubric, Response response, StagePointsScheme scheme) {
    }

    private static Gen<StagePointsScheme> scheme(StagedRubric rubric) {
        int positions = rubric.standards().stream().mapToInt(s -> s.cells().size()).max().orElse(1);
        Gen<BigDecimal> points = Gen.ints(0, 500).map(n -> BigDecimal.valueOf(n, 1));
        return random -> {
            List<BigDecimal> byPosition = new ArrayList<>();
            for (int i = 0; i < positions; i++) {
                byPosition.add(points.generate(random));
            }
            Map<String, BigDecimal> weights = new TreeMap<>();
            for (Standard standard : rubric.standards()) {
                if (Gen.booleans().generate(random)) {
                    weights.put(standard.id(), points.generate(random));
                }
            }
            StagePointsScheme.Unplaced unplaced = Gen.elements(StagePointsScheme.Unplaced.values()).generate(random);
            return new StagePointsScheme("generated", byPosition, weights, unplaced);
        };
    }

    private static Gen<Case> cases() {
        return Generators.stagedRubrics().flatMap(rubric -> Generators.marks(rubric).flatMap(marks -> scheme(rubric)
                .map(scheme -> new Case(rubric, Fixtures.response(rubric.id(), marks), scheme))));
    }

    @Test
    void pointsSitBesideTheUnchangedPlacements() {
        Properties.forAll("stage points beside placements", 200, cases(), c -> {
            StageResult without = ScoringEngine.defaults().score(c.rubric(), c.response());
            StageResult with = ScoringEngine.defaults().withStagePoints(c.scheme()).score(c.rubric(), c.response());
            ExplanationLocales.check(with.explanation());

            assertThat(with.rows()).isEqualTo(without.rows());
            assertThat(with.points().total().parts()).extracting(PointsTotal.Part::id)
                    .containsExactlyElementsOf(without.rows().stream().map(RowFit::rowId).toList());
            with.points().total().percent().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO,
                    BigDecimal.valueOf(100)));
            long unplaced = without.rows().stream().filter(r -> r.fit().columnId().isEmpty()).count();
            int excluded = with.points().excluded();
            assertThat(excluded).isEqualTo(c.scheme().unplaced() == StagePointsScheme.Unplaced.EXCLUDED
                    ? (int) unplaced : 0);
        });
    }

    @Test
    void theUnplacedChoiceChangesOnlyTheUnplacedStandards() {
        Properties.forAll("stage points unplaced choice", 200, cases(), c -> {
            ScoringEngine engine = ScoringEngine.defaults();
            PointsTotal excluded = engine.withStagePoints(c.scheme().withUnplaced(StagePointsScheme.Unplaced.EXCLUDED))
                    .score(c.rubric(), c.response()).points().total();
            PointsTotal zero = engine.withStagePoints(c.scheme().withUnplaced(StagePointsScheme.Unplaced.ZERO))
                    .score(c.rubric(), c.response()).points().total();

            assertThat(zero.weightedEarned()).isEqualByComparingTo(excluded.weightedEarned());
            assertThat(zero.weightedPossible()).isGreaterThanOrEqualTo(excluded.weightedPossible());
            for (int i = 0; i < zero.parts().size(); i++) {
                if (zero.parts().get(i).status() == PointsTotal.Status.RATED) {
                    assertThat(excluded.parts().get(i)).isEqualTo(zero.parts().get(i));
                }
            }
        });
    }

    @Test
    void aPreparedRubricGivesTheSamePointsAsScoringDirectly() {
        Properties.forAll("stage points prepared", 100, cases(), c -> {
            ScoringEngine engine = ScoringEngine.defaults().withStagePoints(c.scheme());
            assertThat(engine.prepare(c.rubric()).score(c.response())).isEqualTo(engine.score(c.rubric(), c.response()));
        });
    }

    /** With nothing marked no standard is placed, so nothing is earned. */
    @Test
    void nothingMarkedLeavesEveryStandardUnplaced() {
        Properties.forAll("stage points nothing marked", 50, cases(), c -> {
            Response empty = Fixtures.response(c.rubric().id(), MarkedStatements.of());
            StageResult result = ScoringEngine.defaults().withStagePoints(c.scheme()).score(c.rubric(), empty);
            assertThat(result.points().total().earned()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(result.points().total().count(PointsTotal.Status.RATED)).isZero();
        });
    }
}
