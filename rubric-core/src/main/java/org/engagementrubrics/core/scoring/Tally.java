package org.engagementrubrics.core.scoring;

import java.util.Objects;
import org.engagementrubrics.core.internal.ResponseConstraints;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.InvalidDataException;

/**
 * Pools responses on one instrument one at a time, in memory that grows with the instrument and never with
 * the number of responses, and merges with the tallies of other responses in any order: the result is the
 * same as {@link PreparedInstrument#summarize} of every response added.
 *
 * <pre>{@code
 * PreparedInstrument<Survey, SurveyResult> survey = engine.prepare(guardianSurvey);
 * Tally<SurveyResult> north = survey.tally();
 * Tally<SurveyResult> south = survey.tally();
 * northResponses.forEach(north::add);                  // each checked as summarize checks it
 * southResponses.forEach(south::add);
 * SurveyResult all = north.merge(south).result();      // equals survey.summarize(all responses)
 * TallyState stored = north.state();                   // to store, send, and restore with survey.tally(stored)
 * }</pre>
 *
 * <p>A tally keeps counts (per item, dimension or group, as the result needs them) and a {@link ResponsePool},
 * never the responses, so it cannot tell that a response was added twice: unlike {@code summarize}, which
 * refuses two responses with one id in one call, a tally counts a response as often as it is added or merged,
 * and its pool's digest shows it. Every count of a result is an {@code int}: a tally refuses, with an
 * {@link ArithmeticException} and unchanged, a response or a merge past that.
 *
 * <p>Made by {@link PreparedInstrument#tally()} for the kinds whose evidence can be pooled (a conditions
 * assessment, district indicators, a checklist, a survey). This class is mutable and not thread-safe: give
 * each thread its own tally and merge them.
 *
 * @param <R> the result kind
 */
public final class Tally<R extends ScoreResult> {

    /** The place of a statement's rating in {@link #addRatingPlaces} when it is not rated or not answered. */
    public static final int NOT_RATED = -1;
    /** The place of a statement's rating in {@link #addRatingPlaces} when it is not applicable. */
    public static final int NOT_APPLICABLE = -2;

    private final PreparedInstrument<?, R> prepared;
    private final Accumulator<? extends R> counts;
    /** For a tally that takes ratings by place: how many statements and scale values; otherwise -1. */
    private final int statements;
    private final int scaleValues;

    Tally(PreparedInstrument<?, R> prepared, Accumulator<? extends R> counts) {
        this.prepared = prepared;
        this.counts = counts;
        boolean places = prepared.takesRatingPlaces();
        this.statements = places ? ((Survey) prepared.instrument()).statements().size() : -1;
        this.scaleValues = places ? ((Survey) prepared.instrument()).scale().values().size() : -1;
    }

    /**
     * Returns the instrument whose responses this tally pools.
     *
     * @return the instrument's id, version and fingerprint
     */
    public InstrumentRef instrument() {
        return prepared.ref();
    }

    /**
     * Checks a response, as {@link PreparedInstrument#summarize} checks it, and adds it.
     *
     * @param response the response, not null
     * @return this tally
     * @throws InvalidDataException if the response does not fit the instrument; the tally is unchanged
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}; the tally is unchanged
     */
    public Tally<R> add(Response response) {
        Objects.requireNonNull(response, "response");
        counts.add(prepared.checked(response));
        return this;
    }

    /**
     * Adds a response that this instrument (or one with the same fingerprint) checked, without checking it
     * again.
     *
     * @param checked the checked response, not null
     * @return this tally
     * @throws IllegalArgumentException if the response was checked against another instrument
     * @throws InvalidDataException with the check's problems, if the response did not pass
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}; the tally is unchanged
     */
    public Tally<R> add(CheckedResponse checked) {
        Objects.requireNonNull(checked, "checked");
        counts.add(prepared.passed(checked));
        return this;
    }

    /**
     * Checks if this tally takes survey responses by the places of their ratings ({@link #addRatingPlaces}):
     * a tally of a survey whose engine checks responses with the library's own constraints only
     * ({@link org.engagementrubrics.core.validation.RubricValidator#create()}).
     *
     * @return true if {@link #addRatingPlaces} may be called
     */
    public boolean takesRatingPlaces() {
        return statements >= 0;
    }

