/**
 * The two grid instruments and the types they share: the staged rubric (standards by stages, such as the
 * Family Engagement Rubric) and the archetype matrix (dimensions by archetypes, such as the 4 Versions of
 * Family-School Partnerships).
 *
 * <p>{@link MatrixInstrument} is sealed over {@link StagedRubric} and {@link ArchetypeMatrix}. Its rows are the
 * sealed {@link MatrixRow} ({@link Standard} or {@link Dimension}) and its columns the sealed
 * {@link MatrixColumn} ({@link Stage} or {@link Archetype}); a row holds at most one {@link Cell} per column, and
 * a cell the {@link Statement}s a rater can mark. A response answers either kind with
 * {@link org.engagementrubrics.core.response.MarkedStatements}, and scoring finds the best-fit column of each
 * row. {@link ProfileRule}s and their {@link ProfileCondition}s belong to the archetype matrix alone: they
 * classify a whole school from its best fits.
 *
 * <p>{@code Statement} is also the item of a {@link org.engagementrubrics.core.survey.Survey}. Texts, sources,
 * errata and extensions come from {@link org.engagementrubrics.core}. Every type is immutable and thread-safe.
 */
package org.engagementrubrics.core.matrix;
