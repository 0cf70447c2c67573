package org.engagementrubrics.core.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * A contact goal, such as "100% of families hear from their child's teacher at least once per quarter",
 * with the groups across which gaps are watched.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, not null
 * @param description the goal as the source states it, not null
 * @param targetPercent the share of families to reach, 1 to 100
 * @param period how often each family must be reached, not null
 * @param monitoredGroups the groups whose contact rates are compared, possibly empty
 */
public record ContactGoal(@WellFormedId String id, @Valid LocalizedText description,
        @Positive @Max(100) int targetPercent, ContactPeriod period, List<@Valid MonitoredGroup> monitoredGroups) {

    /**
     * Creates a contact goal; the monitored groups are copied. Only a null required component fails here; the
     * data rules are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, not null
     * @param description the goal as the source states it, not null
     * @param targetPercent the share of families to reach, 1 to 100
     * @param period how often each family must be reached, not null
     * @param monitoredGroups the groups whose contact rates are compared, possibly empty
     */
    public ContactGoal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(period, "period");
        monitoredGroups = Arguments.copyOf(monitoredGroups, "monitoredGroups");
    }
}
