package org.engagementrubrics.core.scoring;

import java.util.Objects;

/**
 * The points of a staged result: the name of the {@link StagePoints} that gave them and the total, with one part
 * per standard in the rubric's order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scheme the name of the points strategy, not null
 * @param total the total, one part per standard, not null
 */
public record StagePointsTotal(String scheme, PointsTotal total) {

    /**
     * Refuses a missing part.
     *
     * @param scheme the name of the points strategy, not null
     * @param total the total, one part per standard, not null
     */
    public StagePointsTotal {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(total, "total");
    }

    /**
     * Returns how many standards were left out of the points possible, being unplaced under a scheme that
     * excludes them.
     *
     * @return the count of not-applicable parts
     */
    public int excluded() {
        return total.count(PointsTotal.Status.NOT_APPLICABLE);
    }
}
