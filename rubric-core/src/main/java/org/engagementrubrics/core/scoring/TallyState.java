package org.engagementrubrics.core.scoring;

/**
 * What a {@link Tally} has counted, as an immutable value: the instrument, the pool of responses, and the
 * counts its result is computed from, so that a tally can be stored (in JSON: {@code rating-tally},
 * {@code rollup-tally}, {@code checklist-tally}, {@code survey-tally}, {@code points-tally}), sent elsewhere and merged later.
 *
 * <pre>{@code
 * TallyState part = tally.state();                          // store or send it
 * Tally<SurveyResult> whole = prepared.tally(part);         // restore it: the same instrument only
 * whole.merge(otherPart);                                   // merge another part, in any order
 * }</pre>
 *
 * <p>Its size grows with the instrument (one set of counts per item, dimension or group), never with the
 * number of responses. Each record checks what it can on its own (counts zero or more; for ratings, one
 * answer per response and item, every item on the same scale values); restoring it checks the rest against
 * the instrument. All implementations are immutable and thread-safe records.
 */
public sealed interface TallyState permits RatingTallyState, RollupTallyState, ChecklistTallyState, SurveyTallyState,
        PointsTallyState {

    /**
     * Returns the instrument whose responses were counted.
     *
     * @return the instrument's id, version and fingerprint
     */
    InstrumentRef instrument();

    /**
     * Returns the responses counted.
     *
     * @return their count, digest and shared subject
     */
    ResponsePool responses();
}
