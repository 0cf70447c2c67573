/**
 * The points rubric: criteria, each with its own ordered levels worth points, as LMS rubrics (Canvas, Moodle,
 * Sakai) and 1EdTech CASE {@code CFRubric}s carry them.
 *
 * <p>A {@link PointsRubric} holds {@link Criterion}s; each is marked on a {@link CriterionScale}: its
 * {@link Level}s worth exact points, its levels as point ranges, or free-form points up to a maximum. Each
 * criterion has a weight, 1 unless given. A response rates each criterion with a
 * {@link org.engagementrubrics.core.response.CriterionRating} (a level, points, not rated or not applicable),
 * carried as {@link org.engagementrubrics.core.response.CriterionRatings}. Points and weights are exact
 * {@link java.math.BigDecimal}s in canonical form, so {@code 2}, {@code 2.0} and {@code 2.00} make equal
 * instruments. One of the kinds of {@link org.engagementrubrics.core.Instrument}. Every type is immutable and
 * thread-safe.
 */
package org.engagementrubrics.core.points;
