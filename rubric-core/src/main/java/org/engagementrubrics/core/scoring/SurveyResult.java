package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The summary of each survey statement over the responses.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responseIds the responses scored, sorted, not null
 * @param statements the summary of each statement, in order, not null
 * @param explanation why, not null
 */
public record SurveyResult(InstrumentRef instrument, List<String> responseIds, List<RatingSummary> statements,
        Explanation explanation) implements ScoreResult {

    /**
     * Checks and copies the components.
     */
    public SurveyResult {
        Objects.requireNonNull(instrument, "instrument");
        responseIds = Arguments.copyOf(responseIds, "responseIds");
        statements = Arguments.copyOf(statements, "statements");
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
