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
 * @param responseIds the responses scored, sorted, not null
 * @param conditions the summary of each condition, in order, not null
 * @param overall the summary over every indicator, not null
 * @param explanation why, not null
 */
public record RatingResult(InstrumentRef instrument, List<String> responseIds, List<ConditionSummary> conditions,
        RatingSummary overall, Explanation explanation) implements ScoreResult {

    /**
     * Checks and copies the components.
     */
    public RatingResult {
        Objects.requireNonNull(instrument, "instrument");
        responseIds = Arguments.copyOf(responseIds, "responseIds");
        conditions = Arguments.copyOf(conditions, "conditions");
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
