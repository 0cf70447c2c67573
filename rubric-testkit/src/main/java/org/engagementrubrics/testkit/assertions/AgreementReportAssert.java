package org.engagementrubrics.testkit.assertions;

import java.util.Optional;
import org.assertj.core.data.Offset;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.agreement.Coefficient;
import org.engagementrubrics.core.raters.AgreementFigures;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.AlphaReport;
import org.engagementrubrics.core.scoring.Explanation;

/**
 * Assertions on an {@link AgreementReport}: Krippendorff's alpha and Fleiss' kappa, over all subjects or for one,
 * within a tolerance.
 *
 * <pre>{@code
 * RubricAssertions.assertThat(AgreementReport.of(panel, bootstrap))
 *         .hasAlpha(Coefficient.ALPHA_ORDINAL, 0.815, within(0.001))
 *         .hasAlpha("school-12", Coefficient.ALPHA_NOMINAL, 0.743, within(0.001))
 *         .hasFleissKappa(0.21, within(0.005));
 * }</pre>
 *
 * <p>An undefined coefficient (too few values, no variation) never matches a figure; the failure gives its reason.
 * Every failure prints the report's explanation. Not thread-safe: one assertion chain at a time, as in AssertJ.
 */
public final class AgreementReportAssert extends ExplainedAssert<AgreementReportAssert, AgreementReport> {

    AgreementReportAssert(AgreementReport actual) {
        super(actual, AgreementReportAssert.class);
    }

    /**
     * Checks Krippendorff's alpha over all subjects together.
     *
     * @param coefficient which alpha, such as {@link Coefficient#ALPHA_ORDINAL}, not null
     * @param expected the value
     * @param offset the tolerance, such as {@code within(0.001)}, not null
     * @return this assertion
     */
    public AgreementReportAssert hasAlpha(Coefficient coefficient, double expected, Offset<Double> offset) {
        return hasAlpha(AgreementReport.ALL_SUBJECTS, coefficient, expected, offset);
    }

    /**
     * Checks Krippendorff's alpha of one subject ({@value AgreementReport#ALL_SUBJECTS} for all together).
     *
     * @param subjectId the subject's id, not null
     * @param coefficient which alpha, such as {@link Coefficient#ALPHA_ORDINAL}, not null
     * @param expected the value
     * @param offset the tolerance, such as {@code within(0.001)}, not null
     * @return this assertion
     */
    public AgreementReportAssert hasAlpha(String subjectId, Coefficient coefficient, double expected,
            Offset<Double> offset) {
        named(coefficient, "coefficient");
        named(offset, "offset");
        AgreementFigures figures = figures(subjectId);
        Optional<AgreementResult> alpha = figures.alphas().stream().map(AlphaReport::alpha)
                .filter(result -> result.coefficient() == coefficient).findFirst();
        if (alpha.isEmpty()) {
            fail("Expecting " + coefficient.label() + " in " + scope(subjectId) + " of " + subject()
                    + ", but it reports " + figures.alphas().stream().map(report -> report.alpha().coefficient())
                            .toList());
        }
        return figure(alpha.orElseThrow(), subjectId, expected, offset);
    }

    /**
     * Checks Fleiss' kappa over all subjects together.
     *
     * @param expected the value
     * @param offset the tolerance, such as {@code within(0.001)}, not null
     * @return this assertion
     */
    public AgreementReportAssert hasFleissKappa(double expected, Offset<Double> offset) {
        named(offset, "offset");
        return figure(figures(AgreementReport.ALL_SUBJECTS).fleissKappa(), AgreementReport.ALL_SUBJECTS, expected,
                offset);
    }

    private AgreementReportAssert figure(AgreementResult result, String subjectId, double expected,
            Offset<Double> offset) {
        Double value = result instanceof AgreementResult.Estimate estimate ? estimate.value() : null;
        return expect(near(value, expected, offset.value), result.coefficient().label() + " in " + scope(subjectId),
                expected + " (within " + offset.value + ")", value != null ? value : result.explanation());
    }

    private AgreementFigures figures(String subjectId) {
        named(subjectId, "subjectId");
        present();
        if (subjectId.equals(AgreementReport.ALL_SUBJECTS)) {
            return actual.overall();
        }
        Optional<AgreementFigures> found = actual.subjects().stream()
                .filter(figures -> figures.scope().equals(subjectId)).findFirst();
        if (found.isEmpty()) {
            fail("Expecting " + subject() + " to have figures for subject " + subjectId + ", but its subjects are "
                    + actual.subjects().stream().map(AgreementFigures::scope).toList());
        }
        return found.orElseThrow();
    }

    private static String scope(String subjectId) {
        return subjectId.equals(AgreementReport.ALL_SUBJECTS) ? "all subjects" : "subject " + subjectId;
    }

    @Override
    Explanation explanation() {
        return actual.explanation();
    }

    @Override
    String subject() {
        return "the agreement report on " + actual.instrument().id();
    }
}
