package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.engagementrubrics.core.internal.Words;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the prepared fast path (lookups gathered once, explanations written lazily) gives exactly what a
 * straightforward reference gives, written in this test from the instrument and the marks: the same tallies,
 * fits and explanation sentences, however many threads ask for the explanation first.
 */
class FastPathPropertiesTest {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);

    record Case(MatrixInstrument matrix, Response response) {
    }

    static Gen<Case> cases() {
        return Generators.matrixInstruments().flatMap(m -> Generators.response(m).map(r -> new Case(m, r)));
    }

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    @Test
    void preparedMatrixScoringWritesTheReferenceTalliesFitsAndSentences() {
        Properties.forAll("prepared matrix scoring equals the reference", 300, cases(), c -> {
            List<RowFit> rows = rows(c.matrix(), c.response());
            Set<String> marks = ((MarkedStatements) c.response().evidence()).statementIds();
            boolean staged = c.matrix() instanceof StagedRubric;
            String decided = staged ? "placed at " : "best fit is ";
            assertThat(rows).hasSize(c.matrix().rows().size());
            for (int i = 0; i < rows.size(); i++) {
                MatrixRow row = c.matrix().rows().get(i);
                List<ColumnTally> tallies = staged ? ScoringOracle.cellTallies(c.matrix(), row, marks)
                        : ScoringOracle.tallies(c.matrix(), row, marks);
                Fit fit = ScoringOracle.reported(ScoringOracle.topByCount(tallies));
                RowFit actual = rows.get(i);
                assertThat(actual.rowId()).isEqualTo(row.id());
                assertThat(actual.tallies()).isEqualTo(tallies);
                assertThat(actual.fit()).isEqualTo(fit);
                assertThat(actual.explanation().summary()).isEqualTo(summary(c.matrix(), row, tallies, fit, decided));
                assertThat(actual.explanation().details()).isEqualTo(evidence(c.matrix(), tallies));
                assertThat(actual.explanation().parts()).isEmpty();
            }
        });
    }

    @Test
    void anExplanationAskedForByManyThreadsAtOnceIsTheOneAskedForAlone() {
        Properties.forAll("lazy explanations are deterministic under contention", 100, cases(), c -> {
            ScoreResult alone = ENGINE.score(c.matrix(), c.response());
            String expected = alone.explanation().toText();
            ScoreResult shared = score(c.matrix(), c.response());
            List<Future<String>> texts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                texts.add(THREADS.submit(() -> shared.explanation().toText()));
            }
            for (Future<String> text : texts) {
                assertThat(text).succeedsWithin(java.time.Duration.ofSeconds(30)).isEqualTo(expected);
            }
            ScoreResult untouched = score(c.matrix(), c.response());
            assertThat(untouched).isEqualTo(shared).hasSameHashCodeAs(shared);
            assertThat(untouched.toString()).isEqualTo(shared.toString()).contains(expected.trim());
        });
    }

    private static ScoreResult score(MatrixInstrument matrix, Response response) {
        return matrix instanceof StagedRubric rubric ? ENGINE.prepare(rubric).score(response)
                : ENGINE.prepare((ArchetypeMatrix) matrix).score(response);
    }

    private static List<RowFit> rows(MatrixInstrument matrix, Response response) {
        ScoreResult result = score(matrix, response);
        return result instanceof StageResult stage ? stage.rows() : ((ArchetypeResult) result).rows();
    }

    // ----- the reference wording, written out here as the documentation states it -------------------

    private static String label(MatrixInstrument matrix, String columnId) {
        for (MatrixColumn column : matrix.columns()) {
            if (column.id().equals(columnId)) {
                return column instanceof Stage stage ? "Stage " + stage.position() + " " + stage.label().text()
                        : column.label().text();
            }
        }
        throw new AssertionError("no column " + columnId);
    }

    private static List<String> evidence(MatrixInstrument matrix, List<ColumnTally> tallies) {
        return tallies.stream().map(t -> label(matrix, t.columnId()) + ": " + t.marked() + " of "
                + Words.count(t.total(), "statement") + " marked").toList();
    }

    private static String summary(MatrixInstrument matrix, MatrixRow row, List<ColumnTally> tallies, Fit fit,
            String decided) {
        String name = row instanceof Standard standard ? "Standard " + standard.number() : row.label().text();
        if (fit instanceof Fit.Winner winner) {
            ColumnTally tally = tallies.stream().filter(t -> t.columnId().equals(winner.column())).findFirst()
                    .orElseThrow();
            return name + ": " + decided + label(matrix, winner.column()) + " (" + tally.marked() + " of "
                    + tally.total() + " marked)";
        }
        if (fit instanceof Fit.Tie tie) {
            List<String> names = tie.tied().stream().map(id -> label(matrix, id)).toList();
            String joined = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            int marked = tallies.stream().filter(t -> t.columnId().equals(tie.tied().get(0))).findFirst()
                    .orElseThrow().marked();
            return name + ": tie between " + joined + " (" + Words.count(marked, "mark") + " each); reported as a tie";
        }
        return name + ": no evidence (no statement in this row is marked)";
    }
}
