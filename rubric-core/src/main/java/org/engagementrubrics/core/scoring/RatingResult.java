package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The rating summaries of a conditions assessment: per condition, per indicator and overall.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responses the responses pooled: how many, their digest and the subject they share, not null
 * @param conditions the summary of each condition, in order, not null
 * @param overall the summary over every indicator, not null
 * @param explanation why, not null
 */
public record RatingResult(InstrumentRef instrument, ResponsePool responses, List<ConditionSummary> conditions,
        RatingSummary overall, Explanation explanation) implements ScoreResult {

    /**
     * Creates a result, copying the list of conditions.
     *
     * @param instrument the instrument scored, not null
     * @param responses the responses pooled: how many, their digest and the subject they share, not null
     * @param conditions the summary of each condition, in order, not null
     * @param overall the summary over every indicator, not null
     * @param explanation why, not null
     * @throws IllegalArgumentException if the pool holds no response
     */
    public RatingResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        if (responses.count() == 0) {
            throw new IllegalArgumentException("responses must hold one or more responses; a result pools at least one");
        }
        conditions = Arguments.copyOf(conditions, "conditions");
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
