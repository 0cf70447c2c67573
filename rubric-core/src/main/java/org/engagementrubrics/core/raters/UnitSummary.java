package org.engagementrubrics.core.raters;

import org.engagementrubrics.core.internal.Arguments;
import java.util.List;
import java.util.Objects;

/**
 * The central figures of one unit's values across raters, by the level of measurement: none, the modal
 * categories of nominal values, the median and spread of ordered values, and the mean of ratings.
 *
 * <p>Positions are on the panel's scale, from 1. Every implementation is immutable and thread-safe.
 */
public sealed interface UnitSummary permits UnitSummary.Empty, UnitSummary.Nominal, UnitSummary.Ordered,
        UnitSummary.Rated {

    /**
     * No rater gave the unit a value.
     */
    record Empty() implements UnitSummary {
    }

    /**
     * The modal categories of unordered values: all of them when several are equally frequent.
     *
     * @param modal the most frequent categories in scale order, at least one
     * @param modalShare their count over the number of values, greater than 0, at most 1
     */
    record Nominal(List<String> modal, double modalShare) implements UnitSummary {
        /**
         * Creates the summary of unordered values, copying the modal categories.
         *
         * @param modal the most frequent categories in scale order, at least one
         * @param modalShare their count over the number of values, greater than 0, at most 1
         * @throws NullPointerException if {@code modal} or a category is null
         * @throws IllegalArgumentException if {@code modalShare} is not greater than 0 and at most 1
         */
        public Nominal {
            modal = Arguments.copyOf(modal, "modal");
            ConsensusFigures.checkShare(modalShare, "modalShare");
        }
    }

    /**
     * The median and spread of ordered values, and the modal categories (a tie stays a tie: all are listed).
     *
     * @param modal the most frequent categories in scale order, at least one
     * @param modalShare their count over the number of values, greater than 0, at most 1
     * @param median the median position; with an even number of values the mean of the two middle ones
     * @param lowerQuartile the median of the lower half of the values (the middle value left out when odd)
     * @param upperQuartile the median of the upper half
     * @param lowest the lowest position given
     * @param highest the highest position given
     */
    record Ordered(List<String> modal, double modalShare, double median, double lowerQuartile,
            double upperQuartile, int lowest, int highest) implements UnitSummary {
        /**
         * Creates the summary of ordered values, copying the modal categories.
         *
         * @param modal the most frequent categories in scale order, at least one
         * @param modalShare their count over the number of values, greater than 0, at most 1
         * @param median the median position; with an even number of values the mean of the two middle ones
         * @param lowerQuartile the median of the lower half of the values (the middle value left out when odd)
         * @param upperQuartile the median of the upper half
         * @param lowest the lowest position given
         * @param highest the highest position given
         * @throws NullPointerException if {@code modal} or a category is null
         * @throws IllegalArgumentException if {@code modalShare} is not greater than 0 and at most 1, or the
         *         positions are not ordered from 1: lowest, lower quartile, median, upper quartile, highest
         */
        public Ordered {
            modal = Arguments.copyOf(modal, "modal");
            ConsensusFigures.checkShare(modalShare, "modalShare");
            if (!(lowest >= 1 && lowest <= lowerQuartile && lowerQuartile <= median && median <= upperQuartile
                    && upperQuartile <= highest)) {
                throw new IllegalArgumentException("lowest, lowerQuartile, median, upperQuartile, highest: must be"
                        + " ordered from 1; were " + lowest + ", " + lowerQuartile + ", " + median + ", "
                        + upperQuartile + ", " + highest);
            }
        }

        /**
         * Returns the spread in steps of the scale.
         *
         * @return {@code highest - lowest}
         */
        public int range() {
            return highest - lowest;
        }

        /**
         * Returns the interquartile range in steps of the scale.
         *
         * @return {@code upperQuartile - lowerQuartile}
         */
        public double interquartileRange() {
            return upperQuartile - lowerQuartile;
        }
    }

    /**
     * Ordered figures of ratings and their mean.
     *
     * @param ordered the median, spread and modal ratings, not null
     * @param mean the mean rating on the scale's own numbers
     */
    record Rated(Ordered ordered, double mean) implements UnitSummary {
        /**
         * Creates the summary of ratings.
         *
         * @param ordered the median, spread and modal ratings, not null
         * @param mean the mean rating on the scale's own numbers
         * @throws NullPointerException if {@code ordered} is null
         * @throws IllegalArgumentException if {@code mean} is not finite
         */
        public Rated {
            Objects.requireNonNull(ordered, "ordered");
            if (!Double.isFinite(mean)) {
                throw new IllegalArgumentException("mean: must be finite; was " + mean);
            }
        }
    }
}
