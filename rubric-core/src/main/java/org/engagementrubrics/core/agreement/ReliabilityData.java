package org.engagementrubrics.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reliability data: the values that a number of raters gave a number of units, any of them possibly
 * missing, and the agreement statistics computed from them.
 *
 * <pre>{@code
 * ReliabilityData data = ReliabilityData.ofIntegers(new Integer[][] {
 *         {1, 1, null}, {2, 2, 3}, {3, 3, 3}, {null, 4, 4}});   // units (rows) by raters (columns)
 * AgreementResult alpha = data.alpha(Metric.ORDINAL);
 * AgreementResult kappa = data.fleissKappa();                 // Undefined: units rated unequally often
 * }</pre>
 *
 * <p>All present values are numbers or all are categories. The distinct values are sorted (numbers by
 * value, categories by id) once, when the data are made, and every statistic sums over them in that order,
 * so any order of units, raters or values gives equal figures. Immutable and thread-safe.
 */
public final class ReliabilityData {

    private static final Comparator<RatingValue> ORDER = (a, b) -> a instanceof RatingValue.Numeric
            ? ((RatingValue.Numeric) a).value().compareTo(((RatingValue.Numeric) b).value())
            : ((RatingValue.Category) a).id().compareTo(((RatingValue.Category) b).id());

    private final int raters;
    private final RatingValue[][] byUnit;
    private final List<RatingValue> values;
    /** Per unit and rater, the index of the value in {@link #values}, or -1 when missing. */
    private final int[][] codes;
    private final double[] numbers;

    private ReliabilityData(int raters, RatingValue[][] byUnit) {
        this.raters = raters;
        this.byUnit = byUnit;
        TreeSet<RatingValue> distinct = new TreeSet<>(ORDER);
        Class<?> kind = null;
        for (int u = 0; u < byUnit.length; u++) {
            for (RatingValue value : byUnit[u]) {
                if (value == null) {
                    continue;
                }
                if (kind != null && kind != value.getClass()) {
                    throw new IllegalArgumentException("values: must be all numbers or all categories; unit " + u
                            + " has " + value + " among " + distinct.first());
                }
                kind = value.getClass();
                distinct.add(value);
            }
        }
        this.values = List.copyOf(distinct);
        Map<RatingValue, Integer> index = new HashMap<>();
        for (RatingValue value : values) {
            index.put(value, index.size());
        }
        this.numbers = new double[isNumeric() ? values.size() : 0];
        for (int v = 0; v < numbers.length; v++) {
            numbers[v] = ((RatingValue.Numeric) values.get(v)).value().doubleValue();
        }
        this.codes = new int[byUnit.length][raters];
        for (int u = 0; u < byUnit.length; u++) {
            for (int r = 0; r < raters; r++) {
                RatingValue value = byUnit[u][r];
                codes[u][r] = value == null ? -1 : index.get(value);
            }
        }
    }

    /**
     * Obtains reliability data from integers, one row per unit and one column per rater, {@code null} for a
     * missing value.
     *
     * @param byUnit the values, every row as long as the first, not null
     * @return the data
     * @throws IllegalArgumentException if rows differ in length
     */
    public static ReliabilityData ofIntegers(Integer[][] byUnit) {
        return from(byUnit, v -> RatingValue.of(v.longValue()));
    }

    /**
     * Obtains reliability data from decimals, one row per unit and one column per rater, {@code null} for a
     * missing value.
     *
     * @param byUnit the values, finite, every row as long as the first, not null
     * @return the data
     * @throws IllegalArgumentException if rows differ in length or a value is not finite
     */
    public static ReliabilityData ofDecimals(Double[][] byUnit) {
        return from(byUnit, v -> RatingValue.of(v.doubleValue()));
    }

    /**
     * Obtains reliability data from nominal category ids, one row per unit and one column per rater,
     * {@code null} for a missing value.
     *
     * @param byUnit the category ids, not blank, every row as long as the first, not null
     * @return the data
     * @throws IllegalArgumentException if rows differ in length or an id is blank
     */
    public static ReliabilityData ofCategories(String[][] byUnit) {
        return from(byUnit, RatingValue::category);
    }

    /**
     * Returns a builder of reliability data with a fixed number of raters.
     *
     * @param raters the number of raters, at least 0
     * @return a new builder
     */
    public static Builder builder(int raters) {
        if (raters < 0) {
            throw new IllegalArgumentException("raters: must be at least 0; was " + raters);
        }
        return new Builder(raters);
    }

    private static <T> ReliabilityData from(T[][] byUnit, Function<T, RatingValue> value) {
        Objects.requireNonNull(byUnit, "byUnit");
        Builder builder = builder(byUnit.length == 0 ? 0 : Objects.requireNonNull(byUnit[0], "byUnit[0]").length);
        for (T[] row : byUnit) {
            RatingValue[] unit = new RatingValue[Objects.requireNonNull(row, "byUnit row").length];
            for (int r = 0; r < row.length; r++) {
                unit[r] = row[r] == null ? null : value.apply(row[r]);
            }
            builder.unit(unit);
        }
        return builder.build();
    }

    /**
     * Returns the number of units, rated or not.
     *
     * @return at least 0
     */
    public int units() {
        return byUnit.length;
    }

    /**
     * Returns the number of raters.
     *
     * @return at least 0
     */
    public int raters() {
        return raters;
    }

