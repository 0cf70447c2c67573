package org.engagementrubrics.core.checklist;

/**
 * The answer to one checklist item.
 */
public enum ChecklistMark {
    /** The look-for was seen, or the question answered yes. */
    OBSERVED,
    /** The look-for was not seen, or the question answered no. */
    NOT_OBSERVED,
    /** The item does not apply; it is left out of every denominator. */
    NOT_APPLICABLE
}
