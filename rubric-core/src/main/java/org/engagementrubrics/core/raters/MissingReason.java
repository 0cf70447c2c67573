package org.engagementrubrics.core.raters;

/**
 * Why a rater has no value for a unit of a panel.
 */
public enum MissingReason {
    /** The row's best fit is a tie between columns that no tie policy resolved. */
    TIE("tie"),
    /** No statement of the row was marked. */
    NO_EVIDENCE("no evidence"),
    /** The evidence was below the placement threshold. */
    BELOW_THRESHOLD("below threshold"),
    /** The standard was placed on no stage (a tie, no evidence or below the threshold). */
    NO_PLACEMENT("no placement"),
    /** The rating was left out or marked not rated. */
    NOT_RATED("not rated"),
    /** The rater marked the indicator or item not applicable. */
    NOT_APPLICABLE("not applicable"),
    /** The indicator's implementation status was not assessed. */
    NOT_ASSESSED("not assessed"),
    /** The checklist item was not answered. */
    UNANSWERED("unanswered");

    private final String label;

    MissingReason(String label) {
        this.label = label;
    }

    /**
     * Returns the reason as written in reports.
     *
     * @return such as {@code not applicable}
     */
    public String label() {
        return label;
    }
}
