package org.engagementrubrics.core.coverage;

import java.util.Objects;
import org.engagementrubrics.core.privacy.SuppressionReason;

/**
 * The coverage figures of one row of a period (all families, or one group): shown, empty, or withheld by
 * the small-cell rule with the reason.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Figures permits Figures.Shown, Figures.NoFamilies, Figures.Withheld {

    /**
     * The figures of a row with families.
     *
     * @param families the families in the row, at least 1
     * @param reached how many of them were reached at least once in the period, 0 to {@code families}
     * @param share {@code reached / families}, 0 to 1; exactly 1 only when every family was reached
     * @param pointsBelowTarget the target percent minus the reached percent: positive below the target,
     *     0 or negative when it is met
     * @param pointsBelowAllFamilies all families' reached percent minus this row's: positive below all
     *     families; 0 for the all-families row
     * @param flagged true if {@code pointsBelowAllFamilies} exceeds the goal's gap threshold
     */
    record Shown(int families, int reached, double share, double pointsBelowTarget, double pointsBelowAllFamilies,
            boolean flagged) implements Figures {
        /**
         * Creates the shown figures of a row.
         *
         * @param families the families in the row, at least 1
         * @param reached how many of them were reached at least once in the period, 0 to {@code families}
         * @param share {@code reached / families}, 0 to 1; exactly 1 only when every family was reached
         * @param pointsBelowTarget the target percent minus the reached percent: positive below the target,
         *        0 or negative when it is met
         * @param pointsBelowAllFamilies all families' reached percent minus this row's: positive below all
         *        families; 0 for the all-families row
         * @param flagged true if {@code pointsBelowAllFamilies} exceeds the goal's gap threshold
         * @throws IllegalArgumentException if the counts or the share are out of range
         */
        public Shown {
            if (families < 1 || reached < 0 || reached > families) {
                throw new IllegalArgumentException("reached: must be 0 to families (" + families + ", at least 1); was "
                        + reached);
            }
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("share: must be 0 to 1; was " + share);
            }
        }

        /**
         * Returns the reached percent, {@code 100 * reached / families}.
         *
         * @return 0 to 100
         */
        public double percent() {
            return 100.0 * reached / families;
        }
    }

    /**
     * The row has no families: it is shown with 0 and no share, since it reveals nothing about anyone.
     */
    record NoFamilies() implements Figures {
    }

    /**
     * The row's figures, its number of families included, are withheld by the small-cell rule.
     *
     * @param reason why, not null
     */
    record Withheld(SuppressionReason reason) implements Figures {
        /**
         * Creates the withheld figures of a row.
         *
         * @param reason why, not null
         * @throws NullPointerException if {@code reason} is null
         */
        public Withheld {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
