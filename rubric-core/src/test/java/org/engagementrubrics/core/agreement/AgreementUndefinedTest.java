package org.engagementrubrics.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Data for which a coefficient has no value get an {@link AgreementResult.Undefined} saying which and why,
 * never NaN and never an exception; data that cannot be reliability data are refused where they are made.
 */
class AgreementUndefinedTest {

    @Test
    void alphaOfOneRaterIsUndefinedForTooFewRaters() {
        AgreementResult alpha = ReliabilityData.ofIntegers(new Integer[][] {{1}, {2}}).alpha(Metric.NOMINAL);
        assertThat(alpha).isEqualTo(new AgreementResult.Undefined(Coefficient.ALPHA_NOMINAL, 0, 2, 1, 0,
                UndefinedReason.TOO_FEW_RATERS));
        assertThat(alpha.explanation()).isEqualTo(
                "Krippendorff's alpha (nominal) is undefined: the data have 1 rater and it compares two.");
    }

    @Test
    void alphaWithoutAUnitOfTwoValuesIsUndefinedForNoPairableValues() {
        ReliabilityData data = ReliabilityData.ofIntegers(new Integer[][] {{1, null}, {null, 2}, {null, null}});
        assertThat(data.alpha(Metric.INTERVAL)).isEqualTo(new AgreementResult.Undefined(Coefficient.ALPHA_INTERVAL,
                0, 3, 2, 0, UndefinedReason.NO_PAIRABLE_VALUES));
        assertThat(data.alpha(Metric.INTERVAL).explanation()).isEqualTo("Krippendorff's alpha (interval) is undefined:"
                + " no unit has the values it compares (3 units left out).");
        assertThat(ReliabilityData.builder(2).build().alpha(Metric.NOMINAL))
                .isEqualTo(new AgreementResult.Undefined(Coefficient.ALPHA_NOMINAL, 0, 0, 2, 0,
                        UndefinedReason.NO_PAIRABLE_VALUES));
    }

    @Test
    void alphaOfOneValueEverywhereIsUndefinedForNoVariation() {
        ReliabilityData data = ReliabilityData.ofIntegers(new Integer[][] {{3, 3}, {3, 3}, {3, null}, {null, 1}});
        AgreementResult alpha = data.alpha(Metric.ORDINAL);
        assertThat(alpha).isEqualTo(new AgreementResult.Undefined(Coefficient.ALPHA_ORDINAL, 2, 2, 2, 4,
                UndefinedReason.NO_VARIATION));
        assertThat(alpha.explanation()).contains("all 4 compared values are the same");
        assertThat(data.fleissKappa()).isInstanceOf(AgreementResult.Undefined.class);
    }

    @Test
    void distancesBetweenCategoriesAreUndefinedAndNominalFiguresAreNot() {
        ReliabilityData data = ReliabilityData.ofCategories(new String[][] {{"a", "a"}, {"b", "a"}, {"b", "b"}});
        for (Metric metric : new Metric[] {Metric.ORDINAL, Metric.INTERVAL, Metric.RATIO}) {
            assertThat(((AgreementResult.Undefined) data.alpha(metric)).reason()).isEqualTo(UndefinedReason.NOT_NUMERIC);
        }
        assertThat(((AgreementResult.Undefined) data.cohenKappa(KappaWeights.QUADRATIC)).reason())
                .isEqualTo(UndefinedReason.NOT_NUMERIC);
        assertThat(data.alpha(Metric.NOMINAL)).isInstanceOf(AgreementResult.Estimate.class);
        assertThat(data.cohenKappa(KappaWeights.UNWEIGHTED)).isInstanceOf(AgreementResult.Estimate.class);
        assertThat(data.fleissKappa()).isInstanceOf(AgreementResult.Estimate.class);
    }

    @Test
    void ratioAlphaOfNegativeValuesIsUndefinedAndIntervalAlphaIsNot() {
        ReliabilityData data = ReliabilityData.ofIntegers(new Integer[][] {{-1, -1}, {2, 3}, {4, 4}});
        assertThat(((AgreementResult.Undefined) data.alpha(Metric.RATIO)).reason())
                .isEqualTo(UndefinedReason.NEGATIVE_VALUES);
        assertThat(data.alpha(Metric.INTERVAL)).isInstanceOf(AgreementResult.Estimate.class);
    }

    @Test
    void fleissKappaOfUnitsRatedUnequallyOftenSaysSoInsteadOfANumber() {
        ReliabilityData data = ReliabilityData.ofIntegers(new Integer[][] {{1, 1, 2}, {2, 2, null}, {null, null, null}});
        AgreementResult kappa = data.fleissKappa();
        assertThat(kappa).isEqualTo(new AgreementResult.Undefined(Coefficient.FLEISS_KAPPA, 2, 1, 3, 5,
                UndefinedReason.UNEQUAL_VALUES_PER_UNIT));
        assertThat(kappa.explanation()).contains("every unit must be rated equally often");
        // the unit with no value is left out, so the rest qualify
        assertThat(ReliabilityData.ofIntegers(new Integer[][] {{1, 1, 2}, {2, 2, 2}, {null, null, null}})
                .fleissKappa()).isInstanceOf(AgreementResult.Estimate.class);
    }

    @Test
    void cohensKappaComparesExactlyTwoRatersAndUnitsBothRated() {
        ReliabilityData three = ReliabilityData.ofIntegers(new Integer[][] {{1, 2, 3}, {2, 2, 3}});
        assertThat(((AgreementResult.Undefined) three.cohenKappa(KappaWeights.UNWEIGHTED)).reason())
                .isEqualTo(UndefinedReason.NOT_TWO_RATERS);
        ReliabilityData two = ReliabilityData.ofIntegers(new Integer[][] {{1, 1}, {2, null}, {2, 2}, {null, 1}});
        AgreementResult.Estimate kappa = (AgreementResult.Estimate) two.cohenKappa(KappaWeights.LINEAR);
        assertThat(kappa.units()).isEqualTo(2);
        assertThat(kappa.unitsLeftOut()).isEqualTo(2);
        assertThat(kappa.value()).isEqualTo(1.0);
    }

    @Test
    void equalNumbersWrittenDifferentlyAreOneValue() {
        ReliabilityData data = ReliabilityData.builder(2)
                .unit(RatingValue.of(2), RatingValue.of(new BigDecimal("2.00")))
                .unit(RatingValue.of(1.5), RatingValue.of(new BigDecimal("1.50")))
                .build();
        assertThat(data.values()).containsExactly(RatingValue.of(1.5), RatingValue.of(2));
        assertThat(((AgreementResult.Estimate) data.alpha(Metric.INTERVAL)).value()).isEqualTo(1.0);
    }

    @Test
    void dataThatCannotBeReliabilityDataAreRefusedWhereTheyAreMade() {
        assertThatThrownBy(() -> ReliabilityData.builder(2).unit(RatingValue.of(1), RatingValue.category("a")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all numbers or all categories");
        assertThatThrownBy(() -> ReliabilityData.ofIntegers(new Integer[][] {{1, 2}, {1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value per rater (2)");
        assertThatThrownBy(() -> RatingValue.of(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> RatingValue.category(" ")).hasMessageContaining("blank");
    }
}
