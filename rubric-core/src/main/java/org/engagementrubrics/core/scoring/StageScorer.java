package org.engagementrubrics.core.scoring;

import java.util.List;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * Places every standard of a staged rubric on a stage with the engine's guarded stage placement, ties
 * decided by its tie policy.
 *
 * <p>This class is immutable and thread-safe.
 */
final class StageScorer extends InstrumentScorer<StagedRubric, StageResult> {

    private final MatrixLayout layout;
    private final GuardedStagePlacement placement;
    private final GuardedTiePolicy ties;
    private final MatrixLayout.RowPlacer placer;
    private final String title;

    StageScorer(StagedRubric rubric, GuardedStagePlacement placement, GuardedTiePolicy ties) {
        super(rubric);
        this.layout = MatrixLayout.of(rubric, false);
        this.placement = placement;
        this.ties = ties;
        String rubricId = rubric.id();
        this.placer = (standardId, tallies) -> placement.place(rubricId, standardId, tallies);
        this.title = rubric.title().text();
    }

    @Override
    StageResult score(InstrumentRef ref, Response response) {
        return result(ref, response, layout.count(((MarkedStatements) response.evidence()).statementIds()));
    }

    /** Checks the response and counts its marks in one pass. */
    @Override
    StageResult scoreChecked(InstrumentRef ref, Response response, RubricValidator validator) {
        int[] counts = checkedCounts(response, validator, layout);
        return counts == null ? super.scoreChecked(ref, response, validator) : result(ref, response, counts);
    }

    /** Places every standard: by count from the counts alone, or through the engine's placement. */
    private StageResult result(InstrumentRef ref, Response response, int[] counts) {
        List<RowFit> standards = placement.byCount() ? layout.fitByCount(counts, ties, Explanations.PLACED)
                : layout.fit(counts, placer, ties, Explanations.PLACED);
        String placementName = placement.name();
        String tiePolicy = ties.name();
        return new StageResult(ref, response.id(), response.subjectId(), response.raterId(), placementName,
                standards, Explanation.lazy(() -> Explanations.placement(title, placementName, tiePolicy, standards)));
    }

    /** Explains a stage result, or a matrix result (best fit on this rubric) with a best-fit scorer made for it. */
    @Override
    ScoreResult explained(ScoreResult result, String tiePolicy) {
        if (result instanceof MatrixResult) {
            return new BestFitScorer(instrument(), ties, check()).explained(result, tiePolicy);
        }
        StageResult stage = requireResult(result, StageResult.class);
        List<RowFit> standards = layout.explain(stage.rows(), Explanations.PLACED);
        String placementName = stage.placement();
        return new StageResult(stage.instrument(), stage.responseId(), stage.subjectId(), stage.raterId(),
                placementName, standards,
                Explanation.lazy(() -> Explanations.placement(title, placementName, tiePolicy, standards)));
    }

    @Override
    String tiePolicy() {
        return ties.name();
    }
}
