package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Properties of stage placement on staged rubrics: cumulative thresholds, best fit by count and by share.
 */
class StagePlacementPropertiesTest {

    /** A rubric, a response to it and a cumulative threshold. */
    record Placed(StagedRubric rubric, Response response, double threshold) {
        Set<String> marks() {
            return ((MarkedStatements) response.evidence()).statementIds();
        }

        @Override
        public String toString() {
            return "Placed[threshold=" + threshold + ", marks=" + marks() + ", rubric=" + rubric + "]";
        }
    }

    static Gen<Placed> placed() {
        Gen<Double> thresholds = Gen.frequency(
                Gen.weight(3, Gen.elements(0.1, 0.2, 0.25, 1.0 / 3, 0.4, 0.5, 0.6, 2.0 / 3, 0.75, 0.8, 1.0)),
                Gen.weight(1, Gen.doubles(0.01, 1.0)));
        return Generators.stagedRubrics().flatMap(r -> Generators.response(r)
                .zip(thresholds, (response, t) -> new Placed(r, response, t)));
    }

    private enum Outcome { PLACED, BELOW_THRESHOLD, NO_EVIDENCE }

    @Test
    void cumulativePlacesOnTheHighestStageOfAnUnbrokenRunAtOrAboveTheThreshold() {
        Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
        int[] cappedByNext = new int[1];
        Properties.forAll("cumulative placement respects its threshold", 500, placed(), c -> {
            ScoringEngine engine = ScoringEngine.defaults().withStagePlacement(StagePlacements.cumulative(c.threshold()));
            StageResult result = engine.score(c.rubric(), c.response());
            assertThat(result.rows()).hasSameSizeAs(c.rubric().standards());
            for (int s = 0; s < c.rubric().standards().size(); s++) {
                Standard standard = c.rubric().standards().get(s);
                RowFit row = result.rows().get(s);
                List<ColumnTally> tallies = ScoringOracle.cellTallies(c.rubric(), standard, c.marks());
                assertThat(row.tallies()).as("tallies of %s", standard.id()).isEqualTo(tallies);
                int marked = tallies.stream().mapToInt(ColumnTally::marked).sum();
                Fit fit = row.fit();
                if (fit instanceof Fit.Winner winner) {
                    seen.merge(Outcome.PLACED, 1, Integer::sum);
                    int placedAt = indexOf(tallies, winner.column());
                    for (int i = 0; i <= placedAt; i++) {
                        ColumnTally stage = tallies.get(i);
                        if (stage.total() > 0) {
                            assertThat(stage.share()).as("share of stage %s at or below the placed stage %s",
                                    stage.columnId(), winner.column()).isGreaterThanOrEqualTo(c.threshold());
                        }
                    }
                    assertThat(tallies.get(placedAt).total()).as("placed stage has statements").isPositive();
                    for (int i = placedAt + 1; i < tallies.size(); i++) {
                        ColumnTally next = tallies.get(i);
                        if (next.total() > 0) {
                            assertThat(next.share()).as("share of the next stage %s above %s", next.columnId(),
                                    winner.column()).isLessThan(c.threshold());
                            cappedByNext[0]++;
                            break;
                        }
                    }
                } else if (fit instanceof Fit.BelowThreshold) {
                    seen.merge(Outcome.BELOW_THRESHOLD, 1, Integer::sum);
                    assertThat(marked).as("below threshold needs some evidence").isPositive();
                    ColumnTally first = tallies.stream().filter(t -> t.total() > 0).findFirst().orElseThrow();
                    assertThat(first.share()).as("share of the first stage %s", first.columnId())
                            .isLessThan(c.threshold());
                } else {
                    seen.merge(Outcome.NO_EVIDENCE, 1, Integer::sum);
                    assertThat(fit).as("fit of %s", standard.id()).isEqualTo(new Fit.NoEvidence());
                    assertThat(marked).isZero();
                }
            }
        });
        if (Properties.coverageApplies(500)) {
            assertThat(seen).containsOnlyKeys(Outcome.values());
            assertThat(cappedByNext[0]).as("placements capped by a next stage below threshold").isGreaterThan(50);
        }
    }

    private static int indexOf(List<ColumnTally> tallies, String columnId) {
        for (int i = 0; i < tallies.size(); i++) {
            if (tallies.get(i).columnId().equals(columnId)) {
                return i;
            }
        }
        throw new AssertionError("placed on '" + columnId + "', which is not one of the standard's stages " + tallies);
    }

    @Test
    void bestFitByCountPlacesLikeMatrixBestFitOverTheStandardsOwnStages() {
        Properties.forAll("best fit by count", 400, placed(), c -> {
            for (TiePolicy policy : List.of(TiePolicies.report(), TiePolicies.lowerLevel(), TiePolicies.higherLevel())) {
                ScoringEngine engine = ScoringEngine.defaults().withTiePolicy(policy)
                        .withStagePlacement(StagePlacements.bestFitByCount());
                StageResult result = engine.score(c.rubric(), c.response());
                MatrixResult matrix = engine.bestFit(c.rubric(), c.response());
                assertThat(result.placement()).isEqualTo("best-fit-count");
                for (int s = 0; s < c.rubric().standards().size(); s++) {
                    Standard standard = c.rubric().standards().get(s);
                    List<ColumnTally> tallies = ScoringOracle.cellTallies(c.rubric(), standard, c.marks());
                    List<String> top = ScoringOracle.topByCount(tallies);
                    Fit expected = policy == TiePolicies.report() ? ScoringOracle.reported(top)
                            : ScoringOracle.resolved(top, tallies, policy == TiePolicies.lowerLevel(), policy.name());
                    assertThat(result.rows().get(s).fit()).as("%s fit of %s", policy.name(), standard.id())
                            .isEqualTo(expected);
                    assertThat(matrix.rows().get(s).fit()).as("matrix best fit agrees").isEqualTo(expected);
                }
            }
        });
    }

    @Test
    void bestFitByShareComparesSharesExactly() {
        int[] ties = new int[1];
        Properties.forAll("best fit by share", 400, placed(), c -> {
            ScoringEngine engine = ScoringEngine.defaults().withStagePlacement(StagePlacements.bestFitByShare());
            StageResult result = engine.score(c.rubric(), c.response());
            StageResult lower = engine.withTiePolicy(TiePolicies.lowerLevel()).score(c.rubric(), c.response());
            assertThat(result.placement()).isEqualTo("best-fit-share");
            for (int s = 0; s < c.rubric().standards().size(); s++) {
                Standard standard = c.rubric().standards().get(s);
                List<ColumnTally> tallies = ScoringOracle.cellTallies(c.rubric(), standard, c.marks());
                List<String> top = ScoringOracle.topByShare(tallies);
                assertThat(result.rows().get(s).fit()).as("fit of %s", standard.id())
                        .isEqualTo(ScoringOracle.reported(top));
                assertThat(lower.rows().get(s).fit()).as("lower-level fit of %s", standard.id())
                        .isEqualTo(ScoringOracle.resolved(top, tallies, true, "lower-level"));
                if (top.size() > 1) {
                    ties[0]++;
                }
            }
        });
        if (Properties.coverageApplies(400)) {
            assertThat(ties[0]).as("ties by share").isGreaterThan(20);
        }
    }
}
