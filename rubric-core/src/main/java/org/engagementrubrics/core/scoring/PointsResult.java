package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.internal.Decimals;

/**
 * The points a points rubric gave one response, or the responses of a pool: per criterion points earned and
 * possible, weighted; the total, the points possible and the percent.
 *
 * <p>Not-applicable criteria leave the points possible; not-rated criteria count 0 of theirs. Totals and
 * points possible are exact sums of weighted points; the percent is {@link PointsTotal}'s, over the criteria
 * as its parts (34 significant digits, shown rounded half-even to two decimals); a response whose criteria are
 * all not applicable has no percent. Over a pool, {@link #meanTotal()} and {@link #meanPercent()} are the means
 * of the responses' own figures, and {@link #percent()} is the pooled share of points.
 *
 * <pre>{@code
 * PointsResult result = (PointsResult) engine.score(rubric, response);
 * result.total();          // 13.5
 * result.possible();       // 18
 * result.displayPercent(); // Optional[75.00]
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

    /**
     * Checks and copies the components; the percent sum is put in canonical form.
     *
     * @param instrument the instrument scored, not null
     * @param responses the responses pooled: how many, their digest and the subject they share, not null
     * @param criteria the points per criterion, in the rubric's order, not null
     * @param percentSum the sum of the percents of the responses that have one, not null
     * @param percentResponses how many responses have a percent (some criterion applied), at least 0
     * @param explanation why, not null
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
     * Returns the points of the criteria as a {@link PointsTotal}: each criterion one part with its sums over the
     * responses, not applicable when it applied to none.
     *
     * @return the total, whose percent is this result's percent
     */
    public PointsTotal points() {
        return totalOf(criteria);
    }

    /**
     * Returns the weighted points earned, summed over the criteria and the responses.
     *
     * @return the exact total
     */
    public BigDecimal total() {
        return Decimals.canonical(points().weightedEarned(), "total");
    }

    /**
     * Returns the weighted points possible, summed over the criteria that applied and the responses.
     *
     * @return the exact points possible, 0 if no criterion applied
     */
    public BigDecimal possible() {
        return Decimals.canonical(points().weightedPossible(), "possible");
    }

    /**
     * Returns the total as a percent of the points possible, as {@link PointsTotal#percent()} gives it: for one
     * response, its percent.
     *
     * @return the percent, or empty if no criterion applied
     */
    public Optional<BigDecimal> percent() {
        return points().percent();
    }

    /**
     * Returns the percent rounded half-even to two decimals, as shown to people.
     *
     * @return the percent with scale 2, such as {@code 75.00}, or empty if no criterion applied
     */
    public Optional<BigDecimal> displayPercent() {
        return points().displayPercent();
    }

    /**
     * Returns the mean of the responses' totals.
     *
     * @return {@code total / responseCount} to 34 significant digits, half-even
     */
    public BigDecimal meanTotal() {
        return mean(total(), responses.count());
    }

    /**
     * Returns the mean of the responses' percents, over the responses that have one.
     *
     * @return the mean percent to 34 significant digits, half-even, or empty if no response has a percent
     */
    public Optional<BigDecimal> meanPercent() {
        return percentResponses == 0 ? Optional.empty() : Optional.of(mean(percentSum, percentResponses));
    }

    /** Returns the criteria as a {@link PointsTotal}, one part each. */
    static PointsTotal totalOf(List<CriterionPoints> criteria) {
        List<PointsTotal.Part> parts = new ArrayList<>(criteria.size());
        for (CriterionPoints criterion : criteria) {
            parts.add(criterion.part());
        }
        return PointsTotal.of(parts);
    }

    /** Returns {@code sum / count} to 34 significant digits, half-even, in canonical form. */
    static BigDecimal mean(BigDecimal sum, long count) {
        return Decimals.canonical(sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128), "mean");
    }

    /** Returns a figure rounded half-even to two decimals, as shown to people. */
    static String shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
