package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.internal.ResponseCheck;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.core.internal.Words;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * Scores responses on one instrument of one kind, from lookups gathered once when the scorer is made.
 *
 * <p>One subclass per instrument kind (and one for best fit on any matrix). A scorer checks responses
 * against its instrument and scores responses that passed; it neither validates the instrument nor
 * fingerprints it: the caller passes the {@link InstrumentRef} the result names. Scorers of kinds whose
 * evidence can be pooled extend {@link Pooled} and count responses in an {@link Accumulator}.
 *
 * <p>Subclasses are immutable and thread-safe.
 *
 * @param <I> the instrument kind
 * @param <R> the result kind
 */
abstract class InstrumentScorer<I extends Instrument, R extends ScoreResult> {

    private final I instrument;
    private final ResponseCheck check;

    InstrumentScorer(I instrument) {
        this(instrument, ResponseCheck.of(Objects.requireNonNull(instrument, "instrument")));
    }

    /** Makes a scorer that shares the response check of another scorer of the same instrument. */
    InstrumentScorer(I instrument, ResponseCheck check) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.check = Objects.requireNonNull(check, "check");
    }

    /** Returns the response check, for a scorer built on this one. */
    final ResponseCheck check() {
        return check;
    }

    /** Returns the instrument scored. */
    final I instrument() {
        return instrument;
    }

    /**
     * Returns every problem of one response, sorted by path: its own (Bean Validation, as the reader checks
     * it) and against the instrument; empty when it fits. A response that passes can be written and read
     * back (issue 9, item 2).
     */
    final List<Problem> problems(Response response, RubricValidator validator) {
        List<Problem> own = validator.validate(Objects.requireNonNull(response, "response"));
        List<Problem> against = check.problems(response);
        if (own.isEmpty() && against.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>(own);
        problems.addAll(against);
        problems.sort(null);
        return List.copyOf(problems);
    }

    /**
     * Checks one response, as {@link #problems} does, and scores it if it fits.
     *
     * @param ref the instrument's reference, named by the result
     * @param response the response, not null
     * @param validator the validator of the response on its own
     * @return the result
     * @throws InvalidDataException with the response's problems, if it does not fit
     * @throws ScoringException if a strategy fails
     */
    R scoreChecked(InstrumentRef ref, Response response, RubricValidator validator) {
        List<Problem> problems = problems(response, validator);
        if (!problems.isEmpty()) {
            throw new InvalidDataException("response '" + response.id() + "'", problems);
        }
        return score(ref, response);
    }

    /**
     * Checks a response to a matrix and counts its marks in one pass over them, for {@link #scoreChecked}.
     *
     * @return the counts of {@link MatrixLayout#countKnown}, or null if the response has a problem: then
     *         {@link #problems} finds every one
     */
    final int[] checkedCounts(Response response, RubricValidator validator, MatrixLayout layout) {
        if (!check.namesThisMatrix(response) || !validator.validate(response).isEmpty()) {
            return null;
        }
        return layout.countKnown(((MarkedStatements) response.evidence()).statementIds());
    }

    /**
     * Checks responses, on their own and against the instrument, and returns them sorted by id.
     *
     * @param responses the responses, not null, not empty
     * @param validator the validator of each response on its own
     * @return the responses sorted by id
     * @throws IllegalArgumentException if there are no responses
     * @throws NullPointerException naming {@code responses[i]} if a response is null
     * @throws InvalidDataException with every problem of every response, and a {@code duplicate-id} problem
     *         for an id that two responses share; with more than one response, each problem's path starts
     *         with {@code responses[ID]}
     */
    final List<Response> checked(Collection<? extends Response> responses, RubricValidator validator) {
        Objects.requireNonNull(responses, "responses");
        if (responses.isEmpty()) {
            throw new IllegalArgumentException("responses must not be empty");
        }
        List<Problem> problems = new ArrayList<>();
        List<Response> sorted = new ArrayList<>(responses.size());
        int index = 0;
        for (Response response : responses) {
            sorted.add(Objects.requireNonNull(response, "responses[" + index++ + "]"));
        }
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        problems.addAll(duplicateIds(ids(sorted)));
        for (Response response : sorted) {
            for (Problem problem : problems(response, validator)) {
                if (sorted.size() == 1) {
                    problems.add(problem);
                } else {
                    String path = problem.path().isEmpty() ? "" : "." + problem.path();
                    problems.add(Problem.of("responses[" + response.id() + "]" + path, problem.code(),
                            problem.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(sorted.size() == 1 ? "response '" + sorted.get(0).id() + "'"
                    : Words.count(sorted.size(), "response"), problems);
        }
        return sorted;
    }

    /**
     * Scores one response that fits the instrument.
     *
     * @param ref the instrument's reference, named by the result
     * @param response the response, already checked
     * @return the result
     * @throws ScoringException if a strategy fails
     */
    abstract R score(InstrumentRef ref, Response response);

    /**
     * Returns a copy of a result of this instrument with every explanation (the whole result's and its
     * rows') rebuilt as {@link #score} or the accumulator writes it; the caller checked the fingerprint.
     *
     * @param result the result, whose explanations are ignored
     * @param tiePolicy the name of the tie policy the result was scored with, for the matrix kinds
     * @return the result, explained
     * @throws IllegalArgumentException if the result is of another kind, or its parts do not fit the instrument
     */
    abstract ScoreResult explained(ScoreResult result, String tiePolicy);

    /** Returns the name of the tie policy this scorer decides ties with, or null for a kind without ties. */
    String tiePolicy() {
        return null;
    }

    /** Returns a result as the kind this scorer gives, or refuses it naming both. */
    final <T extends ScoreResult> T requireResult(ScoreResult result, Class<T> type) {
        if (!type.isInstance(result)) {
            throw new IllegalArgumentException(Words.withArticle(result.getClass().getSimpleName()) + " is not a result of "
                    + instrument.kind().kindName() + " '" + instrument.id() + "'; expected "
                    + Words.withArticle(type.getSimpleName()));
        }
        return type.cast(result);
    }

    /**
     * Checks that the keys of a result's parts are the instrument's, in order.
     *
     * @throws IllegalArgumentException naming both lists
     */
    static void requireParts(String what, List<String> found, List<String> expected) {
        if (!found.equals(expected)) {
            throw new IllegalArgumentException("the result has the " + what + " " + found + "; the instrument has "
                    + expected);
        }
    }

    /** Checks if this kind's evidence can be pooled over many responses. */
    boolean pools() {
        return false;
    }

    /**
     * Returns empty counts to pool responses that fit the instrument in, one at a time.
     *
     * @return the counts, with no response
     * @throws UnsupportedOperationException if this kind is scored one response at a time
     */
    Accumulator<R> accumulator() {
        throw notPooled();
    }

    /** Returns the error for pooling responses on a kind that is scored one response at a time. */
    final UnsupportedOperationException notPooled() {
        return new UnsupportedOperationException(Words.withArticle(instrument.kind().kindName())
                + " is scored one response at a time; call score(response) for each");
    }

    /**
     * Returns a problem for every response id that appears more than once among responses pooled in one
     * call: pooling the same response twice would count its evidence twice.
     *
     * @param sortedIds the response ids, sorted
     * @return the problems, empty if every id is distinct
     */
    static List<Problem> duplicateIds(List<String> sortedIds) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < sortedIds.size(); ) {
            int end = i + 1;
            while (end < sortedIds.size() && sortedIds.get(end).equals(sortedIds.get(i))) {
                end++;
            }
            if (end - i > 1) {
                problems.add(Problem.of("responses[" + sortedIds.get(i) + "].id", ProblemCodes.DUPLICATE_ID,
                        "response id '" + sortedIds.get(i) + "' appears " + (end - i) + " times; the responses "
                        + "pooled in one call must have distinct ids, so that none is counted twice"));
            }
            i = end;
        }
        return problems;
    }

    static List<String> ids(List<Response> responses) {
        return responses.stream().map(Response::id).toList();
    }

    /**
     * A scorer of a kind whose evidence can be pooled: scoring one response is pooling one response.
     *
     * @param <I> the instrument kind
     * @param <R> the result kind
     */
    abstract static class Pooled<I extends Instrument, R extends ScoreResult> extends InstrumentScorer<I, R> {

        Pooled(I instrument) {
            super(instrument);
        }

        @Override
        final R score(InstrumentRef ref, Response response) {
            Accumulator<R> counts = accumulator();
            counts.add(response);
            return counts.result(ref);
        }

        @Override
        final boolean pools() {
            return true;
        }

        @Override
        abstract Accumulator<R> accumulator();

        /**
         * Returns a tally state as the state type of this kind.
         *
         * @throws IllegalArgumentException if it is a state of another kind
         */
        static <S extends TallyState> S requireKind(TallyState state, Class<S> type, String kindName) {
            if (!type.isInstance(state)) {
                throw new IllegalArgumentException("a " + state.getClass().getSimpleName() + " is not the state of a "
                        + kindName + " tally; expected a " + type.getSimpleName());
            }
            return type.cast(state);
        }

        /**
         * Checks that the keys of a state's counts are the instrument's, in order.
         *
         * @throws IllegalArgumentException naming both lists
         */
        static void requireKeys(String what, List<String> found, List<String> expected) {
            if (!found.equals(expected)) {
                throw new IllegalArgumentException("the tally state counts the " + what + " " + found
                        + "; the instrument has " + expected);
            }
        }
    }
}
