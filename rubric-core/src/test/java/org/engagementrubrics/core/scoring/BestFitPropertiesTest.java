package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Contents;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Properties of best fit per row: independent of mark order, monotone in the winner's marks, ties and
 * no-evidence exactly as an independent count says, and ties resolved to the lowest or highest rank.
 */
class BestFitPropertiesTest {

    private static final ScoringEngine REPORT = ScoringEngine.defaults();
    private static final ScoringEngine LOWER = REPORT.withTiePolicy(TiePolicies.lowerLevel());
    private static final ScoringEngine HIGHER = REPORT.withTiePolicy(TiePolicies.higherLevel());

    /** A matrix and a response marking some of its statements. */
    record Marked(MatrixInstrument matrix, Response response) {
        Set<String> marks() {
            return ((MarkedStatements) response.evidence()).statementIds();
        }

        @Override
        public String toString() {
            return "Marked[marks=" + marks() + ", matrix=" + matrix + "]";
        }
    }

    static Gen<Marked> marked() {
        return Generators.matrixInstruments().flatMap(m -> Generators.response(m).map(r -> new Marked(m, r)));
    }

    private enum Outcome { WINNER, TIE, NO_EVIDENCE }

    @Test
    void bestFitDoesNotDependOnMarkOrder() {
        record Case(Marked marked, List<String> shuffled, List<String> withRepeats) {
        }
        Gen<Case> gen = marked().flatMap(m -> {
            List<String> ids = new ArrayList<>(m.marks());
            return Gen.shuffled(ids).zip(Gen.shuffled(ids).zip(Gen.subsetOf(ids), (a, b) -> {
                List<String> repeated = new ArrayList<>(a);
                repeated.addAll(b);
                return repeated;
            }).flatMap(Gen::shuffled), (s, r) -> new Case(m, s, r));
        });
        Properties.forAll("best fit ignores mark order", 400, gen, c -> {
            Response response = c.marked().response();
            MarkedStatements fromShuffled = MarkedStatements.of(c.shuffled());
            MarkedStatements fromRepeats = MarkedStatements.of(c.withRepeats());
            MarkedStatements oneByOne = MarkedStatements.of();
            for (String id : c.shuffled()) {
                oneByOne = oneByOne.withMark(id);
            }
            MatrixResult expected = REPORT.bestFit(c.marked().matrix(), response);
            for (MarkedStatements marks : List.of(fromShuffled, fromRepeats, oneByOne)) {
                Response reordered = response.withEvidence(marks);
                assertThat(REPORT.bestFit(c.marked().matrix(), reordered)).isEqualTo(expected);
                assertThat(LOWER.bestFit(c.marked().matrix(), reordered))
                        .isEqualTo(LOWER.bestFit(c.marked().matrix(), response));
                if (c.marked().matrix() instanceof ArchetypeMatrix matrix) {
                    assertThat(REPORT.score(matrix, reordered)).isEqualTo(REPORT.score(matrix, response));
                } else {
                    StagedRubric rubric = (StagedRubric) c.marked().matrix();
                    assertThat(REPORT.score(rubric, reordered)).isEqualTo(REPORT.score(rubric, response));
                }
            }
        });
    }

    @Test
    void tiesAndNoEvidenceAreReportedExactlyWhenTheCountsSaySo() {
        Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
        Properties.forAll("tie iff several columns share the max count > 0", 500, marked(), c -> {
            MatrixResult result = REPORT.bestFit(c.matrix(), c.response());
            assertThat(result.rows()).hasSameSizeAs(c.matrix().rows());
            for (int r = 0; r < c.matrix().rows().size(); r++) {
                MatrixRow row = c.matrix().rows().get(r);
                RowFit fit = result.rows().get(r);
                List<ColumnTally> tallies = ScoringOracle.tallies(c.matrix(), row, c.marks());
                List<String> top = ScoringOracle.topByCount(tallies);
                assertThat(fit.rowId()).isEqualTo(row.id());
                assertThat(fit.tallies()).as("tallies of row %s", row.id()).isEqualTo(tallies);
                assertThat(fit.fit()).as("fit of row %s", row.id()).isEqualTo(ScoringOracle.reported(top));
                seen.merge(top.isEmpty() ? Outcome.NO_EVIDENCE : top.size() == 1 ? Outcome.WINNER : Outcome.TIE, 1,
                        Integer::sum);
            }
        });
        if (Properties.coverageApplies(500)) {
            assertThat(seen).as("the generator exercises every outcome").containsOnlyKeys(Outcome.values());
            assertThat(seen.get(Outcome.TIE)).as("ties").isGreaterThan(50);
        }
    }

