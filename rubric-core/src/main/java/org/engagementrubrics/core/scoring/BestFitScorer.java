package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.internal.ResponseCheck;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;

/**
 * Finds the best-fit column of every row of any matrix: the column with the most marked statements, a
 * tie decided by the tie policy, or no evidence.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BestFitScorer extends InstrumentScorer<MatrixInstrument, MatrixResult> {

    private static final MatrixLayout.RowPlacer BY_COUNT =
            (rowId, tallies) -> StagePlacements.best(tallies, (a, b) -> Integer.compare(a.marked(), b.marked()));

    private final MatrixLayout layout;
    private final GuardedTiePolicy ties;
    private final String title;

    BestFitScorer(MatrixInstrument matrix, GuardedTiePolicy ties) {
        this(matrix, ties, ResponseCheck.of(matrix));
    }

    BestFitScorer(MatrixInstrument matrix, GuardedTiePolicy ties, ResponseCheck check) {
        super(matrix, check);
        this.layout = MatrixLayout.of(matrix, true);
        this.ties = ties;
        this.title = matrix.title().text();
    }

    /** Returns the label of each column id, for explanations that name columns. */
    Map<String, String> columnLabels() {
        return layout.columnLabels();
    }

    @Override
    MatrixResult score(InstrumentRef ref, Response response) {
        Set<String> marks = ((MarkedStatements) response.evidence()).statementIds();
        List<RowFit> rows = layout.fit(marks, BY_COUNT, ties, Explanations.BEST_FIT);
        String tiePolicy = ties.name();
        return new MatrixResult(ref, response.id(), response.subjectId(), response.raterId(), rows,
                Explanation.lazy(() -> Explanations.bestFit(title, tiePolicy, rows)));
    }

    @Override
    MatrixResult explained(ScoreResult result, String tiePolicy) {
        MatrixResult matrix = requireResult(result, MatrixResult.class);
        List<RowFit> rows = layout.explain(matrix.rows(), Explanations.BEST_FIT);
        return new MatrixResult(matrix.instrument(), matrix.responseId(), matrix.subjectId(), matrix.raterId(), rows,
                Explanation.lazy(() -> Explanations.bestFit(title, tiePolicy, rows)));
    }

    @Override
    String tiePolicy() {
        return ties.name();
    }
}
