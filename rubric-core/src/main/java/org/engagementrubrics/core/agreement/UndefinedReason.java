package org.engagementrubrics.core.agreement;

/**
 * Why an agreement coefficient has no value for some data.
 */
public enum UndefinedReason {
    /** Fewer raters than the coefficient compares (two; exactly two for Cohen's kappa). */
    TOO_FEW_RATERS,
    /** Cohen's kappa compares exactly two raters and the data have more. */
    NOT_TWO_RATERS,
    /** No unit has the values the coefficient compares (two or more; both raters' for Cohen's kappa). */
    NO_PAIRABLE_VALUES,
    /** Every compared value is the same, so no disagreement is expected by chance and the ratio is 0/0. */
    NO_VARIATION,
    /** The metric or weights measure distances between numbers and the values are categories. */
    NOT_NUMERIC,
    /** The ratio metric needs values of at least 0 and some are negative. */
    NEGATIVE_VALUES,
    /** Fleiss' kappa needs every rated unit to have the same number of values and they differ. */
    UNEQUAL_VALUES_PER_UNIT
}
