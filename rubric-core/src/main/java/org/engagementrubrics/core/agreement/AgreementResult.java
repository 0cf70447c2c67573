package org.engagementrubrics.core.agreement;

import java.util.Locale;
import java.util.Objects;

/**
 * An agreement coefficient computed from reliability data: an estimate with its observed and expected
 * disagreement, or undefined with the reason. Never NaN.
 *
 * <p>Every coefficient here has the form {@code 1 - observed / expected} disagreement (for the kappas,
 * disagreement is one minus the agreement proportion, weighted where weights apply): 1 is perfect agreement,
 * 0 agreement at chance level, below 0 systematic disagreement.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface AgreementResult permits AgreementResult.Estimate, AgreementResult.Undefined {

    /**
     * Returns which coefficient this is.
     *
     * @return the coefficient
     */
    Coefficient coefficient();

    /**
     * Returns the number of units that counted: with two or more values for alpha, with any value for
     * Fleiss' kappa, with both raters' values for Cohen's kappa.
     *
     * @return at least 0
     */
    int units();

    /**
     * Returns the number of units left out because they did not count.
     *
     * @return at least 0
     */
    int unitsLeftOut();

    /**
     * Returns the number of raters in the data.
     *
     * @return at least 0
     */
    int raters();

    /**
     * Returns the number of values in the units that counted.
     *
     * @return at least 0
     */
    int pairableValues();

    /**
     * Returns one sentence saying what the figure is, or why there is none.
     *
     * @return the explanation
     */
    String explanation();

    /**
     * An estimate of the coefficient.
     *
     * @param coefficient the coefficient, not null
     * @param units the units that counted, at least 1
     * @param unitsLeftOut the units left out, at least 0
     * @param raters the raters in the data, at least 2
     * @param pairableValues the values in the units that counted, at least 2
     * @param observedDisagreement the observed disagreement, at least 0
     * @param expectedDisagreement the disagreement expected by chance, greater than 0
     * @param value {@code 1 - observedDisagreement / expectedDisagreement}
     */
    record Estimate(Coefficient coefficient, int units, int unitsLeftOut, int raters, int pairableValues,
            double observedDisagreement, double expectedDisagreement, double value) implements AgreementResult {
        /**
         * Creates an estimate; the explanation is derived from the figures.
         *
         * @param coefficient the coefficient, not null
         * @param units the units that counted, at least 1
         * @param unitsLeftOut the units left out, at least 0
         * @param raters the raters in the data, at least 2
         * @param pairableValues the values in the units that counted, at least 2
         * @param observedDisagreement the observed disagreement, at least 0
         * @param expectedDisagreement the disagreement expected by chance, greater than 0
         * @param value {@code 1 - observedDisagreement / expectedDisagreement}
         * @throws IllegalArgumentException if a count is out of range or a figure is not finite
         */
        public Estimate {
            Objects.requireNonNull(coefficient, "coefficient");
            Counts.check(units, unitsLeftOut, raters, pairableValues);
            if (!(observedDisagreement >= 0 && Double.isFinite(observedDisagreement))) {
                throw new IllegalArgumentException("observedDisagreement: must be finite, at least 0; was "
                        + observedDisagreement);
            }
            if (!(expectedDisagreement > 0 && Double.isFinite(expectedDisagreement))) {
                throw new IllegalArgumentException("expectedDisagreement: must be finite, greater than 0; was "
                        + expectedDisagreement);
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value: must be finite; was " + value);
            }
        }

        @Override
        public String explanation() {
            return String.format(Locale.ROOT, "%s = %.3f from %d values in %d units by %d raters"
                    + " (observed disagreement %.4f, expected %.4f)%s.", coefficient.label(), value, pairableValues,
                    units, raters, observedDisagreement, expectedDisagreement,
                    unitsLeftOut == 0 ? "" : "; " + Counts.units(unitsLeftOut) + " left out");
        }
    }

    /**
     * The coefficient has no value for the data.
     *
     * @param coefficient the coefficient, not null
     * @param units the units that counted, at least 0
     * @param unitsLeftOut the units left out, at least 0
     * @param raters the raters in the data, at least 0
     * @param pairableValues the values in the units that counted, at least 0
     * @param reason why, not null
     */
    record Undefined(Coefficient coefficient, int units, int unitsLeftOut, int raters, int pairableValues,
            UndefinedReason reason) implements AgreementResult {
        /**
         * Creates an undefined result; the explanation is derived from the reason and the counts.
         *
         * @param coefficient the coefficient, not null
         * @param units the units that counted, at least 0
         * @param unitsLeftOut the units left out, at least 0
         * @param raters the raters in the data, at least 0
         * @param pairableValues the values in the units that counted, at least 0
         * @param reason why, not null
         * @throws IllegalArgumentException if a count is negative
         */
        public Undefined {
            Objects.requireNonNull(coefficient, "coefficient");
            Objects.requireNonNull(reason, "reason");
            Counts.check(units, unitsLeftOut, raters, pairableValues);
        }

        @Override
        public String explanation() {
            return coefficient.label() + " is undefined: " + why() + ".";
        }

        private String why() {
            switch (reason) {
                case TOO_FEW_RATERS:
                    return "the data have " + raters + (raters == 1 ? " rater" : " raters") + " and it compares two";
                case NOT_TWO_RATERS:
                    return "it compares exactly two raters and the data have " + raters;
                case NO_PAIRABLE_VALUES:
                    return "no unit has the values it compares (" + Counts.units(unitsLeftOut) + " left out)";
                case NO_VARIATION:
                    return "all " + pairableValues + " compared values are the same, so no disagreement is expected"
                            + " by chance";
                case NOT_NUMERIC:
                    return "its distances need numbers and the values are categories";
                case NEGATIVE_VALUES:
                    return "the ratio metric needs values of at least 0 and some are negative";
                case UNEQUAL_VALUES_PER_UNIT:
                    return "the units have different numbers of values, and every unit must be rated equally often";
                default:
                    throw new AssertionError(reason);
            }
        }
    }
}
