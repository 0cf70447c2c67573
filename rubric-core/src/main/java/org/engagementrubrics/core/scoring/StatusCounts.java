package org.engagementrubrics.core.scoring;

import java.util.Objects;

/**
 * Implementation statuses counted over a dimension (or overall) of district indicators.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key the dimension code, or {@code overall}, not null
 * @param none indicators assessed None
 * @param limited indicators assessed Limited
 * @param full indicators assessed Full
 * @param notAssessed indicators with no assessment
 * @param priorities None indicators marked as a priority
 */
public record StatusCounts(String key, int none, int limited, int full, int notAssessed, int priorities) {

    /**
     * Creates the counts of a dimension or of all indicators.
     *
     * @param key the dimension code, or {@code overall}, not null
     * @param none indicators assessed None
     * @param limited indicators assessed Limited
     * @param full indicators assessed Full
     * @param notAssessed indicators with no assessment
     * @param priorities None indicators marked as a priority
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if a count is negative
     */
    public StatusCounts {
        Objects.requireNonNull(key, "key");
        NonNegativeCounts.require("none", none, "limited", limited, "full", full, "notAssessed", notAssessed,
                "priorities", priorities);
    }

    /**
     * Returns how many indicators were assessed.
     *
     * @return none + limited + full
     */
    public int assessed() {
        return none + limited + full;
    }

    /**
     * Returns the share of assessed indicators at Full.
     *
     * @return full / assessed, or null if none were assessed
     */
    public Double shareFull() {
        return assessed() == 0 ? null : (double) full / assessed();
    }
}
