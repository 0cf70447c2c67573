package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's {@link StagePlacement} behind a guard that turns its misbehaviour (an exception or an error it
 * causes itself, as {@link StrategyFailures} decides, a null, a resolved tie, a stage the standard does not have) into a {@link ScoringException} naming the instrument
 * and the standard.
 *
 * <p>The engine wraps a placement once, when it is configured; the instrument and standard are passed in
 * at each call. This class is immutable and thread-safe when the placement is.
 */
final class GuardedStagePlacement {

    // Logged under the engine's name, where an embedder's logging configuration already looks.
    private static final Logger LOG = LoggerFactory.getLogger(ScoringEngine.class);

    private final StagePlacement placement;

    GuardedStagePlacement(StagePlacement placement) {
        this.placement = Objects.requireNonNull(placement, "stagePlacement");
    }

    /** Returns the placement as the user supplied it. */
    StagePlacement placement() {
        return placement;
    }

    /** Checks if the placement is the built-in {@link StagePlacements#bestFitByCount()}. */
    boolean byCount() {
        return placement == StagePlacements.bestFitByCount();
    }

    /** Returns the placement's name, for explanations and results. */
    String name() {
        return placement.name();
    }

    /**
     * Places one standard.
     *
     * @param instrumentId the rubric being scored
     * @param standardId the standard being placed
     * @param tallies the standard's tallies per stage it has, in stage order
     * @return the placement's fit: a winner, a tie, no evidence or below threshold
     * @throws ScoringException if the placement throws (see {@link StrategyFailures}), returns null or a resolved tie, or names a stage the
     *         standard does not have
     */
    Fit place(String instrumentId, String standardId, List<ColumnTally> tallies) {
        Fit fit;
        try {
            fit = placement.place(new StageTallies(instrumentId, standardId, tallies));
        } catch (Throwable e) { // which failures are wrapped: StrategyFailures
            if (!StrategyFailures.wraps(e)) {
                throw e;
            }
            LOG.debug("stage placement {} failed on {} / {}", placement.name(), instrumentId, standardId, e);
            throw new ScoringException(instrumentId, standardId, "stage placement '" + placement.name()
                    + "' failed: " + e, e);
        }
        if (fit == null) {
            throw new ScoringException(instrumentId, standardId, "stage placement '" + placement.name()
                    + "' returned null; expected a Fit", null);
        }
        if (fit instanceof Fit.Resolved) {
            throw new ScoringException(instrumentId, standardId, "stage placement '" + placement.name()
                    + "' returned a resolved tie; return a Tie and let the tie policy decide", null);
        }
        if (fit instanceof Fit.Winner winner) {
            requireStage(instrumentId, standardId, tallies, winner.column());
        } else if (fit instanceof Fit.Tie tie) {
            for (String id : tie.tied()) {
                requireStage(instrumentId, standardId, tallies, id);
            }
        }
        return fit;
    }

    /** Refuses a stage the standard does not have; a scan, as a standard has a handful of stages. */
    private void requireStage(String instrumentId, String standardId, List<ColumnTally> tallies, String id) {
        for (ColumnTally tally : tallies) {
            if (tally.columnId().equals(id)) {
                return;
            }
        }
        throw new ScoringException(instrumentId, standardId, "stage placement '" + placement.name()
                + "' chose stage '" + id + "', which this standard does not have; expected one of "
                + tallies.stream().map(ColumnTally::columnId).toList(), null);
    }

    @Override
    public String toString() {
        return "GuardedStagePlacement[" + placement.name() + "]";
    }
}
