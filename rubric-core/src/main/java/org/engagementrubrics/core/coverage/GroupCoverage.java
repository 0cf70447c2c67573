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
     * Checks the components.
     *
     * @param groupId the roster group, not null
     * @param figures its figures, or why they are withheld, not null
     */
    public GroupCoverage {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(figures, "figures");
    }
}
