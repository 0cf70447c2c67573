package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Set;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;

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
        Set<String> marks = ((MarkedStatements) response.evidence()).statementIds();
        List<RowFit> standards = layout.fit(marks, placer, ties, Explanations.PLACED);
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
