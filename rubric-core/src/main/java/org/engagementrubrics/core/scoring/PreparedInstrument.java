package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Fingerprint;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.internal.Words;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * An instrument made ready to score many responses: validated once, fingerprinted once, and with the
 * lookups scoring needs (statement places, scale values, item ids, explanation labels) gathered once, so
 * that checking and scoring a response neither hashes nor scans the instrument.
 *
 * <pre>{@code
 * PreparedInstrument<StagedRubric, StageResult> prepared = engine.prepare(rubric);  // validates, may throw
 * for (Response response : responses) {
 *     StageResult result = prepared.score(response);     // equals engine.score(rubric, response)
 * }
 * CheckedResponse checked = prepared.check(response);     // problems without throwing
 * if (checked.passed()) {
 *     StageResult result = prepared.score(checked);      // scored without a second check
 * }
 * }</pre>
 *
 * <p>Made by {@link ScoringEngine#prepare(Instrument)} and its typed overloads; it scores with the tie
 * policy and stage placement of the engine that made it, and every result equals, explanation included,
 * what that engine's {@code score}, {@code summarize} gives for the same instrument and responses. Matrix
 * kinds (staged rubrics and archetype matrices) are scored one response at a time: {@link
 * #summarize(Collection)} and {@link #tally()} are for the kinds whose evidence can be pooled, and throw
 * {@link UnsupportedOperationException} on a matrix ({@link #summarizes()} tells which). A {@link Tally}
 * pools responses one at a time and merges with other tallies; {@code summarize} is built on it.
 *
 * <p>This class is immutable and thread-safe; share one instance per instrument.
 *
 * @param <I> the instrument kind
 * @param <R> the result kind
 */
public final class PreparedInstrument<I extends Instrument, R extends ScoreResult> {

    private final InstrumentScorer<? extends I, ? extends R> scorer;
    private final InstrumentRef ref;
    /** Checks each response on its own: the validator that validated the instrument. */
    private final RubricValidator validator;

    PreparedInstrument(InstrumentScorer<? extends I, ? extends R> scorer, RubricValidator validator) {
        this.scorer = scorer;
        this.ref = InstrumentRef.of(scorer.instrument());
        this.validator = validator;
    }

    /**
     * Returns the instrument prepared.
     *
     * @return the instrument
     */
    public I instrument() {
        return scorer.instrument();
    }

    /**
     * Returns the instrument's content fingerprint, computed once when it was prepared.
     *
     * @return the fingerprint
     */
    public Fingerprint fingerprint() {
        return ref.fingerprint();
    }

    /**
     * Returns the reference every result of this instrument names.
     *
     * @return the instrument's id, version and fingerprint
     */
    public InstrumentRef ref() {
        return ref;
    }

    /**
     * Checks a response without throwing: on its own (Bean Validation: well-formed ids, rater and subject
     * not blank, as the JSON reader checks it) and against the instrument (its instrument id and version,
     * its kind of evidence, every id it references and every rating's place on the scale).
     *
     * @param response the response, not null
     * @return the checked response, with every problem found
     */
    public CheckedResponse check(Response response) {
        Objects.requireNonNull(response, "response");
        return new CheckedResponse(response, scorer.problems(response, validator), ref);
    }

    /**
     * Checks and scores one response; for a pooled kind, the summary of that one response.
     *
     * @param response the response, not null
     * @return the result, equal to {@code engine.score(instrument(), response)}
     * @throws InvalidDataException if the response does not fit the instrument
     * @throws ScoringException if a strategy fails
     */
    public R score(Response response) {
        Objects.requireNonNull(response, "response");
        return scorer.scoreChecked(ref, response, validator);
    }

    /**
     * Scores a response that this instrument (or one with the same fingerprint) checked, without checking
     * it again.
     *
     * @param checked the checked response, not null
     * @return the result, equal to {@code score(checked.response())}
     * @throws IllegalArgumentException if the response was checked against another instrument
     * @throws InvalidDataException with the check's problems, if the response did not pass
     * @throws ScoringException if a strategy fails
     */
    public R score(CheckedResponse checked) {
        Objects.requireNonNull(checked, "checked");
        return scorer.score(ref, passed(checked));
    }

    /** Checks one response as {@link #score(Response)} does, and returns it. */
    Response checked(Response response) {
        // what scorer.checked(List.of(response)) does, without sorting or looking for duplicate ids among one
        List<Problem> problems = scorer.problems(Objects.requireNonNull(response, "responses[0]"), validator);
        if (!problems.isEmpty()) {
            throw new InvalidDataException("response '" + response.id() + "'", problems);
        }
        return response;
    }

    /**
     * Checks if a tally of this instrument takes responses by the places of their ratings: a survey whose
     * responses are held to the library's own constraints only, which a reader can check by hand.
     */
    boolean takesRatingPlaces() {
        return scorer.instrument() instanceof Survey && validator.ownConstraintsOnly();
    }

    /** Returns the response of a check made against this instrument, if it passed. */
    Response passed(CheckedResponse checked) {
        requireSameInstrument(checked);
        if (!checked.passed()) {
            throw new InvalidDataException("response '" + checked.response().id() + "'", checked.problems());
        }
        return checked.response();
    }

    /**
     * Checks if {@link #summarize(Collection)} pools responses on this kind of instrument: true for a
     * conditions assessment, district indicators, a checklist or a survey; false for a matrix.
     *
     * @return true if responses can be pooled
     */
    public boolean summarizes() {
        return scorer.pools();
    }

    /**
     * Checks and pools many responses on an instrument whose evidence can be pooled.
     *
     * @param responses the responses, not null, not empty, in any order
     * @return the result, equal to {@code engine.summarize(instrument(), responses)}
     * @throws UnsupportedOperationException if the instrument is a matrix, scored one response at a time
     * @throws IllegalArgumentException if there are no responses
     * @throws InvalidDataException if a response does not fit the instrument, with every problem of every
     *         response, or if two responses share an id ({@code duplicate-id})
     */
    public R summarize(Collection<? extends Response> responses) {
        Objects.requireNonNull(responses, "responses");
        Tally<R> tally = tally();
        for (Response response : scorer.checked(responses, validator)) {
            tally.addChecked(response);
        }
        return tally.result();
    }

    /**
     * Pools many responses that this instrument (or one with the same fingerprint) checked, without checking
     * them again.
     *
     * @param checked the checked responses, not null, not empty, in any order
     * @return the result, equal to {@code summarize(responses)} of the same responses
     * @throws UnsupportedOperationException if the instrument is a matrix, scored one response at a time
     * @throws IllegalArgumentException if there are no responses, or one was checked against another
     *         instrument
     * @throws InvalidDataException with the problems of every response that did not pass its check, and a
     *         {@code duplicate-id} problem for an id that two responses share
     */
    public R summarizeChecked(Collection<CheckedResponse> checked) {
        Objects.requireNonNull(checked, "checked");
        Tally<R> tally = tally();
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("responses must not be empty");
        }
        List<CheckedResponse> byId = new ArrayList<>(checked.size());
        int index = 0;
        for (CheckedResponse one : checked) {
            byId.add(Objects.requireNonNull(one, "checked[" + index++ + "]"));
        }
        byId.sort((a, b) -> a.response().id().compareTo(b.response().id()));
        List<Response> sorted = new ArrayList<>(byId.size());
        List<Problem> problems = new ArrayList<>(
                InstrumentScorer.duplicateIds(byId.stream().map(one -> one.response().id()).toList()));
        for (CheckedResponse one : byId) {
            requireSameInstrument(one);
            for (Problem problem : one.problems()) {
                String path = problem.path().isEmpty() ? "" : "." + problem.path();
                problems.add(byId.size() == 1 ? problem : Problem.of("responses[" + one.response().id() + "]"
                        + path, problem.code(), problem.message()));
            }
            sorted.add(one.response());
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(byId.size() == 1 ? "response '" + sorted.get(0).id() + "'"
                    : Words.count(byId.size(), "response"), problems);
        }
        sorted.forEach(tally::addChecked);
        return tally.result();
    }

    /**
     * Returns an empty tally, to pool responses one at a time and merge with other tallies: in memory that
     * grows with the instrument, never with the number of responses.
     *
     * <pre>{@code
     * Tally<SurveyResult> tally = survey.tally();
     * stream.forEachRemaining(record -> tally.add(record.checked()));   // good records only
     * SurveyResult result = tally.result();                             // equals survey.summarize(...)
     * }</pre>
     *
     * @return a new tally with no response
     * @throws UnsupportedOperationException if the instrument is a matrix, scored one response at a time
     */
    public Tally<R> tally() {
        return new Tally<>(this, scorer.accumulator());
    }

    /**
     * Restores a tally from its state, such as one read from a file, to add more responses or merge.
     *
     * @param state the state of a tally of this instrument, not null
     * @return a new tally holding the state's counts
     * @throws UnsupportedOperationException if the instrument is a matrix, scored one response at a time
     * @throws IllegalArgumentException if the state is of another instrument (another id, version or
     *         fingerprint), or its counts do not fit this one (other items, scale values or totals)
     */
    public Tally<R> tally(TallyState state) {
        Objects.requireNonNull(state, "state");
        return tally().merge(state);
    }

    /**
     * Rebuilds the explanation of a result of this instrument from the result's facts and the instrument: the
     * explanation the scorer gives, with this engine's tie policy named where a matrix's explanation names it.
     *
     * <pre>{@code
     * String text = prepared.explain(result).toText();   // result.explanation().toText() of a scored result
     * }</pre>
     *
     * @param result a result of this instrument, not null; its own explanations are not read
     * @return the explanation
     * @throws IllegalArgumentException if the result names another fingerprint, is of a kind this instrument
     *         does not give, or its rows, items or profile do not fit the instrument
     */
    public Explanation explain(ScoreResult result) {
        return explained(result).explanation();
    }

    /**
     * Returns a copy of a result of this instrument with every explanation rebuilt (the whole result's and,
     * for a matrix, each row's), with this engine's tie policy named where a matrix's explanation names it.
     *
     * @param <T> the result kind
     * @param result a result of this instrument, not null; its own explanations are not read
     * @return the result, explained as the scorer explains it
     * @throws IllegalArgumentException as {@link #explain(ScoreResult)}
     */
    public <T extends ScoreResult> T explained(T result) {
        String tiePolicy = scorer.tiePolicy();
        return explained(result, tiePolicy == null ? "" : tiePolicy);
    }

    /**
     * Returns a copy of a result of this instrument with every explanation rebuilt, naming the tie policy the
     * result was scored with (as a compact result records it) where a matrix's explanation names it.
     *
     * <pre>{@code
     * StageResult full = prepared.explained(stored, "report-tie");
     * }</pre>
     *
     * @param <T> the result kind
     * @param result a result of this instrument, not null; its own explanations are not read
     * @param tiePolicy the name of the tie policy, not null; not read for the pooled kinds
     * @return the result, explained as the scorer explains it
     * @throws IllegalArgumentException as {@link #explain(ScoreResult)}
     */
    public <T extends ScoreResult> T explained(T result, String tiePolicy) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(tiePolicy, "tiePolicy");
        if (!result.instrument().fingerprint().equals(ref.fingerprint())) {
            throw new IllegalArgumentException("the result was computed against " + result.instrument()
                    + ", not against " + ref + "; explain it with the instrument it names");
        }
        @SuppressWarnings("unchecked")
        T explained = (T) scorer.explained(result, tiePolicy);
        return explained;
    }

    private void requireSameInstrument(CheckedResponse checked) {
        if (!checked.instrument().fingerprint().equals(ref.fingerprint())) {
            throw new IllegalArgumentException("response '" + checked.response().id() + "' was checked against "
                    + checked.instrument() + ", not against " + ref + "; check it with this prepared instrument");
        }
    }

    /**
     * Returns the instrument's reference.
     */
    @Override
    public String toString() {
        return "PreparedInstrument[" + ref + "]";
    }
}
