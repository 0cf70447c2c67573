package org.engagementrubrics.core.privacy;

import java.util.Objects;

/**
 * What a {@link SmallCellRule} decided for one cell: its figures are shown, or withheld for a reason.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Disclosure permits Disclosure.Shown, Disclosure.Withheld {

    /**
     * Returns the group the decision is about.
     *
     * @return the group id
     */
    String groupId();

    /**
     * Checks if the cell's figures may be shown.
     *
     * @return true for {@link Shown}
     */
    default boolean shown() {
        return this instanceof Shown;
    }

    /**
     * The cell's figures are shown.
     *
     * @param groupId the group, not null
     * @param members the number of members shown, at least 0
     */
    record Shown(String groupId, int members) implements Disclosure {
        /**
         * Creates a shown cell.
         *
         * @param groupId the group, not null
         * @param members the number of members shown, at least 0
         * @throws NullPointerException if {@code groupId} is null
         * @throws IllegalArgumentException if {@code members} is negative
         */
        public Shown {
            Objects.requireNonNull(groupId, "groupId");
            if (members < 0) {
                throw new IllegalArgumentException("members: must be at least 0; was " + members);
            }
        }
    }

    /**
     * The cell's figures, its number of members included, are withheld.
     *
     * @param groupId the group, not null
     * @param reason why, not null
     */
    record Withheld(String groupId, SuppressionReason reason) implements Disclosure {
        /**
         * Creates a withheld cell.
         *
         * @param groupId the group, not null
         * @param reason why, not null
         * @throws NullPointerException if a component is null
         */
        public Withheld {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
