package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagementrubrics.core.internal.Arguments;

/**
 * One standard of a staged rubric as it was placed, handed to a {@link StagePoints} to be given points.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrumentId the rubric being scored, not null
 * @param standardId the standard, not null
 * @param stageIds the standard's stages in their order (the columns it has cells in), not null
 * @param fit how the standard was placed: a winner or resolved tie names one of {@code stageIds}, not null
 */
public record PlacedStandard(String instrumentId, String standardId, List<String> stageIds, Fit fit) {

    /**
     * Refuses a missing part, and a fit on a stage the standard does not have.
     *
     * @param instrumentId the rubric being scored, not null
     * @param standardId the standard, not null
     * @param stageIds the standard's stages in their order (the columns it has cells in), not null
     * @param fit how the standard was placed: a winner or resolved tie names one of {@code stageIds}, not null
     * @throws IllegalArgumentException if the fit names a stage that is not one of {@code stageIds}
     */
    public PlacedStandard {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(standardId, "standardId");
        stageIds = Arguments.copyOf(stageIds, "stageIds");
        Objects.requireNonNull(fit, "fit");
        String stage = fit.columnId().orElse(null);
        if (stage != null && !stageIds.contains(stage)) {
            throw new IllegalArgumentException("fit names stage '" + stage + "', which standard '" + standardId
                    + "' does not have; expected one of " + stageIds);
        }
    }

    /**
     * Returns the stage the standard was placed on, if it was placed (a winner, or a tie a policy resolved).
     *
     * @return the stage id, empty for a tie, no evidence or evidence below a threshold
     */
    public Optional<String> stageId() {
        return fit.columnId();
    }

    /**
     * Returns the position of the stage the standard was placed on among the standard's own stages.
     *
     * @return 1 for the standard's first stage, or 0 if the standard was not placed
     */
    public int position() {
        return fit.columnId().map(stage -> stageIds.indexOf(stage) + 1).orElse(0);
    }
}
