package org.engagementrubrics.core.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * Places every standard of a staged rubric on a stage with the engine's guarded stage placement, ties
 * decided by its tie policy, and, when the engine has a {@link StagePoints}, gives the standards their points.
 *
 * <p>This class is immutable and thread-safe.
 */
final class StageScorer extends InstrumentScorer<StagedRubric, StageResult> {

    private final MatrixLayout layout;
    private final GuardedStagePlacement placement;
    private final GuardedTiePolicy ties;
    private final MatrixLayout.RowPlacer placer;
    private final String title;
    /** The points strategy, or null for results without points. */
    private final GuardedStagePoints points;
    /** Each standard's name in explanations, such as "Standard 1", by id. */
    private final Map<String, Message> standardNames;

    StageScorer(StagedRubric rubric, GuardedStagePlacement placement, GuardedTiePolicy ties) {
        this(rubric, placement, ties, null);
    }

    /**
     * Makes the scorer; a points strategy is checked against the rubric here, once.
     *
     * @throws ScoringException if the points strategy is a scheme that does not fit the rubric
     */
    StageScorer(StagedRubric rubric, GuardedStagePlacement placement, GuardedTiePolicy ties,
            GuardedStagePoints points) {
        super(rubric);
        if (points != null) {
            points.requireFits(rubric);
        }
        this.points = points;
        Map<String, Message> names = new HashMap<>();
        for (Standard standard : rubric.standards()) {
            names.putIfAbsent(standard.id(), Explanations.rowName(standard));
        }
        this.standardNames = Map.copyOf(names);
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
        StagePointsTotal total = points == null ? null : points.total(instrument().id(), standards);
        return new StageResult(ref, response.id(), response.subjectId(), response.raterId(), placementName,
                standards, explanation(placementName, tiePolicy, standards, total), total);
    }

    private Explanation explanation(String placementName, String tiePolicy, List<RowFit> standards,
            StagePointsTotal total) {
        return Explanation.lazy(() -> Explanations.placement(title, placementName, tiePolicy, standards,
                total == null ? List.of()
                        : Explanations.stagePoints(total, standards, standardNames, layout.columnLabels())));
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
        // points stored with the result are kept; a result stored without points gets the engine's, if any
        StagePointsTotal total = stage.points() != null || points == null ? stage.points()
                : points.total(instrument().id(), standards);
        return new StageResult(stage.instrument(), stage.responseId(), stage.subjectId(), stage.raterId(),
                placementName, standards, explanation(placementName, tiePolicy, standards, total), total);
    }

    @Override
    String tiePolicy() {
        return ties.name();
    }
}
