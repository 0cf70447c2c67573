package org.engagementrubrics.core.raters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.engagementrubrics.core.raters.ConsensusTest.panel;
import static org.engagementrubrics.core.raters.ConsensusTest.response;

import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.agreement.AlphaInterval;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.agreement.Coefficient;
import org.engagementrubrics.core.agreement.UndefinedReason;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked agreement reports.
 */
class AgreementReportTest {

    @Test
    void twoMatrixRatersGetOrdinalAndNominalAlphaFleissAndCohensKappas() {
        Instrument matrix = Fixtures.fourVersions();
        Panel panel = panel(matrix,
                response(matrix, "a1", "rater-a", "school-1", 0,
                        Fixtures.fits("partnership", "open-door", "fortress", "come-if-we-call", "partnership")),
                response(matrix, "b1", "rater-b", "school-1", 0,
                        Fixtures.fits("partnership", "open-door", "fortress", "fortress", "open-door")));
        AgreementReport report = AgreementReport.of(panel, Bootstrap.defaults());
        AgreementFigures school = report.subjects().get(0);
        assertThat(school.units()).isEqualTo(5);
        assertThat(school.raters()).isEqualTo(2);
        assertThat(school.pairableValues()).isEqualTo(10);
        assertThat(school.alphas()).extracting(a -> a.alpha().coefficient())
                .containsExactly(Coefficient.ALPHA_ORDINAL, Coefficient.ALPHA_NOMINAL);
        // nominal: 3 of 5 units agree; values 1,1,2,2,4,4,3,4,1,2: D_o = 4/10, D_e = 1 - (9+9+1+... )/90
        AgreementResult.Estimate nominal = (AgreementResult.Estimate) school.alphas().get(1).alpha();
        assertThat(nominal.observedDisagreement()).isCloseTo(0.4, within(1e-12));
        // n_c: 1→3, 2→3, 3→1, 4→3; D_e = (100 - 9 - 9 - 1 - 9) / 90
        assertThat(nominal.expectedDisagreement()).isCloseTo(72.0 / 90, within(1e-12));
        assertThat(school.alphas().get(0).interval()).isInstanceOf(AlphaInterval.Percentile.class);
        assertThat(school.cohenKappas()).extracting(AgreementResult::coefficient)
                .containsExactly(Coefficient.COHEN_KAPPA_LINEAR, Coefficient.COHEN_KAPPA);
        assertThat(report.overall()).usingRecursiveComparison().ignoringFields("scope", "explanation")
                .isEqualTo(school);
        assertThat(report.explanation().toText()).contains("All subjects (units are subject × unit): 5 units,"
                + " 2 raters, 10 pairable values").contains("Krippendorff's alpha (nominal) = 0.500");
    }

    @Test
    void acrossSubjectsUnitsAreSubjectTimesUnitAndCohensKappaNeedsExactlyTwoRaters() {
        Instrument conditions = Fixtures.conditions();
        Panel panel = panel(conditions,
                response(conditions, "a1", "a", "s1", 0, Ratings.of(Fixtures.ratings("c4-i1", 1, "c4-i2", 2))),
                response(conditions, "b1", "b", "s1", 0, Ratings.of(Fixtures.ratings("c4-i1", 1, "c4-i2", 3))),
                response(conditions, "a2", "a", "s2", 0, Ratings.of(Fixtures.ratings("c4-i1", 4))),
                response(conditions, "c2", "c", "s2", 0, Ratings.of(Fixtures.ratings("c4-i1", 4, "c4-i2", 1))));
        AgreementReport report = AgreementReport.of(panel, Bootstrap.of(200, 1L));
        assertThat(report.overall().units()).isEqualTo(10);
        assertThat(report.overall().raters()).isEqualTo(3);
        assertThat(report.overall().pairableValues()).isEqualTo(6);
        assertThat(report.overall().cohenKappas()).isEmpty();
        assertThat(report.subjects()).extracting(AgreementFigures::scope).containsExactly("s1", "s2");
        assertThat(report.subjects().get(0).cohenKappas()).extracting(AgreementResult::coefficient)
                .containsExactly(Coefficient.COHEN_KAPPA_QUADRATIC);
        assertThat(report.overall().alphas()).extracting(a -> a.alpha().coefficient())
                .containsExactly(Coefficient.ALPHA_ORDINAL, Coefficient.ALPHA_INTERVAL);
        // s2: one unit with two values, both 4: no variation, no interval, the same reason
        AlphaReport s2 = report.subjects().get(1).alphas().get(0);
        assertThat(((AgreementResult.Undefined) s2.alpha()).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
        assertThat(((AlphaInterval.Unavailable) s2.interval()).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
    }

    @Test
    void surveysAreNotOfferedAgreementAndTheReportSaysWhy() {
        Instrument survey = Fixtures.survey();
        Panel panel = panel(survey,
                response(survey, "a", "family-a", "s", 0, Ratings.of(Fixtures.ratings("s1", 1))),
                response(survey, "b", "family-b", "s", 0, Ratings.of(Fixtures.ratings("s1", 4))));
        AgreementReport report = AgreementReport.of(panel, Bootstrap.defaults());
        assertThat(report.offered()).isFalse();
        assertThat(report.subjects()).isEmpty();
        assertThat(report.overall().alphas()).isEmpty();
        assertThat(report.explanation().toText()).contains("respondents report their own experience")
                .doesNotContain("family-");
        assertThat(List.of(report.scale().offersAgreement())).containsExactly(false);
    }
}
