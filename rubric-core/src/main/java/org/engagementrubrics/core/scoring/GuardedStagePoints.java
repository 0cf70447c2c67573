package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's {@link StagePoints} behind a guard that turns its misbehaviour (an exception or an error it causes
 * itself, as {@link StrategyFailures} decides, a null, a part for another standard) into a
 * {@link ScoringException} naming the instrument and the standard.
 *
 * <p>The engine wraps a strategy once, when it is configured. This class is immutable and thread-safe when the
 * strategy is.
 */
final class GuardedStagePoints {

    // Logged under the engine's name, where an embedder's logging configuration already looks.
    private static final Logger LOG = LoggerFactory.getLogger(ScoringEngine.class);

    private final StagePoints points;

    GuardedStagePoints(StagePoints points) {
        this.points = Objects.requireNonNull(points, "stagePoints");
    }

    /** Returns the strategy as the user supplied it. */
    StagePoints points() {
        return points;
    }

    /** Returns the strategy's name, for results and explanations. */
    String name() {
        return points.name();
    }

    /**
     * Checks, for a built-in scheme, that it fits the rubric, when the rubric is prepared.
     *
     * @throws ScoringException naming the rubric and the first standard the scheme does not fit
     */
    void requireFits(StagedRubric rubric) {
        if (points instanceof StagePointsScheme scheme) {
            try {
                scheme.requireFits(rubric);
            } catch (IllegalArgumentException e) {
                throw new ScoringException(rubric.id(), "points", e.getMessage(), null);
            }
        }
    }

    /**
     * Gives every standard its points.
     *
     * @param instrumentId the rubric being scored
     * @param standards the standards' fits, in the rubric's order
     * @return the points
     * @throws ScoringException if the strategy fails on a standard
     */
    StagePointsTotal total(String instrumentId, List<RowFit> standards) {
        List<PointsTotal.Part> parts = new ArrayList<>(standards.size());
        for (RowFit row : standards) {
            List<String> stageIds = new ArrayList<>(row.tallies().size());
            row.tallies().forEach(tally -> stageIds.add(tally.columnId()));
            parts.add(part(new PlacedStandard(instrumentId, row.rowId(), stageIds, row.fit())));
        }
        return new StagePointsTotal(points.name(), PointsTotal.of(parts));
    }

    private PointsTotal.Part part(PlacedStandard standard) {
        PointsTotal.Part part;
        try {
            part = points.points(standard);
        } catch (Throwable e) { // which failures are wrapped: StrategyFailures
            if (!StrategyFailures.wraps(e)) {
                throw e;
            }
            LOG.debug("stage points {} failed on {} / {}", points.name(), standard.instrumentId(),
                    standard.standardId(), e);
            throw new ScoringException(standard.instrumentId(), standard.standardId(), "stage points '"
                    + points.name() + "' failed: " + e, e);
        }
        if (part == null) {
            throw new ScoringException(standard.instrumentId(), standard.standardId(), "stage points '"
                    + points.name() + "' returned null; expected the standard's points", null);
        }
        if (!part.id().equals(standard.standardId())) {
            throw new ScoringException(standard.instrumentId(), standard.standardId(), "stage points '"
                    + points.name() + "' answered a part for '" + part.id() + "'; expected one for '"
                    + standard.standardId() + "'", null);
        }
        return part;
    }

    @Override
    public String toString() {
        return "GuardedStagePoints[" + points.name() + "]";
    }
}
