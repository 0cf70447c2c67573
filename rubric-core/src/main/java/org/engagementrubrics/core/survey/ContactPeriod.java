package org.engagementrubrics.core.survey;

/**
 * The period within which a contact goal must be met.
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
