package org.engagementrubrics.testkit.assertions;

import java.util.Map;
import org.assertj.core.data.Offset;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.RatingSummary;

/**
 * Assertions on the figures of one {@link RatingSummary} of a rating or survey result: n, the mean, the median,
 * the top-two share and the distribution. Obtained from {@link SurveyResultAssert#statement(String)},
 * {@link RatingResultAssert#condition(String)}, {@link RatingResultAssert#indicator(String)} or
 * {@link RatingResultAssert#overall()}.
 *
 * <pre>{@code
 * RubricAssertions.assertThat(surveyResult).statement("s1")
 *         .hasRated(4).hasMean(3.25).hasTopTwoShare(0.75).hasDistribution(Map.of(1, 0, 2, 1, 3, 1, 4, 2));
 * }</pre>
 *
 * <p>Figures without an offset are compared within {@value #EXACT}, so that a figure written as a decimal
 * matches the double computed. Every failure prints the whole result's explanation. Not thread-safe: one
 * assertion chain at a time, as in AssertJ.
 */
public final class RatingSummaryAssert extends ExplainedAssert<RatingSummaryAssert, RatingSummary> {

    /** The tolerance of the figures compared without an offset. */
    public static final double EXACT = 1e-9;

    private final String subject;
    private final Explanation explanation;

    RatingSummaryAssert(RatingSummary actual, String subject, Explanation explanation) {
        super(actual, RatingSummaryAssert.class);
        this.subject = subject;
        this.explanation = explanation;
    }

    /**
     * Checks n, how many ratings have a value.
     *
     * @param expected the count
     * @return this assertion
     */
    public RatingSummaryAssert hasRated(int expected) {
        return expect(present().actual.rated() == expected, "the number rated", expected, actual.rated());
    }

    /**
     * Checks how many items were left unrated.
     *
     * @param expected the count
     * @return this assertion
     */
    public RatingSummaryAssert hasNotRated(int expected) {
        return expect(present().actual.notRated() == expected, "the number not rated", expected, actual.notRated());
    }

    /**
     * Checks how many answers were "not applicable".
     *
     * @param expected the count
     * @return this assertion
     */
    public RatingSummaryAssert hasNotApplicable(int expected) {
        return expect(present().actual.notApplicable() == expected, "the number not applicable", expected,
                actual.notApplicable());
    }

    /**
     * Checks the mean of the rated values, within {@value #EXACT}.
     *
     * @param expected the mean
     * @return this assertion
     */
    public RatingSummaryAssert hasMean(double expected) {
        return hasMean(expected, Offset.offset(EXACT));
    }

    /**
     * Checks the mean of the rated values within an offset, such as {@code within(0.005)}.
     *
     * @param expected the mean
     * @param offset the tolerance, not null
     * @return this assertion
     */
    public RatingSummaryAssert hasMean(double expected, Offset<Double> offset) {
        named(offset, "offset");
        return expect(near(present().actual.mean(), expected, offset.value), "the mean", expected + " (within "
                + offset.value + ")", actual.mean() == null ? "none (nothing rated)" : actual.mean());
    }

    /**
     * Checks that nothing was rated, so that there is no mean, median or share.
     *
     * @return this assertion
     */
    public RatingSummaryAssert hasNoMean() {
        return expect(present().actual.mean() == null, "the mean", "none (nothing rated)", actual.mean());
    }

    /**
     * Checks the median of the rated values, within {@value #EXACT}.
     *
     * @param expected the median
     * @return this assertion
     */
    public RatingSummaryAssert hasMedian(double expected) {
        return expect(near(present().actual.median(), expected, EXACT), "the median", expected, actual.median());
    }

    /**
     * Checks the share of the rated values in the two highest scale points, within {@value #EXACT}.
     *
     * @param expected the share, 0 to 1
     * @return this assertion
     */
    public RatingSummaryAssert hasTopTwoShare(double expected) {
        return expect(near(present().actual.topTwoShare(), expected, EXACT), "the top-two share", expected,
                actual.topTwoShare());
    }

    /**
     * Checks the count of every scale value; a value the summary counts must be given, with 0 if need be.
     *
     * @param expected the count by scale value, not null
     * @return this assertion
     */
    public RatingSummaryAssert hasDistribution(Map<Integer, Integer> expected) {
        named(expected, "expected");
        return expect(present().actual.distribution().equals(expected), "the distribution", expected,
                actual.distribution());
    }

    @Override
    Explanation explanation() {
        return explanation;
    }

    @Override
    String subject() {
        return subject;
    }
}
