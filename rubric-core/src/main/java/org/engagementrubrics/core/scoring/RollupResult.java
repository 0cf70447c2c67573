package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The roll-up of district indicator statuses: per dimension and overall, with the share at Full.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responseIds the responses scored, sorted, not null
 * @param dimensions the counts per dimension, in order of first appearance, not null
 * @param overall the counts over every indicator, not null
 * @param explanation why, not null
 */
public record RollupResult(InstrumentRef instrument, List<String> responseIds, List<StatusCounts> dimensions,
        StatusCounts overall, Explanation explanation) implements ScoreResult {

    /**
     * Checks and copies the components.
     */
    public RollupResult {
        Objects.requireNonNull(instrument, "instrument");
        responseIds = Arguments.copyOf(responseIds, "responseIds");
        dimensions = Arguments.copyOf(dimensions, "dimensions");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns how many responses the result pools: the number of its response ids.
     *
     * @return the number of responses pooled
     */
    @Override
    public long responseCount() {
        return responseIds.size();
    }
}
