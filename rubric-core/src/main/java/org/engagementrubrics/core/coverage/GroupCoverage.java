package org.engagementrubrics.core.coverage;

import java.util.Objects;

/**
 * The coverage of one roster group in one period, such as {@code multilingual-learner} or
 * {@code race-ethnicity:hispanic}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param groupId the roster group, not null
 * @param figures its figures, or why they are withheld, not null
 */
public record GroupCoverage(String groupId, Figures figures) {

    /**
     * Creates a group's coverage in one period.
     *
     * @param groupId the roster group, not null
     * @param figures its figures, or why they are withheld, not null
     * @throws NullPointerException if a component is null
     */
    public GroupCoverage {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(figures, "figures");
    }
}