    @Test
    void lowerAndHigherLevelResolveTiesToTheMinimalAndMaximalRank() {
        int[] resolved = new int[1];
        Properties.forAll("lower/higher level pick min/max rank", 500, marked(), c -> {
            MatrixResult lower = LOWER.bestFit(c.matrix(), c.response());
            MatrixResult higher = HIGHER.bestFit(c.matrix(), c.response());
            for (int r = 0; r < c.matrix().rows().size(); r++) {
                MatrixRow row = c.matrix().rows().get(r);
                List<ColumnTally> tallies = ScoringOracle.tallies(c.matrix(), row, c.marks());
                List<String> top = ScoringOracle.topByCount(tallies);
                assertThat(lower.rows().get(r).fit()).as("lower-level fit of row %s", row.id())
                        .isEqualTo(ScoringOracle.resolved(top, tallies, true, "lower-level"));
                assertThat(higher.rows().get(r).fit()).as("higher-level fit of row %s", row.id())
                        .isEqualTo(ScoringOracle.resolved(top, tallies, false, "higher-level"));
                if (top.size() > 1) {
                    resolved[0]++;
                    String low = lower.rows().get(r).fit().columnId().orElseThrow();
                    String high = higher.rows().get(r).fit().columnId().orElseThrow();
                    for (String id : top) {
                        int rank = Contents.column(c.matrix(), id).rank();
                        assertThat(rank).isBetween(Contents.column(c.matrix(), low).rank(),
                                Contents.column(c.matrix(), high).rank());
                    }
                }
            }
        });
        if (Properties.coverageApplies(500)) {
            assertThat(resolved[0]).as("ties resolved").isGreaterThan(50);
        }
    }

    @Test
    void addingAMarkToTheWinningColumnNeverMakesItLose() {
        int[] exercised = new int[1];
        Properties.forAll("a winner stays the winner with one more mark", 500, marked(), c -> {
            for (ScoringEngine engine : List.of(REPORT, LOWER, HIGHER)) {
                MatrixResult before = engine.bestFit(c.matrix(), c.response());
                for (int r = 0; r < c.matrix().rows().size(); r++) {
                    MatrixRow row = c.matrix().rows().get(r);
                    Fit fit = before.rows().get(r).fit();
                    if (fit.columnId().isEmpty()) {
                        continue;
                    }
                    String winner = fit.columnId().get();
                    Cell cell = Contents.cell(row, winner);
                    Statement unmarked = cell.statements().stream().filter(s -> !c.marks().contains(s.id()))
                            .findFirst().orElse(null);
                    if (unmarked == null) {
                        continue;
                    }
                    exercised[0]++;
                    Response more = c.response().withEvidence(
                            ((MarkedStatements) c.response().evidence()).withMark(unmarked.id()));
                    MatrixResult after = engine.bestFit(c.matrix(), more);
                    assertThat(after.rows().get(r).fit()).as("row %s after marking %s of winner %s (%s)", row.id(),
                            unmarked.id(), winner, engine).isEqualTo(new Fit.Winner(winner));
                    for (int other = 0; other < c.matrix().rows().size(); other++) {
                        if (other != r) {
                            assertThat(after.rows().get(other)).as("untouched row").isEqualTo(before.rows().get(other));
                        }
                    }
                }
            }
        });
        if (Properties.coverageApplies(500)) {
            assertThat(exercised[0]).as("winners with an unmarked statement").isGreaterThan(100);
        }
    }
}
