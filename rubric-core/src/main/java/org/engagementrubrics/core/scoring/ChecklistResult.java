package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The checklist answers counted per group and overall.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responses the responses pooled: how many, their digest and the subject they share, not null
 * @param groups the counts per group, in order, not null
 * @param overall the counts over every item, not null
 * @param explanation why, not null
 */
public record ChecklistResult(InstrumentRef instrument, ResponsePool responses, List<ChecklistCounts> groups,
        ChecklistCounts overall, Explanation explanation) implements ScoreResult {

    /**
     * Creates a result, copying the list of groups.
     *
     * @param instrument the instrument scored, not null
     * @param responses the responses pooled: how many, their digest and the subject they share, not null
     * @param groups the counts per group, in order, not null
     * @param overall the counts over every item, not null
     * @param explanation why, not null
     * @throws IllegalArgumentException if the pool holds no response
     */
    public ChecklistResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        if (responses.count() == 0) {
            throw new IllegalArgumentException("responses must hold one or more responses; a result pools at least one");
        }
        groups = Arguments.copyOf(groups, "groups");
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
