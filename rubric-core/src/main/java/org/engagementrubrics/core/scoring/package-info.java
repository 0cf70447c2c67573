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
 *
 * <p>To score many responses on one instrument, prepare it: a
 * {@link org.engagementrubrics.core.scoring.PreparedInstrument} is validated, fingerprinted and indexed
 * once, and gives exactly the engine's results. Its
 * {@link org.engagementrubrics.core.scoring.CheckedResponse} lets a reader check a response when it reads it
 * and the caller score it later without a second check. A {@link org.engagementrubrics.core.scoring.Tally}
 * pools responses one at a time in memory that grows with the instrument, merges with other tallies, and
 * saves its counts as a {@link org.engagementrubrics.core.scoring.TallyState}; pooled results name their
 * responses by a {@link org.engagementrubrics.core.scoring.ResponsePool} (count, digest, shared subject).
 *
 * <pre>{@code
 * PreparedInstrument<Survey, SurveyResult> prepared = ScoringEngine.defaults().prepare(survey);
 * CheckedResponse checked = prepared.check(response);
 * SurveyResult one = prepared.score(checked);           // throws the problems if it did not pass
 * SurveyResult all = prepared.summarize(responses);     // pooled kinds only
 * Tally<SurveyResult> tally = prepared.tally();         // the same, one response at a time
 * responses.forEach(tally::add);
 * }</pre>
 *
 * <p>Inside, the engine hands each instrument kind to its own package-private scorer (best fit and
 * profile, stage placement, ratings, roll-up, checklist, survey); every English sentence of an
 * explanation is made in one place ({@code Explanations}).
 */
package org.engagementrubrics.core.scoring;
