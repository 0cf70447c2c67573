package org.engagementrubrics.core.raters;

/**
 * The level of measurement of a panel's values, which decides the figures and agreement statistics that suit
 * them.
 */
public enum ValueKind {
    /** Ordered categories without distances: matrix columns, stages, implementation statuses. */
    ORDINAL,
    /** Ratings on a numeric scale, such as 1 to 4: ordered, with a mean. */
    RATING,
    /** Unordered categories, such as checklist answers. */
    NOMINAL
}
