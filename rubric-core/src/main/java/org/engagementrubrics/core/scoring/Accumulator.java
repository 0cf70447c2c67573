package org.engagementrubrics.core.scoring;

import org.engagementrubrics.core.response.Response;

/**
 * The counts of one pooled instrument kind, added one response at a time and merged with the counts of
 * other responses: what a {@link Tally} holds. Each pooled scorer has its own subclass; its counts grow with
 * the instrument, never with the number of responses.
 *
 * <p>Every count of a result is an {@code int}. An accumulator therefore takes at most as many responses as
 * keep each of its counts within {@link Integer#MAX_VALUE}, and checks that before it changes anything, so a
 * refused add or merge leaves it as it was.
 *
 * <p>Mutable and not thread-safe.
 *
 * @param <R> the result kind
 */
abstract class Accumulator<R extends ScoreResult> {

    private final PoolSum pool = new PoolSum();
    private final long capacity;

    /**
     * Makes an empty accumulator.
     *
     * @param perResponse the most that one response adds to one count, such as the indicators of the largest
     *     dimension
     */
    Accumulator(int perResponse) {
        this.capacity = Integer.MAX_VALUE / Math.max(1, perResponse);
    }

    /** Adds a response that fits the instrument. */
    final void add(Response response) {
        requireRoom(1);
        count(response);
        pool.add(response.id(), response.subjectId());
    }

    /**
     * Adds a survey response given by the places of its ratings, which the caller checked against the
     * instrument: one per statement, each on the scale, not rated or not applicable.
     */
    final void addPlaces(String responseId, String subjectId, int[] places) {
        requireRoom(1);
        countPlaces(places);
        pool.add(responseId, subjectId);
    }

    /** Adds the counts of another accumulator of the same instrument, which is left unchanged. */
    final void merge(Accumulator<?> other) {
        requireRoom(other.pool.count());
        mergeCounts(other);
        pool.add(other.pool);
    }

    /** Adds a state whose counts fit the instrument: the caller checked it with {@link #check}. */
    final void restore(TallyState state) {
        requireRoom(state.responses().count());
        restoreCounts(state);
        pool.add(state.responses());
    }

    /** Returns how many responses were added. */
    final long count() {
        return pool.count();
    }

    /** Returns the responses added. */
    final ResponsePool pool() {
        return pool.pool();
    }

    private void requireRoom(long more) {
        if (more > capacity - pool.count()) {
            throw new ArithmeticException("a tally of this instrument holds at most " + capacity + " responses, so that"
                    + " every count of its result stays within " + Integer.MAX_VALUE + "; it has " + pool.count()
                    + " and cannot take " + more + " more");
        }
    }

    /** Counts the evidence of a response that fits the instrument. */
    abstract void count(Response response);

    /**
     * Counts the ratings of a survey response by their places; only a survey's accumulator takes them.
     *
     * @throws UnsupportedOperationException for any other kind
     */
    void countPlaces(int[] places) {
        throw new UnsupportedOperationException("only a survey's tally takes ratings by place");
    }

    /** Adds the counts of another accumulator of the same class and instrument. */
    abstract void mergeCounts(Accumulator<?> other);

    /**
     * Checks that a state's counts fit the instrument, before anything is added.
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    abstract void check(TallyState state);

    /** Adds the counts of a state that {@link #check} accepted. */
    abstract void restoreCounts(TallyState state);

    /** Returns the counts so far as a state. */
    abstract TallyState state(InstrumentRef ref);

    /**
     * Returns the result of the responses added, at least one.
     *
     * @throws ArithmeticException if a sum of counts passes {@link Integer#MAX_VALUE}
     */
    abstract R result(InstrumentRef ref);
}
