package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The outcome of fitting one row to a column: a winner, a tie, a tie resolved by a policy, no evidence,
 * or evidence below a placement threshold.
 *
 * <p>A tie is a first-class outcome: the default policy reports it rather than guessing. All
 * implementations are immutable and thread-safe.
 */
public sealed interface Fit permits Fit.Winner, Fit.Tie, Fit.Resolved, Fit.NoEvidence, Fit.BelowThreshold {

    /**
     * Returns the column this row fits, if one was decided.
     *
     * @return the column id, empty for a tie, no evidence or below threshold
     */
    Optional<String> columnId();

    /**
     * A single column has the most evidence.
     *
     * @param column the winning column's id
     */
    record Winner(String column) implements Fit {
        /**
         * Creates a winner.
         *
         * @param column the winning column's id
         * @throws NullPointerException if {@code column} is null
         */
        public Winner {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public Optional<String> columnId() {
            return Optional.of(column);
        }
    }

    /**
     * Two or more columns share the most evidence and the tie policy kept the tie.
     *
     * @param tied the tied columns' ids in column order, at least two
     */
    record Tie(List<String> tied) implements Fit {
        /**
         * Creates a kept tie, copying the list of tied columns.
         *
         * @param tied the tied columns' ids in column order, at least two
         * @throws IllegalArgumentException if fewer than two columns are tied
         */
        public Tie {
            tied = Arguments.copyOf(tied, "tied");
            if (tied.size() < 2) {
                throw new IllegalArgumentException("a tie needs at least two columns; was " + tied);
            }
        }

        @Override
        public Optional<String> columnId() {
            return Optional.empty();
        }
    }

    /**
     * Two or more columns shared the most evidence and a tie policy chose one.
     *
     * @param tied the tied columns' ids in column order, at least two
     * @param column the chosen column, one of {@code tied}
     * @param policy the name of the policy that chose
     */
    record Resolved(List<String> tied, String column, String policy) implements Fit {
        /**
         * Creates a resolved tie, copying the list of tied columns.
         *
         * @param tied the tied columns' ids in column order, at least two
         * @param column the chosen column, one of {@code tied}
         * @param policy the name of the policy that chose
         * @throws IllegalArgumentException if fewer than two columns are tied or {@code column} is not one of them
         */
        public Resolved {
            tied = Arguments.copyOf(tied, "tied");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(policy, "policy");
            if (tied.size() < 2) {
                throw new IllegalArgumentException("a resolved tie needs at least two tied columns; was " + tied);
            }
            if (!tied.contains(column)) {
                throw new IllegalArgumentException("resolved column '" + column + "' is not one of " + tied);
            }
        }

        @Override
        public Optional<String> columnId() {
            return Optional.of(column);
        }
    }

    /** No statement of the row was marked. */
    record NoEvidence() implements Fit {
        @Override
        public Optional<String> columnId() {
            return Optional.empty();
        }
    }

    /**
     * There is evidence, but not enough for the placement rule to place the row on any column.
     *
     * @param reason why, in plain words
     */
    record BelowThreshold(String reason) implements Fit {
        /**
         * Creates an outcome for evidence below the placement threshold.
         *
         * @param reason why, in plain words
         * @throws NullPointerException if {@code reason} is null
         */
        public BelowThreshold {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<String> columnId() {
            return Optional.empty();
        }
    }
}
