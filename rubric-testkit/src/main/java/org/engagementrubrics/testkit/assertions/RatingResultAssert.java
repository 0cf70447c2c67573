package org.engagementrubrics.testkit.assertions;

import java.util.Optional;
import java.util.stream.Stream;
import org.engagementrubrics.core.scoring.ConditionSummary;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RatingSummary;

/**
 * Assertions on a {@link RatingResult} (a conditions assessment): how many responses it pools, and the figures
 * over all indicators, per condition and per indicator.
 *
 * <pre>{@code
 * RubricAssertions.assertThat(engine.summarize(assessment, responses))
 *         .hasResponseCount(3)
 *         .condition("condition-1").hasMean(2.5);
 * }</pre>
 *
 * <p>Every failure prints the result's explanation. Not thread-safe: one assertion chain at a time, as in AssertJ.
 */
public final class RatingResultAssert extends ExplainedAssert<RatingResultAssert, RatingResult> {

    RatingResultAssert(RatingResult actual) {
        super(actual, RatingResultAssert.class);
    }

    /**
     * Checks how many responses the result pools.
     *
     * @param expected the count
     * @return this assertion
     */
    public RatingResultAssert hasResponseCount(long expected) {
        return expect(present().actual.responseCount() == expected, "the number of responses", expected,
                actual.responseCount());
    }

    /**
     * Returns the assertions on the figures over every indicator.
     *
     * @return the assertions on the overall summary
     */
    public RatingSummaryAssert overall() {
        return new RatingSummaryAssert(present().actual.overall(), "the overall summary of " + subject(),
                explanation());
    }

    /**
     * Returns the assertions on the figures over one condition's indicators.
     *
     * @param conditionId the condition id, not null
     * @return the assertions on its summary
     */
    public RatingSummaryAssert condition(String conditionId) {
        named(conditionId, "conditionId");
        Optional<ConditionSummary> found = present().actual.conditions().stream()
                .filter(condition -> condition.conditionId().equals(conditionId)).findFirst();
        if (found.isEmpty()) {
            fail("Expecting " + subject() + " to have a condition " + conditionId + ", but its conditions are "
                    + actual.conditions().stream().map(ConditionSummary::conditionId).toList());
        }
        return new RatingSummaryAssert(found.orElseThrow().summary(), "condition " + conditionId + " of " + subject(),
                explanation());
    }

    /**
     * Returns the assertions on one indicator's figures.
     *
     * @param indicatorId the indicator id, not null
     * @return the assertions on its summary
     */
    public RatingSummaryAssert indicator(String indicatorId) {
        named(indicatorId, "indicatorId");
        Optional<RatingSummary> found = indicators().filter(summary -> summary.itemId().equals(indicatorId))
                .findFirst();
        if (found.isEmpty()) {
            fail("Expecting " + subject() + " to have an indicator " + indicatorId + ", but its indicators are "
                    + indicators().map(RatingSummary::itemId).toList());
        }
        return new RatingSummaryAssert(found.orElseThrow(), "indicator " + indicatorId + " of " + subject(),
                explanation());
    }

    private Stream<RatingSummary> indicators() {
        return present().actual.conditions().stream().flatMap(condition -> condition.indicators().stream());
    }

    @Override
    Explanation explanation() {
        return actual.explanation();
    }

    @Override
    String subject() {
        return "the rating result on " + actual.instrument().id();
    }
}
