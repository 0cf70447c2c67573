/**
 * What raters record: a {@link Response} is one rater's evidence about one subject (a school, a district) on
 * one instrument, which it names by id and version rather than holds, so responses can be stored and read
 * apart from their instrument.
 *
 * <p>The evidence is the sealed {@link Evidence}: {@link MarkedStatements} for the two matrices,
 * {@link Ratings} of {@link Rating}s for the conditions assessment and the survey, {@link Statuses} of
 * {@link IndicatorAssessment}s for district indicators, {@link ChecklistAnswers} of {@link ChecklistAnswer}s
 * for checklists, and {@link CriterionRatings} of {@link CriterionRating}s for points rubrics. {@code Rating} is sealed too: a value, not rated, or not applicable. Evidence is sorted by id,
 * so the order in which marks were given never changes a result.
 *
 * <p>This package uses the instrument packages only for their answer values
 * ({@link org.engagementrubrics.core.checklist.ChecklistMark},
 * {@link org.engagementrubrics.core.district.ImplementationStatus}). Whether a response fits its instrument
 * (the ids it names, its evidence kind, its ratings on the scale) is checked by
 * {@link org.engagementrubrics.core.validation.RubricValidator}. Every type is immutable and thread-safe.
 */
package org.engagementrubrics.core.response;
