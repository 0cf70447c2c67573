/**
 * The checklist, such as "Is Your Child's School Student-Centered?": look-fors and labelled questions a parent
 * answers after a school visit.
 *
 * <p>A {@link Checklist} holds {@link ChecklistGroup}s of {@link ChecklistItem}s. Each item is answered with a
 * {@link ChecklistMark} (observed, not observed or not applicable), carried in a response as
 * {@link org.engagementrubrics.core.response.ChecklistAnswers}; "not applicable" stays out of every denominator.
 * One of the six kinds of {@link org.engagementrubrics.core.Instrument}. Every type is immutable and
 * thread-safe.
 */
package org.engagementrubrics.core.checklist;
