package org.engagementrubrics.core.response;

/**
 * What a rater recorded: marked statements, ratings, implementation statuses, checklist answers or criterion ratings.
 *
 * <p>Each instrument kind takes one kind of evidence: matrices take {@link MarkedStatements}, the
 * conditions assessment and the survey take {@link Ratings}, district indicators take
 * {@link Statuses}, checklists take {@link ChecklistAnswers}, points rubrics take {@link CriterionRatings}. Evidence is a set or a map sorted by id,
 * so the order in which marks were given never changes a result. All implementations are immutable
 * and thread-safe.
 */
public sealed interface Evidence permits MarkedStatements, Ratings, Statuses, ChecklistAnswers, CriterionRatings {

    /**
     * Returns the stable name of this evidence kind, as used in files and messages.
     *
     * @return the name, such as {@code marks}
     */
    String kindName();
}
