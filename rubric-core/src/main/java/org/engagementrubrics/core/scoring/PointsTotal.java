package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.engagementrubrics.core.internal.Arguments;

/**
 * A points total: the parts it is made of (a criterion, or a standard of a staged rubric) and the sums
 * and percent they give.
 *
 * <p>The arithmetic, all in exact {@link BigDecimal}s:
 * <ul>
 * <li>A {@linkplain Status#RATED rated} part counts its earned points of its possible points.</li>
 * <li>A {@linkplain Status#NOT_RATED not-rated} part counts 0 earned of its possible points: leaving a part
 * unrated lowers the percent.</li>
 * <li>A {@linkplain Status#NOT_APPLICABLE not-applicable} part counts nowhere: it leaves both the earned
 * sum and the possible sum (the denominator).</li>
 * <li>{@link #earned()} and {@link #possible()} are plain sums over the parts that apply;
 * {@link #weightedEarned()} and {@link #weightedPossible()} are the sums of {@code weight × points}.</li>
 * <li>{@link #percent()} is {@code 100 × weightedEarned / weightedPossible}, to 34 significant digits
 * ({@link MathContext#DECIMAL128}, half-even) without trailing zeros, and empty when the weighted possible sum is zero;
 * {@link #displayPercent()} is the same quotient rounded half-even to 2 decimal places, straight from the
 * exact sums, so it is never rounded twice.</li>
 * </ul>
 * Parts that do not count are left out of a sum, not added as zeros, so they cannot change even a sum's
 * scale. Every sum is exact, so the order of the parts never changes a total; with unweighted parts (weight 1)
 * the weighted sums equal the plain ones. Because a part never earns more than it can, the percent lies in
 * [0, 100].
 *
 * <pre>{@code
 * PointsTotal total = PointsTotal.of(List.of(
 *         PointsTotal.Part.rated("a", new BigDecimal("3"), new BigDecimal("4"), BigDecimal.ONE),
 *         PointsTotal.Part.notApplicable("b", new BigDecimal("4"), BigDecimal.ONE)));
 * total.displayPercent(); // Optional[75.00]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param parts the parts, in the order they are reported, with distinct ids, not null
 */
