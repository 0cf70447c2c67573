package org.engagementrubrics.testkit.assertions;

import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.RatingSummary;
import org.engagementrubrics.core.scoring.SurveyResult;

/**
 * Assertions on a {@link SurveyResult}: how many responses it pools, and the figures of each statement.
 *
 * <pre>{@code
 * RubricAssertions.assertThat(engine.summarize(survey, responses))
 *         .hasResponseCount(12)
 *         .statement("s1").hasRated(11).hasMean(3.25);
 * }</pre>
 *
 * <p>Every failure prints the result's explanation. Not thread-safe: one assertion chain at a time, as in AssertJ.
 */
public final class SurveyResultAssert extends ExplainedAssert<SurveyResultAssert, SurveyResult> {

    SurveyResultAssert(SurveyResult actual) {
        super(actual, SurveyResultAssert.class);
    }

    /**
     * Checks how many responses the result pools.
     *
     * @param expected the count
     * @return this assertion
     */
    public SurveyResultAssert hasResponseCount(long expected) {
        return expect(present().actual.responseCount() == expected, "the number of responses", expected,
                actual.responseCount());
    }

    /**
     * Returns the assertions on one statement's figures.
     *
     * @param statementId the statement id, not null
     * @return the assertions on its summary
     */
    public RatingSummaryAssert statement(String statementId) {
        named(statementId, "statementId");
        RatingSummary summary = present().actual.statements().stream()
                .filter(candidate -> candidate.itemId().equals(statementId)).findFirst().orElse(null);
        if (summary == null) {
            fail("Expecting " + subject() + " to have a statement " + statementId + ", but its statements are "
                    + actual.statements().stream().map(RatingSummary::itemId).toList());
        }
        return new RatingSummaryAssert(summary, "statement " + statementId + " of " + subject(), explanation());
    }

    @Override
    Explanation explanation() {
        return actual.explanation();
    }

    @Override
    String subject() {
        return "the survey result on " + actual.instrument().id();
    }
}
