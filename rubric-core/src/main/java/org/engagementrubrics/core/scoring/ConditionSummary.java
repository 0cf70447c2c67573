package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The ratings of one condition: the summary over its indicators and the summary of each indicator.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param conditionId the condition, not null
 * @param summary the summary over all of the condition's indicators, not null
 * @param indicators the summary of each indicator, in order, not null
 */
public record ConditionSummary(String conditionId, RatingSummary summary, List<RatingSummary> indicators) {

    /**
     * Creates a condition's summary, copying the list of indicators.
     *
     * @param conditionId the condition, not null
     * @param summary the summary over all of the condition's indicators, not null
     * @param indicators the summary of each indicator, in order, not null
     * @throws NullPointerException if a component or a list element is null
     */
    public ConditionSummary {
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(summary, "summary");
        indicators = Arguments.copyOf(indicators, "indicators");
    }
}
