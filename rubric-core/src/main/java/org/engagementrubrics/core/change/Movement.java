package org.engagementrubrics.core.change;

/**
 * How one unit changed between two reviews.
 */
public enum Movement {
    /** A higher stage, a later column, or a higher mean. */
    UP,
    /** A lower stage, an earlier column, or a lower mean. */
    DOWN,
    /** The same standing on both sides. */
    SAME,
    /** A different standing with no direction (a tie involved, or counts that differ). */
    CHANGED,
    /** No standing before (not placed, no evidence, nothing rated), one after. */
    NEWLY_PLACED,
    /** A standing before, none after. */
    NO_LONGER_PLACED,
    /** No standing on either side. */
    NEVER_PLACED,
    /** The unit exists in the later version of the instrument only. */
    ADDED,
    /** The unit exists in the earlier version of the instrument only. */
    REMOVED,
    /** The figures are withheld by the small-cell rule; the change says why. */
    WITHHELD
}