    /**
     * Adds a survey response given by the place of each statement's rating, with no {@link Response} made: for
     * a reader of many responses that found, as it read one, everything {@link #add(Response)} checks of the
     * parts not passed here (its instrument id and version are the survey's, its rater is not blank, its
     * evidence is ratings of the survey's statements only, its time is valid). The result is the one of
     * adding that response.
     *
     * <pre>{@code
     * int[] places = {0, 3, Tally.NOT_RATED, 2, Tally.NOT_APPLICABLE, 1};   // one per statement, in the survey's order
     * tally.addRatingPlaces("r-17", "maple-grove-elementary", places);
     * }</pre>
     *
     * @param responseId the response's id, well formed as a response id must be
     * @param subjectId the response's subject, not blank
     * @param places one per statement of the survey, in its order: the index of the rating in the scale's
     *     values, {@link #NOT_RATED} (also for a statement not answered) or {@link #NOT_APPLICABLE}; read,
     *     not kept
     * @return this tally
     * @throws UnsupportedOperationException if the tally does not {@link #takesRatingPlaces() take places}
     * @throws IllegalArgumentException if the id is not well formed, the subject is blank, or the places are
     *     not one per statement, each on the scale or one of the two constants; the tally is unchanged
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}; the tally is unchanged
     */
    public Tally<R> addRatingPlaces(String responseId, String subjectId, int[] places) {
        if (statements < 0) {
            throw new UnsupportedOperationException("a tally of " + instrument() + " takes no ratings by place: it"
                    + " is not a survey's, or its responses are checked by an embedder's validator; add responses");
        }
        if (!ResponseConstraints.wellFormedId(Objects.requireNonNull(responseId, "responseId"))) {
            throw new IllegalArgumentException("responseId '" + responseId + "' is not a well-formed id");
        }
        if (!ResponseConstraints.notBlank(Objects.requireNonNull(subjectId, "subjectId"))) {
            throw new IllegalArgumentException("subjectId must not be blank");
        }
        if (Objects.requireNonNull(places, "places").length != statements) {
            throw new IllegalArgumentException("places: one per statement, " + statements + "; was " + places.length);
        }
        for (int i = 0; i < places.length; i++) {
            if (places[i] < NOT_APPLICABLE || places[i] >= scaleValues) {
                throw new IllegalArgumentException("places[" + i + "] is " + places[i] + "; expected a place on the"
                        + " scale, 0 to " + (scaleValues - 1) + ", NOT_RATED or NOT_APPLICABLE");
            }
        }
        counts.addPlaces(responseId, subjectId, places);
        return this;
    }

    /** Adds a response that was checked against this instrument and passed. */
    void addChecked(Response response) {
        counts.add(response);
    }

    /**
     * Adds everything another tally of the same instrument has counted; the other tally is unchanged.
     *
     * @param other the other tally, not null; merging a tally with itself counts its responses twice
     * @return this tally
     * @throws IllegalArgumentException if the other tally pools another instrument (another fingerprint)
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}; the tally is unchanged
     */
    public Tally<R> merge(Tally<R> other) {
        Objects.requireNonNull(other, "other");
        if (!other.instrument().fingerprint().equals(instrument().fingerprint())) {
            throw new IllegalArgumentException("a tally of " + other.instrument() + " cannot be merged into a tally of "
                    + instrument() + ": they pool different instruments");
        }
        if (other == this) {
            return merge(state());
        }
        counts.merge(other.counts);
        return this;
    }

    /**
     * Adds everything a tally state of the same instrument holds, such as one read from a file.
     *
     * @param state the state, not null
     * @return this tally
     * @throws IllegalArgumentException if the state is of another instrument (another id, version or
     *         fingerprint), or its counts do not fit the instrument (other items, scale values or totals)
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}; the tally is unchanged
     */
    public Tally<R> merge(TallyState state) {
        Objects.requireNonNull(state, "state");
        if (!state.instrument().equals(instrument())) {
            throw new IllegalArgumentException("the tally state of " + state.instrument()
                    + " cannot be merged into a tally of " + instrument() + "; restore it with its own instrument");
        }
        counts.check(state);
        counts.restore(state);
        return this;
    }

    /**
     * Returns how many responses have been added, merges included.
     *
     * @return the number of responses, zero or more
     */
    public long count() {
        return counts.count();
    }

    /**
     * Returns the result of every response added, equal, explanation included, to {@code summarize} of
     * those responses.
     *
     * @return the result
     * @throws IllegalStateException if no response has been added
     * @throws ArithmeticException if a count over several items passes {@link Integer#MAX_VALUE}
     */
    public R result() {
        if (counts.count() == 0) {
            throw new IllegalStateException("a tally of " + instrument() + " has no response yet; add one first");
        }
        return counts.result(instrument());
    }

    /**
     * Returns what this tally has counted as an immutable value, to store (as a {@code *-tally} JSON
     * document), send, and restore with {@link PreparedInstrument#tally(TallyState)} or {@link #merge(TallyState)}.
     *
     * @return the state; its type is the one of this instrument kind, such as {@link SurveyTallyState}
     */
    public TallyState state() {
        return counts.state(instrument());
    }

    /**
     * Returns the instrument and the number of responses.
     */
    @Override
    public String toString() {
        return "Tally[" + instrument() + ", " + count() + (count() == 1 ? " response]" : " responses]");
    }
}
