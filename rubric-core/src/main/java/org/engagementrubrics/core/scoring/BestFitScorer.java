package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.internal.ResponseCheck;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * Finds the best-fit column of every row of any matrix: the column with the most marked statements, a
 * tie decided by the tie policy, or no evidence.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BestFitScorer extends InstrumentScorer<MatrixInstrument, MatrixResult> {

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
    Map<String, Message> columnLabels() {
        return layout.columnLabels();
    }

    @Override
    MatrixResult score(InstrumentRef ref, Response response) {
        return result(ref, response, layout.count(((MarkedStatements) response.evidence()).statementIds()));
    }

    /** Checks the response and counts its marks in one pass. */
    @Override
    MatrixResult scoreChecked(InstrumentRef ref, Response response, RubricValidator validator) {
        int[] counts = checkedCounts(response, validator, layout);
        return counts == null ? super.scoreChecked(ref, response, validator) : result(ref, response, counts);
    }

    private MatrixResult result(InstrumentRef ref, Response response, int[] counts) {
        List<RowFit> rows = fits(counts);
        String tiePolicy = ties.name();
        return new MatrixResult(ref, response.id(), response.subjectId(), response.raterId(), rows,
                Explanation.lazy(() -> Explanations.bestFit(title, tiePolicy, rows)));
    }

    /** Fits every row by count, its rows made when first read. */
    MatrixFits fits(int[] counts) {
        return layout.fitByCount(counts, ties, Explanations.BEST_FIT);
    }

    /** Returns the explanation of the best fit of rows, as a matrix result has it. */
    Explanation explanation(List<RowFit> rows, String tiePolicy) {
        return Explanations.bestFit(title, tiePolicy, rows);
    }

    /** Returns the layout the fits are made over. */
    MatrixLayout layout() {
        return layout;
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
