package org.engagementrubrics.core.agreement;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A bootstrapped percentile interval for Krippendorff's alpha, or why there is none (alpha is undefined for
 * the data). Never NaN.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface AlphaInterval permits AlphaInterval.Percentile, AlphaInterval.Unavailable {

    /**
     * Returns which coefficient the interval is for.
     *
     * @return the coefficient
     */
    Coefficient coefficient();

    /**
     * Returns one sentence saying what the interval is, or why there is none.
     *
     * @return the explanation
     */
    String explanation();

    /**
     * A percentile interval of bootstrapped alphas, and, as Hayes &amp; Krippendorff's KALPHA reports, the
     * shares of draws below Krippendorff's reading thresholds .667 and .800.
     *
     * @param coefficient the coefficient, not null
     * @param alpha the point estimate from all the data
     * @param level the level, greater than 0 and less than 1
     * @param lower the lower bound, at most {@code upper}
     * @param upper the upper bound, at most 1
     * @param draws the number of draws, at least 1
     * @param seed the seed of the random numbers
     * @param shareBelowTentative the share of draws below .667, 0 to 1
     * @param shareBelowReliable the share of draws below .800, 0 to 1
     */
    record Percentile(Coefficient coefficient, double alpha, double level, double lower, double upper, int draws,
            long seed, double shareBelowTentative, double shareBelowReliable) implements AlphaInterval {
        /**
         * Creates a percentile interval; the explanation is derived from the figures.
         *
         * @param coefficient the coefficient, not null
         * @param alpha the point estimate from all the data
         * @param level the level, greater than 0 and less than 1
         * @param lower the lower bound, at most {@code upper}
         * @param upper the upper bound, at most 1
         * @param draws the number of draws, at least 1
         * @param seed the seed of the random numbers
         * @param shareBelowTentative the share of draws below .667, 0 to 1
         * @param shareBelowReliable the share of draws below .800, 0 to 1
         * @throws IllegalArgumentException if a figure is out of range or not finite
         */
        public Percentile {
            Objects.requireNonNull(coefficient, "coefficient");
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("level: must be greater than 0 and less than 1; was " + level);
            }
            if (!(Double.isFinite(alpha) && Double.isFinite(lower) && lower <= upper && upper <= 1)) {
                throw new IllegalArgumentException("alpha, lower, upper: must be finite, lower <= upper <= 1; were "
                        + alpha + ", " + lower + ", " + upper);
            }
            if (draws < 1) {
                throw new IllegalArgumentException("draws: must be at least 1; was " + draws);
            }
            if (!(shareBelowTentative >= 0 && shareBelowTentative <= shareBelowReliable && shareBelowReliable <= 1)) {
                throw new IllegalArgumentException("shareBelowTentative, shareBelowReliable: must be 0 to 1, in"
                        + " that order; were " + shareBelowTentative + ", " + shareBelowReliable);
            }
        }

        @Override
        public String explanation() {
            return String.format(Locale.ROOT, "%s = %.3f, %s%% bootstrap interval %.3f to %.3f (%d draws, seed %d);"
                    + " %.1f%% of draws below .800, %.1f%% below .667.", coefficient.label(), alpha,
                    new BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString(),
                    lower, upper, draws, seed, shareBelowReliable * 100, shareBelowTentative * 100);
        }
    }

    /**
     * Alpha is undefined for the data, so there is no interval.
     *
     * @param undefined the undefined alpha, with its reason, not null
     */
    record Unavailable(AgreementResult.Undefined undefined) implements AlphaInterval {
        /**
         * Creates the absence of an interval for an undefined alpha.
         *
         * @param undefined the undefined alpha, with its reason, not null
         * @throws NullPointerException if {@code undefined} is null
         */
        public Unavailable {
            Objects.requireNonNull(undefined, "undefined");
        }

        @Override
        public Coefficient coefficient() {
            return undefined.coefficient();
        }

        /**
         * Returns why alpha, and so the interval, is undefined.
         *
         * @return the reason
         */
        public UndefinedReason reason() {
            return undefined.reason();
        }

        @Override
        public String explanation() {
            return "No bootstrap interval: " + undefined.explanation();
        }
    }
}
