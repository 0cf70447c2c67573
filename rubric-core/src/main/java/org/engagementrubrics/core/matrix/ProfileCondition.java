package org.engagementrubrics.core.matrix;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * One condition of a {@link ProfileRule}: how many rows have their best fit in (or not in) a set of columns.
 *
 * <p>A row counts as {@link Selector#IN IN} the set only when it has a single best-fit column in the set
 * (after the tie policy). {@link Selector#NOT_IN NOT_IN} counts every other row, including rows that are
 * tied or have no evidence, so that {@code IN} and {@code NOT_IN} the same set always add up to the number
 * of rows. On a five-row matrix where two rows fit Partnership, one Open-Door, one is tied between Fortress
 * and Come-if-We-Call and one has no marks:
 * <pre>{@code
 * IN     [partnership]            -> 2
 * NOT_IN [partnership]            -> 3   (Open-Door, the tie, the empty row)
 * NOT_IN [partnership, open-door] -> 2   ("the rest Open-Door" fails: two rows are not resolved to it)
 * IN     [fortress] AT_MOST 0     -> holds (the tie counts for neither column)
 * }</pre>
 * An {@code AT_MOST} or {@code NOT_IN} condition therefore holds easily on a response with few marks; give
 * the rule a {@link ProfileRule#minResolvedRows() minimum of resolved rows} when that matters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param selector whether rows in or not in the columns are counted, not null
 * @param columnIds the archetype ids, not empty
 * @param comparison how the count is compared, not null
 * @param count the number compared against, zero or more
 */
public record ProfileCondition(Selector selector, @NotEmpty List<String> columnIds, Comparison comparison,
        @PositiveOrZero int count) {

    /** Which rows a condition counts. */
    public enum Selector {
        /** Rows whose single best fit is one of the columns. */
        IN,
        /** All other rows, including tied rows and rows with no evidence. */
        NOT_IN
    }

    /** How the counted rows are compared with the number. */
    public enum Comparison {
        /** At least the number of rows. */
        AT_LEAST,
        /** At most the number of rows. */
        AT_MOST,
        /** Exactly the number of rows. */
        EXACTLY;

        /**
         * Checks if a count satisfies this comparison against a bound.
         *
         * @param actual the counted rows
         * @param bound the condition's number
         * @return true if satisfied
         */
        public boolean test(int actual, int bound) {
            switch (this) {
                case AT_LEAST:
                    return actual >= bound;
                case AT_MOST:
                    return actual <= bound;
                default:
                    return actual == bound;
            }
        }
    }

    /**
     * Creates a profile condition; the column ids are copied. Only a null required component fails here; the
     * data rules are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param selector whether rows in or not in the columns are counted, not null
     * @param columnIds the archetype ids, not empty
     * @param comparison how the count is compared, not null
     * @param count the number compared against, zero or more
     */
    public ProfileCondition {
        Objects.requireNonNull(selector, "selector");
        columnIds = Arguments.copyOf(columnIds, "columnIds");
        Objects.requireNonNull(comparison, "comparison");
    }

    /**
     * Obtains a condition on rows whose best fit is in the columns.
     *
     * @param comparison the comparison, not null
     * @param count the number
     * @param columnIds the archetype ids, not empty
     * @return the condition
     */
    public static ProfileCondition in(Comparison comparison, int count, String... columnIds) {
        return new ProfileCondition(Selector.IN, Arguments.copyOf("columnIds", columnIds), comparison, count);
    }

    /**
     * Obtains a condition on rows whose best fit is not in the columns.
     *
     * @param comparison the comparison, not null
     * @param count the number
     * @param columnIds the archetype ids, not empty
     * @return the condition
     */
    public static ProfileCondition notIn(Comparison comparison, int count, String... columnIds) {
        return new ProfileCondition(Selector.NOT_IN, Arguments.copyOf("columnIds", columnIds), comparison, count);
    }

    /**
     * Returns the condition as text, such as {@code IN [partnership] AT_LEAST 3}.
     */
    @Override
    public String toString() {
        return selector + " " + columnIds + " " + comparison + " " + count;
    }
}
