package org.engagementrubrics.core.checklist;

/**
 * The mark a rater gives one checklist item, carried in a
 * {@link org.engagementrubrics.core.response.ChecklistAnswer}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ChecklistMark {
    /** The look-for was seen, or the question answered yes. */
    OBSERVED,
    /** The look-for was not seen, or the question answered no. */
    NOT_OBSERVED,
    /** The item does not apply; it is left out of every denominator. */
    NOT_APPLICABLE
}
