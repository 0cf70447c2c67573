/**
 * The scoring engine: best fit per row, stage placement, profile classification, rating summaries,
 * indicator roll-ups, checklist counts and survey summaries, each with an explanation.
 *
 * <p>{@link org.engagementrubrics.core.scoring.ScoringEngine} is the entry point. Strategies are small
 * functional interfaces ({@link org.engagementrubrics.core.scoring.TiePolicy},
 * {@link org.engagementrubrics.core.scoring.StagePlacement}) with built-ins in plural utility classes
 * ({@link org.engagementrubrics.core.scoring.TiePolicies},
 * {@link org.engagementrubrics.core.scoring.StagePlacements}). A user-supplied strategy is guarded: an
 * exception or an out-of-range answer becomes a {@link org.engagementrubrics.core.scoring.ScoringException}
 * naming the instrument and the row.
 */
package org.engagementrubrics.core.scoring;
