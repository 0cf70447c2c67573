package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * What a {@link StagePlacement} sees: one standard's tallies per stage, in stage order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrumentId the instrument being scored, not null
 * @param standardId the standard being placed, not null
 * @param stages one tally per stage the standard describes, in stage order
 */
public record StageTallies(String instrumentId, String standardId, List<ColumnTally> stages) {

    /**
     * Creates a standard's tallies, copying the list of stages.
     *
     * @param instrumentId the instrument being scored, not null
     * @param standardId the standard being placed, not null
     * @param stages one tally per stage the standard describes, in stage order
     * @throws NullPointerException if a component or a list element is null
     */
    public StageTallies {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(standardId, "standardId");
        stages = Arguments.copyOf(stages, "stages");
    }

    /**
     * Returns the total number of marked statements across the stages.
     *
     * @return the marks
     */
    public int marked() {
        return stages.stream().mapToInt(ColumnTally::marked).sum();
    }
}