public record PointsTotal(List<Part> parts) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Refuses a missing part or a repeated part id, and copies the list.
     *
     * @param parts the parts, in the order they are reported, with distinct ids, not null
     * @throws NullPointerException if the list or a part is null
     * @throws IllegalArgumentException if two parts share an id
     */
    public PointsTotal {
        parts = Arguments.copyOf(parts, "parts");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!seen.add(parts.get(i).id())) {
                throw new IllegalArgumentException("parts[" + i + "].id must be unique; '" + parts.get(i).id()
                        + "' appears twice");
            }
        }
    }

    /**
     * Obtains a total of the given parts.
     *
     * @param parts the parts, in report order, with distinct ids, not null
     * @return the total
     * @throws NullPointerException if the list or a part is null
     * @throws IllegalArgumentException if two parts share an id
     */
    public static PointsTotal of(List<Part> parts) {
        return new PointsTotal(parts);
    }

    /**
     * Returns the points earned over the parts that apply, unweighted.
     *
     * @return the sum, zero or more
     */
    public BigDecimal earned() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.status() == Status.RATED) {
                sum = sum.add(part.earned());
            }
        }
        return sum;
    }

    /**
     * Returns the points possible over the parts that apply, unweighted; not-applicable parts are left out.
     *
     * @return the sum, zero or more
     */
    public BigDecimal possible() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.applies()) {
                sum = sum.add(part.possible());
            }
        }
        return sum;
    }

    /**
     * Returns the sum of {@code weight × earned} over the parts that apply.
     *
     * @return the sum, zero or more
     */
    public BigDecimal weightedEarned() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.status() == Status.RATED) {
                sum = sum.add(part.weight().multiply(part.earned()));
            }
        }
        return sum;
    }

    /**
     * Returns the sum of {@code weight × possible} over the parts that apply: the percent's denominator.
     *
     * @return the sum, zero or more
     */
    public BigDecimal weightedPossible() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.applies()) {
                sum = sum.add(part.weight().multiply(part.possible()));
            }
        }
        return sum;
    }

    /**
     * Returns {@code 100 × weightedEarned / weightedPossible} to 34 significant digits, half-even.
     *
     * @return the percent in [0, 100] in its shortest plain form ({@code 75}, {@code 37.5}), or empty when the weighted possible sum is zero (no part applies, or
     *         every part that applies is worth nothing)
     */
    public Optional<BigDecimal> percent() {
        BigDecimal denominator = weightedPossible();
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal percent = HUNDRED.multiply(weightedEarned()).divide(denominator, MathContext.DECIMAL128)
                .stripTrailingZeros();
        // the shortest plain form, so that equal percents are equal values: 75, never 75.00 or 7.5E+1
        return Optional.of(percent.scale() < 0 ? percent.setScale(0) : percent);
    }

    /**
     * Returns the percent rounded half-even to 2 decimal places, for display.
     *
     * @return the percent with scale 2, such as {@code 66.67}, or empty when {@link #percent()} is
     */
    public Optional<BigDecimal> displayPercent() {
        BigDecimal denominator = weightedPossible();
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(HUNDRED.multiply(weightedEarned()).divide(denominator, 2, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns how many parts have the given status.
     *
     * @param status the status, not null
     * @return the count
     */
    public int count(Status status) {
        Objects.requireNonNull(status, "status");
        int count = 0;
        for (Part part : parts) {
            if (part.status() == status) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether a part counts toward a total.
     */
    public enum Status {
        /** The part was rated: its earned points count, of its possible points. */
        RATED,
        /** The part was left unrated: it counts 0 earned of its possible points. */
        NOT_RATED,
        /** The part does not apply: it leaves the earned sum and the possible sum (the denominator). */
        NOT_APPLICABLE
    }

    /**
     * One part of a points total, such as a criterion or a standard.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param id the part's id, not blank
     * @param earned the points earned, zero or more and at most {@code possible}; zero unless rated
     * @param possible the points possible, zero or more
     * @param weight the weight the part's points are multiplied by in the weighted sums, zero or more
     * @param status whether the part counts, and how, not null
     */
    public record Part(String id, BigDecimal earned, BigDecimal possible, BigDecimal weight, Status status) {

        /**
         * Checks every component.
         *
         * @param id the part's id, not blank
         * @param earned the points earned, zero or more and at most {@code possible}; zero unless rated
         * @param possible the points possible, zero or more
         * @param weight the weight the part's points are multiplied by in the weighted sums, zero or more
         * @param status whether the part counts, and how, not null
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the id is blank, a number is negative, the earned points exceed
         *         the possible points, or a part that is not rated earned points
         */
        public Part {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(earned, "earned");
            Objects.requireNonNull(possible, "possible");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(status, "status");
            if (id.isBlank()) {
                throw new IllegalArgumentException("id must not be blank");
            }
            requireNotNegative("earned", earned, id);
            requireNotNegative("possible", possible, id);
            requireNotNegative("weight", weight, id);
            if (earned.compareTo(possible) > 0) {
                throw new IllegalArgumentException("earned must be at most possible (" + possible.toPlainString()
                        + ") for part '" + id + "'; was " + earned.toPlainString());
            }
            if (status != Status.RATED && earned.signum() != 0) {
                throw new IllegalArgumentException("earned must be 0 for a part that is " + status
                        + " ('" + id + "'); was " + earned.toPlainString());
            }
        }

        /**
         * Obtains a rated part.
         *
         * @param id the id, not blank
         * @param earned the points earned, from zero to {@code possible}
         * @param possible the points possible, zero or more
         * @param weight the weight, zero or more
         * @return the part
         * @throws IllegalArgumentException if a value is out of range
         */
        public static Part rated(String id, BigDecimal earned, BigDecimal possible, BigDecimal weight) {
            return new Part(id, earned, possible, weight, Status.RATED);
        }

        /**
         * Obtains a part left unrated: it counts 0 earned of its possible points.
         *
         * @param id the id, not blank
         * @param possible the points possible, zero or more
         * @param weight the weight, zero or more
         * @return the part
         * @throws IllegalArgumentException if a value is out of range
         */
        public static Part notRated(String id, BigDecimal possible, BigDecimal weight) {
            return new Part(id, BigDecimal.ZERO, possible, weight, Status.NOT_RATED);
        }

        /**
         * Obtains a part that does not apply: it leaves every sum, the denominator included.
         *
         * @param id the id, not blank
         * @param possible the points it would have been worth, zero or more, kept for reports
         * @param weight the weight, zero or more
         * @return the part
         * @throws IllegalArgumentException if a value is out of range
         */
        public static Part notApplicable(String id, BigDecimal possible, BigDecimal weight) {
            return new Part(id, BigDecimal.ZERO, possible, weight, Status.NOT_APPLICABLE);
        }

        /**
         * Checks if the part counts toward the sums.
         *
         * @return true unless the part is not applicable
         */
        public boolean applies() {
            return status != Status.NOT_APPLICABLE;
        }

        private static void requireNotNegative(String name, BigDecimal value, String id) {
            if (value.signum() < 0) {
                throw new IllegalArgumentException(name + " must be zero or more for part '" + id + "'; was "
                        + value.toPlainString());
            }
        }
    }
}
