package org.engagementrubrics.core.agreement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rater's value for one unit in reliability data: a number (an integer or a decimal) or a nominal
 * category id.
 *
 * <p>Numbers are kept as exact decimals with trailing zeros stripped, so {@code 2}, {@code 2.0} and
 * {@code 2.00} are one value. Every implementation is immutable and thread-safe.
 */
public sealed interface RatingValue permits RatingValue.Numeric, RatingValue.Category {

    /**
     * Obtains a numeric value from an integer.
     *
     * @param value the value
     * @return the value
     */
    static RatingValue of(long value) {
        return new Numeric(BigDecimal.valueOf(value));
    }

    /**
     * Obtains a numeric value from a decimal.
     *
     * @param value the value, finite
     * @return the value
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    static RatingValue of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value: must be finite; was " + value);
        }
        return new Numeric(BigDecimal.valueOf(value));
    }

    /**
     * Obtains a numeric value from an exact decimal.
     *
     * @param value the value, not null
     * @return the value
     */
    static RatingValue of(BigDecimal value) {
        return new Numeric(value);
    }

    /**
     * Obtains a nominal category value.
     *
     * @param id the category's id, not blank
     * @return the value
     * @throws IllegalArgumentException if {@code id} is blank
     */
    static RatingValue category(String id) {
        return new Category(id);
    }

    /**
     * A numeric value, usable with every metric.
     *
     * @param value the value, trailing zeros stripped
     */
    record Numeric(BigDecimal value) implements RatingValue {
        /**
         * Creates a numeric value, stripping trailing zeros so that {@code 2.0} and {@code 2} are one value.
         *
         * @param value the value, trailing zeros stripped
         * @throws NullPointerException if {@code value} is null
         */
        public Numeric {
            Objects.requireNonNull(value, "value");
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /**
     * A nominal category, usable with the nominal metric and unweighted kappas only.
     *
     * @param id the category's id, not blank
     */
    record Category(String id) implements RatingValue {
        /**
         * Creates a category.
         *
         * @param id the category's id, not blank
         * @throws IllegalArgumentException if {@code id} is blank
         */
        public Category {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("id: must not be blank");
            }
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
