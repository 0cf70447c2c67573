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
 * @param responses the responses pooled: how many, their digest and the subject they share, not null
 * @param statements the summary of each statement, in order, not null
 * @param explanation why, not null
 */
public record SurveyResult(InstrumentRef instrument, ResponsePool responses, List<RatingSummary> statements,
        Explanation explanation) implements ScoreResult {

    /**
     * Creates a result, copying the list of statements.
     *
     * @param instrument the instrument scored, not null
     * @param responses the responses pooled: how many, their digest and the subject they share, not null
     * @param statements the summary of each statement, in order, not null
     * @param explanation why, not null
     * @throws IllegalArgumentException if the pool holds no response
     */
    public SurveyResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        if (responses.count() == 0) {
            throw new IllegalArgumentException("responses must hold one or more responses; a result pools at least one");
        }
        statements = Arguments.copyOf(statements, "statements");
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
