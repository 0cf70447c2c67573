package org.engagementrubrics.core.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one canonical form of the exact decimals in the model (points, weights, maxima), so that {@code 2},
 * {@code 2.0} and {@code 2.00} make equal records, equal fingerprints and the same bytes in files. Not part
 * of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Returns the value with no trailing zeros in its fraction and never a negative scale: {@code 2.50} becomes
     * {@code 2.5}, {@code 2.00} and {@code 2E+0} become {@code 2}, {@code 1E+2} becomes {@code 100}.
     *
     * @param value the value
     * @param name the argument's name, for the exception
     * @return the canonical value, numerically equal
     * @throws NullPointerException naming {@code name} if the value is null
     */
    public static BigDecimal canonical(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // a negative scale prints as 1E+2; scale 0 keeps the plain digits that files and messages show
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
