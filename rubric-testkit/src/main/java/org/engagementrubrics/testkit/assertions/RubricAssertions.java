package org.engagementrubrics.testkit.assertions;

import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;

/**
 * The entry point of the AssertJ-style assertions on results: best fit, tie and profile of an archetype result,
 * the stage of each standard, the figures of rating and survey summaries, coverage per group and agreement
 * coefficients. Every failure names the figure, what was expected and what was found, and prints the result's
 * explanation.
 *
 * <pre>{@code
 * import static org.engagementrubrics.testkit.assertions.RubricAssertions.assertThat;
 *
 * assertThat(engine.score(fourVersions, response))
 *         .hasBestFit("building-relationships", "open-door")
 *         .hasProfile("proficient");
 * assertThat(engine.summarize(survey, responses)).statement("s1").hasRated(4).hasMean(3.25);
 * }</pre>
 *
 * <p>These overloads sit beside AssertJ's own {@code Assertions.assertThat}: with both imported statically, the
 * compiler picks these for the result types. This class has no state and is thread-safe.
 */
public final class RubricAssertions {

    private RubricAssertions() {
    }

    /**
     * Obtains the assertions on an archetype result.
     *
     * @param actual the result, may be null (the assertion then fails)
     * @return the assertions
     */
    public static ArchetypeResultAssert assertThat(ArchetypeResult actual) {
        return new ArchetypeResultAssert(actual);
    }

    /**
     * Obtains the assertions on a stage result.
     *
     * @param actual the result, may be null (the assertion then fails)
     * @return the assertions
     */
    public static StageResultAssert assertThat(StageResult actual) {
        return new StageResultAssert(actual);
    }

    /**
     * Obtains the assertions on a rating result (a conditions assessment).
     *
     * @param actual the result, may be null (the assertion then fails)
     * @return the assertions
     */
    public static RatingResultAssert assertThat(RatingResult actual) {
        return new RatingResultAssert(actual);
    }

    /**
     * Obtains the assertions on a survey result.
     *
     * @param actual the result, may be null (the assertion then fails)
     * @return the assertions
     */
    public static SurveyResultAssert assertThat(SurveyResult actual) {
        return new SurveyResultAssert(actual);
    }

    /**
     * Obtains the assertions on a coverage result.
     *
     * @param actual the result, may be null (the assertion then fails)
     * @return the assertions
     */
    public static CoverageResultAssert assertThat(CoverageResult actual) {
        return new CoverageResultAssert(actual);
    }

    /**
     * Obtains the assertions on an agreement report.
     *
     * @param actual the report, may be null (the assertion then fails)
     * @return the assertions
     */
    public static AgreementReportAssert assertThat(AgreementReport actual) {
        return new AgreementReportAssert(actual);
    }
}
