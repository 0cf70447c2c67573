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
 * @param responses the responses pooled: how many, their digest and the subject they share, not null
 * @param dimensions the counts per dimension, in order of first appearance, not null
 * @param overall the counts over every indicator, not null
 * @param explanation why, not null
 */
public record RollupResult(InstrumentRef instrument, ResponsePool responses, List<StatusCounts> dimensions,
        StatusCounts overall, Explanation explanation) implements ScoreResult {

    /**
     * Creates a result, copying the list of dimensions.
     *
     * @param instrument the instrument scored, not null
     * @param responses the responses pooled: how many, their digest and the subject they share, not null
     * @param dimensions the counts per dimension, in order of first appearance, not null
     * @param overall the counts over every indicator, not null
     * @param explanation why, not null
     * @throws IllegalArgumentException if the pool holds no response
     */
    public RollupResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        if (responses.count() == 0) {
            throw new IllegalArgumentException("responses must hold one or more responses; a result pools at least one");
        }
        dimensions = Arguments.copyOf(dimensions, "dimensions");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns how many responses were pooled.
     *
     * @return {@code responses().count()}
     */
    @Override
    public long responseCount() {
        return responses.count();
    }
}