    /**
     * Returns the value a rater gave a unit.
     *
     * @param unit the unit's index, from 0
     * @param rater the rater's index, from 0
     * @return the value, or empty when missing
     * @throws IndexOutOfBoundsException if either index is out of range
     */
    public Optional<RatingValue> value(int unit, int rater) {
        Objects.checkIndex(rater, raters);
        return Optional.ofNullable(byUnit[unit][rater]);
    }

    /**
     * Returns the distinct values present, in their order (numbers by value, categories by id).
     *
     * @return the values, unmodifiable
     */
    public List<RatingValue> values() {
        return values;
    }

    /**
     * Checks if the values are numbers, so that the ordinal, interval and ratio metrics and weighted kappas
     * apply; true also when no value is present.
     *
     * @return true unless the values are categories
     */
    public boolean isNumeric() {
        return values.isEmpty() || values.get(0) instanceof RatingValue.Numeric;
    }

    /**
     * Returns Krippendorff's alpha with a metric: from the coincidence matrix of pairable values, units with
     * fewer than two values left out.
     *
     * @param metric the metric, not null
     * @return an estimate, or why alpha is undefined for these data
     */
    public AgreementResult alpha(Metric metric) {
        return KrippendorffAlpha.of(this, Objects.requireNonNull(metric, "metric"));
    }

    /**
     * Returns a bootstrapped percentile interval for Krippendorff's alpha with a metric (Hayes &amp;
     * Krippendorff, 2007): the expected disagreement from all the data, each draw resampling the pairs of
     * pairable values within units; the pairs are put in a canonical order first, so the same bootstrap gives
     * the same interval in any order of units, raters and values.
     *
     * @param metric the metric, not null
     * @param bootstrap the draws, seed and level, not null
     * @return the interval, or, when alpha is undefined, none with the reason
     */
    public AlphaInterval alphaInterval(Metric metric, Bootstrap bootstrap) {
        return AlphaBootstrap.of(this, Objects.requireNonNull(metric, "metric"),
                Objects.requireNonNull(bootstrap, "bootstrap"));
    }

    /**
     * Returns Fleiss' kappa, the values read as nominal categories: defined when every unit with values has
     * the same number of them, at least two; units with no value are left out.
     *
     * @return an estimate, or why the data do not qualify
     */
    public AgreementResult fleissKappa() {
        return FleissKappa.of(this);
    }

    /**
     * Returns Cohen's kappa of two raters, unweighted or with linear or quadratic disagreement weights:
     * units that not both raters rated are left out.
     *
     * @param weights the weights, not null
     * @return an estimate, or why the data do not qualify
     */
    public AgreementResult cohenKappa(KappaWeights weights) {
        return CohenKappa.of(this, Objects.requireNonNull(weights, "weights"));
    }

    /** Returns the index of each unit's value per rater in {@link #values()}, -1 when missing; not a copy. */
    int[][] codes() {
        return codes;
    }

    /**
     * Counts the pairs of pairable values that alpha sums. Counted again on every call, on purpose: a kept
     * count would make a second alpha of the same data nearly free, and the figures of the alpha benchmark
     * would then time nothing.
     */
    Coincidences coincidences() {
        return Coincidences.of(codes, raters, values.size());
    }

    /** Returns the numbers of {@link #values()} as doubles, empty for categories; not a copy. */
    double[] numbers() {
        return numbers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReliabilityData && ((ReliabilityData) other).raters == raters
                && Arrays.deepEquals(byUnit, ((ReliabilityData) other).byUnit);
    }

    @Override
    public int hashCode() {
        return 31 * raters + Arrays.deepHashCode(byUnit);
    }

    /**
     * Returns the data as rows of units, {@code .} for a missing value.
     *
     * @return such as {@code ReliabilityData[raters=2, units=[1 2, . 3]]}
     */
    @Override
    public String toString() {
        List<String> rows = new ArrayList<>();
        for (RatingValue[] unit : byUnit) {
            StringBuilder row = new StringBuilder();
            for (RatingValue value : unit) {
                row.append(row.length() == 0 ? "" : " ").append(value == null ? "." : value.toString());
            }
            rows.add(row.toString());
        }
        return "ReliabilityData[raters=" + raters + ", units=" + rows + "]";
    }

    /**
     * Collects units for {@link ReliabilityData}; not thread-safe.
     */
    public static final class Builder {
        private final int raters;
        private final List<RatingValue[]> units = new ArrayList<>();

        private Builder(int raters) {
            this.raters = raters;
        }

        /**
         * Adds a unit with each rater's value, {@code null} for a missing one.
         *
         * @param byRater one value per rater
         * @return this builder
         * @throws IllegalArgumentException if the number of values is not the number of raters
         */
        public Builder unit(RatingValue... byRater) {
            Objects.requireNonNull(byRater, "byRater");
            if (byRater.length != raters) {
                throw new IllegalArgumentException("byRater: must hold one value per rater (" + raters
                        + "); unit " + units.size() + " has " + byRater.length);
            }
            units.add(byRater.clone());
            return this;
        }

        /**
         * Returns the data collected so far.
         *
         * @return the data
         * @throws IllegalArgumentException if values are numbers and categories mixed
         */
        public ReliabilityData build() {
            return new ReliabilityData(raters, units.toArray(new RatingValue[0][]));
        }
    }
}
