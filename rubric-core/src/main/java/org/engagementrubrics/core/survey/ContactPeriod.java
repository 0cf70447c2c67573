package org.engagementrubrics.core.survey;

/**
 * How often a {@link ContactGoal} asks that each family be reached, such as once per quarter.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ContactPeriod {
    /** Every week. */
    WEEK,
    /** Every month. */
    MONTH,
    /** Every quarter. */
    QUARTER,
    /** Every term or semester. */
    TERM,
    /** Every school year. */
    YEAR
}
