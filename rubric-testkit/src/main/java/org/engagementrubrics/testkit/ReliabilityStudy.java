package org.engagementrubrics.testkit;

import java.util.Arrays;
import java.util.Objects;
import org.engagementrubrics.core.agreement.RatingValue;
import org.engagementrubrics.core.agreement.ReliabilityData;

/**
 * A generated reliability study in raw form: each unit's value per rater as an {@code Integer}, a
 * {@code Double}, a {@code String} category or {@code null} (missing), so that a test can hand the same values
 * to our agreement statistics ({@link #data()}) and to another implementation it cross-checks against.
 *
 * <p>Equal studies hold equal values (the arrays are compared deeply). The arrays are the caller's: the record
 * neither copies them nor changes them.
 *
 * @param byUnit the values, unit by unit, one per rater; every unit as long as the first
 * @param integers true if the numbers are integers
 */
public record ReliabilityStudy(Object[][] byUnit, boolean integers) {

    /**
     * Creates a study; the arrays are kept as given, not copied.
     *
     * @param byUnit the values, unit by unit, one per rater; every unit as long as the first
     * @param integers true if the numbers are integers
     * @throws NullPointerException if {@code byUnit} or a unit is null
     */
    public ReliabilityStudy {
        Objects.requireNonNull(byUnit, "byUnit");
        for (int u = 0; u < byUnit.length; u++) {
            Objects.requireNonNull(byUnit[u], "byUnit[" + u + "]");
        }
    }

    /**
     * Returns the number of raters: the length of the first unit, 0 when there is none.
     *
     * @return the raters
     */
    public int raters() {
        return byUnit.length == 0 ? 0 : byUnit[0].length;
    }

    /**
     * Returns the study as reliability data: integers and decimals as numbers, strings as categories.
     *
     * @return the data
     * @throws IllegalArgumentException if a value is of another type, or the units mix numbers and categories
     */
    public ReliabilityData data() {
        ReliabilityData.Builder builder = ReliabilityData.builder(raters());
        for (Object[] unit : byUnit) {
            RatingValue[] values = new RatingValue[unit.length];
            for (int r = 0; r < unit.length; r++) {
                values[r] = value(unit[r]);
            }
            builder.unit(values);
        }
        return builder.build();
    }

    private static RatingValue value(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof Integer) {
            return RatingValue.of((Integer) value);
        } else if (value instanceof Double) {
            return RatingValue.of((Double) value);
        } else if (value instanceof String) {
            return RatingValue.category((String) value);
        }
        throw new IllegalArgumentException("a study's value is an Integer, a Double, a String or null, not "
                + value.getClass().getName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReliabilityStudy && integers == ((ReliabilityStudy) other).integers
                && Arrays.deepEquals(byUnit, ((ReliabilityStudy) other).byUnit);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(byUnit) + Boolean.hashCode(integers);
    }

    /**
     * Returns the values, unit by unit.
     */
    @Override
    public String toString() {
        return Arrays.deepToString(byUnit);
    }
}
