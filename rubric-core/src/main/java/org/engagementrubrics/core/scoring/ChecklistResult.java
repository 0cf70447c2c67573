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
 * @param responseIds the responses scored, sorted, not null
 * @param groups the counts per group, in order, not null
 * @param overall the counts over every item, not null
 * @param explanation why, not null
 */
public record ChecklistResult(InstrumentRef instrument, List<String> responseIds, List<ChecklistCounts> groups,
        ChecklistCounts overall, Explanation explanation) implements ScoreResult {

    /**
     * Checks and copies the components.
     */
    public ChecklistResult {
        Objects.requireNonNull(instrument, "instrument");
        responseIds = Arguments.copyOf(responseIds, "responseIds");
        groups = Arguments.copyOf(groups, "groups");
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
