package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.internal.Decimals;

/**
 * The points a points rubric gave one response, or the responses of a pool: per criterion points earned and
 * possible, weighted; the total, the points possible and the percent.
 *
 * <p>Not-applicable criteria leave the points possible; not-rated criteria count 0 of theirs. Totals and
 * points possible are exact sums of weighted points. A percent is {@code total × 100 / possible} to
 * {@value #PERCENT_SCALE} decimals, rounded half-even, and shown with two; a response whose criteria are all
 * not applicable has no percent. Over a pool, {@link #meanTotal()} and {@link #meanPercent()} are the means
 * of the responses' own figures, and {@link #percent()} is the pooled share of points.
 *
 * <pre>{@code
 * PointsResult result = (PointsResult) engine.score(rubric, response);
 * result.total();          // 13.5
 * result.possible();       // 18
 * result.percentShown();   // "75.00"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responses the responses pooled: how many, their digest and the subject they share, not null
 * @param criteria the points per criterion, in the rubric's order, not null
 * @param percentSum the sum of the percents of the responses that have one, not null
 * @param percentResponses how many responses have a percent (some criterion applied), at least 0
 * @param explanation why, not null
 */
public record PointsResult(InstrumentRef instrument, ResponsePool responses, List<CriterionPoints> criteria,
        BigDecimal percentSum, long percentResponses, Explanation explanation) implements ScoreResult {

    /** The decimals a percent or a mean is computed to, rounded half-even. */
    public static final int PERCENT_SCALE = 6;

    /**
     * Checks and copies the components; the percent sum is put in canonical form.
     *
     * @throws IllegalArgumentException if the pool holds no response, or more responses have a percent than
     *     were pooled
     */
    public PointsResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        if (responses.count() == 0) {
            throw new IllegalArgumentException("responses must hold one or more responses; a result pools at least one");
        }
        criteria = Arguments.copyOf(criteria, "criteria");
        percentSum = Decimals.canonical(percentSum, "percentSum");
        if (percentResponses < 0 || percentResponses > responses.count() || percentSum.signum() < 0) {
            throw new IllegalArgumentException("percentResponses must be from 0 to the " + responses.count()
                    + " responses and percentSum at least 0; got " + percentResponses + " and " + percentSum);
        }
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns how many responses were pooled.
     *
     * @return {@code responses().count()}
     */
    @Override
    public long responseCount() {
        return responses.count();
    }

    /**
     * Returns the weighted points earned, summed over the criteria and the responses.
     *
     * @return the exact total
     */
    public BigDecimal total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionPoints criterion : criteria) {
            sum = sum.add(criterion.weightedEarned());
        }
        return Decimals.canonical(sum, "total");
    }

    /**
     * Returns the weighted points possible, summed over the criteria that applied and the responses.
     *
     * @return the exact points possible, 0 if no criterion applied
     */
    public BigDecimal possible() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionPoints criterion : criteria) {
            sum = sum.add(criterion.weightedPossible());
        }
        return Decimals.canonical(sum, "possible");
    }

    /**
     * Returns the total as a percent of the points possible: for one response, its percent.
     *
     * @return {@code total × 100 / possible} to {@value #PERCENT_SCALE} decimals, or null if no criterion
     *     applied
     */
    public BigDecimal percent() {
        return percentOf(total(), possible());
    }

    /**
     * Returns the percent rounded half-even to two decimals, as shown to people.
     *
     * @return such as {@code "75.00"}, or null if no criterion applied
     */
    public String percentShown() {
        BigDecimal percent = percent();
        return percent == null ? null : shown(percent);
    }

    /**
     * Returns the mean of the responses' totals.
     *
     * @return {@code total / responseCount} to {@value #PERCENT_SCALE} decimals
     */
    public BigDecimal meanTotal() {
        return Decimals.canonical(total().divide(BigDecimal.valueOf(responses.count()), PERCENT_SCALE,
                RoundingMode.HALF_EVEN), "meanTotal");
    }

    /**
     * Returns the mean of the responses' percents, over the responses that have one.
     *
     * @return the mean percent to {@value #PERCENT_SCALE} decimals, or null if no response has a percent
     */
    public BigDecimal meanPercent() {
        return percentResponses == 0 ? null : Decimals.canonical(percentSum.divide(BigDecimal.valueOf(percentResponses),
                PERCENT_SCALE, RoundingMode.HALF_EVEN), "meanPercent");
    }

    /** Returns {@code part × 100 / whole} to {@value #PERCENT_SCALE} decimals, or null if the whole is 0. */
    static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return Decimals.canonical(part.multiply(BigDecimal.valueOf(100)).divide(whole, PERCENT_SCALE,
                RoundingMode.HALF_EVEN), "percent");
    }

    /** Returns a figure rounded half-even to two decimals, as shown to people. */
    static String shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
