package org.engagementrubrics.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.engagementrubrics.testkit.AgreementGenerators;
import org.engagementrubrics.testkit.ReliabilityStudy;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Our figures against DKPro Statistics 2.2.1 on generated studies, to 1e-9, within what DKPro supports:
 * its ordinal distance reads integers only (decimals are given to it as their ranks); no study whose values
 * are all one category (it throws); Fleiss' kappa on complete data and Cohen's on the units both raters
 * rated (it counts a missing value as a category there); weighted kappa with weights of at most 1.
 */
class DkproCrossCheckTest {

    private static final int CASES = 400;
    private static final double TOLERANCE = 1e-9;

    @Test
    void krippendorffsAlphaAgreesWithDkproForEveryMetric() {
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("alpha agrees with DKPro", CASES, AgreementGenerators.studies(2, 6, false, true), study -> {
            ReliabilityData data = study.data();
            boolean negative = data.values().stream()
                    .anyMatch(v -> ((RatingValue.Numeric) v).value().signum() < 0);
            for (Metric metric : Metric.values()) {
                if (metric == Metric.RATIO && negative) {
                    continue;
                }
                AgreementResult ours = data.alpha(metric);
                if (ours instanceof AgreementResult.Undefined) {
                    assertThat(((AgreementResult.Undefined) ours).reason())
                            .isIn(UndefinedReason.NO_PAIRABLE_VALUES, UndefinedReason.NO_VARIATION);
                    seen.merge("undefined", 1, Integer::sum);
                    continue;
                }
                // DKPro's ordinal distance reads integers only; ordinal alpha depends on ranks alone
                ReliabilityStudy given = metric == Metric.ORDINAL && !study.integers() ? ranks(study) : study;
                KrippendorffAlphaAgreement theirs = new KrippendorffAlphaAgreement(dkpro(given), distance(metric));
                AgreementResult.Estimate estimate = (AgreementResult.Estimate) ours;
                assertThat(estimate.value()).as("%s alpha", metric)
                        .isCloseTo(theirs.calculateAgreement(), within(TOLERANCE));
                assertThat(estimate.observedDisagreement()).as("%s D_o", metric)
                        .isCloseTo(theirs.calculateObservedDisagreement(), within(TOLERANCE));
                assertThat(estimate.expectedDisagreement()).as("%s D_e", metric)
                        .isCloseTo(theirs.calculateExpectedDisagreement(), within(TOLERANCE));
                seen.merge(metric.name(), 1, Integer::sum);
                seen.merge(given == study ? "as generated" : "decimals as ranks", 1, Integer::sum);
                seen.merge(estimate.unitsLeftOut() > 0 ? "with units left out" : "every unit pairable", 1,
                        Integer::sum);
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).containsKeys("NOMINAL", "ORDINAL", "INTERVAL", "RATIO", "with units left out",
                    "every unit pairable", "decimals as ranks");
            assertThat(seen.get("RATIO")).isGreaterThan(CASES / 5);
        }
    }

    @Test
    void nominalAlphaOfCategoriesAgreesWithDkpro() {
        Properties.forAll("nominal alpha of categories agrees with DKPro", CASES, AgreementGenerators.studies(2, 6, false, false),
                study -> {
                    Object[][] ids = new Object[study.byUnit().length][];
                    String[][] categories = new String[ids.length][];
                    for (int u = 0; u < ids.length; u++) {
                        categories[u] = Arrays.stream(study.byUnit()[u]).map(v -> v == null ? null : "c" + v)
                                .toArray(String[]::new);
                        ids[u] = categories[u].clone();
                    }
                    AgreementResult ours = ReliabilityData.ofCategories(categories).alpha(Metric.NOMINAL);
                    assertThat(ours).hasSameClassAs(study.data().alpha(Metric.NOMINAL));
                    if (ours instanceof AgreementResult.Estimate) {
                        assertThat(((AgreementResult.Estimate) ours).value()).isCloseTo(
                                new KrippendorffAlphaAgreement(dkpro(new ReliabilityStudy(ids, false)),
                                        new NominalDistanceFunction()).calculateAgreement(), within(TOLERANCE));
                    }
                });
    }

    @Test
    void fleissKappaAgreesWithDkproOnCompleteStudies() {
        Properties.forAll("Fleiss' kappa agrees with DKPro", CASES, AgreementGenerators.studies(2, 8, true, true), study -> {
            AgreementResult ours = study.data().fleissKappa();
            if (ours instanceof AgreementResult.Undefined) {
                assertThat(((AgreementResult.Undefined) ours).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
                return;
            }
            FleissKappaAgreement theirs = new FleissKappaAgreement(dkpro(study));
            AgreementResult.Estimate estimate = (AgreementResult.Estimate) ours;
            assertThat(estimate.value()).isCloseTo(theirs.calculateAgreement(), within(TOLERANCE));
            assertThat(1 - estimate.expectedDisagreement())
                    .isCloseTo(theirs.calculateExpectedAgreement(), within(TOLERANCE));
        });
    }

    @Test
    void cohensKappaAgreesWithDkproWithEveryWeighting() {
        Properties.forAll("Cohen's kappa agrees with DKPro", CASES, AgreementGenerators.studies(2, 2, false, true), generated -> {
            // DKPro counts a missing value as a category: it is given the units both raters rated
            ReliabilityStudy study = new ReliabilityStudy(Arrays.stream(generated.byUnit()).filter(u -> u[0] != null && u[1] != null)
                    .toArray(Object[][]::new), generated.integers());
            for (KappaWeights weights : KappaWeights.values()) {
                AgreementResult ours = generated.data().cohenKappa(weights);
                assertThat(ours.units()).isEqualTo(study.byUnit().length);
                if (ours instanceof AgreementResult.Undefined) {
                    assertThat(((AgreementResult.Undefined) ours).reason())
                            .isIn(UndefinedReason.NO_VARIATION, UndefinedReason.NO_PAIRABLE_VALUES);
                    continue;
                }
                double theirs = weights == KappaWeights.UNWEIGHTED
                        ? new CohenKappaAgreement(dkpro(study)).calculateAgreement()
                        : new WeightedKappaAgreement(dkpro(study), textbookWeights(study, weights))
                                .calculateAgreement();
                assertThat(((AgreementResult.Estimate) ours).value()).as("%s", weights)
                        .isCloseTo(theirs, within(TOLERANCE));
            }
        });
    }

    @Test
    void dkproReproducesTheSamePublishedAlphas() {
        ReliabilityStudy paper = new ReliabilityStudy(AgreementKnownAnswerTest.transpose(new Integer[][] {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
                {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}}), true);
        for (Metric metric : Metric.values()) {
            double ours = AgreementKnownAnswerTest.value(paper.data().alpha(metric));
            assertThat(ours).as("%s", metric).isCloseTo(
                    new KrippendorffAlphaAgreement(dkpro(paper), distance(metric)).calculateAgreement(),
                    within(TOLERANCE));
        }
    }

    /** The study with each value replaced by its rank among the study's distinct values, from 1. */
    private static ReliabilityStudy ranks(ReliabilityStudy study) {
        double[] distinct = Arrays.stream(study.byUnit()).flatMap(Arrays::stream).filter(v -> v != null)
                .mapToDouble(v -> ((Number) v).doubleValue()).distinct().sorted().toArray();
        Object[][] ranked = new Object[study.byUnit().length][];
        for (int u = 0; u < ranked.length; u++) {
            ranked[u] = Arrays.stream(study.byUnit()[u]).map(v -> v == null ? null
                    : (Object) (Arrays.binarySearch(distinct, ((Number) v).doubleValue()) + 1)).toArray();
        }
        return new ReliabilityStudy(ranked, true);
    }

    private static CodingAnnotationStudy dkpro(ReliabilityStudy study) {
        CodingAnnotationStudy dkpro = new CodingAnnotationStudy(study.raters());
        for (Object[] unit : study.byUnit()) {
            dkpro.addItemAsArray(unit.clone());
        }
        return dkpro;
    }

    private static IDistanceFunction distance(Metric metric) {
        switch (metric) {
            case NOMINAL:
                return new NominalDistanceFunction();
            case ORDINAL:
                return new OrdinalDistanceFunction();
            case INTERVAL:
                return new IntervalDistanceFunction();
            case RATIO:
                return new RatioDistanceFunction();
            default:
                throw new AssertionError(metric);
        }
    }

    /**
     * The weights |i-j|/(k-1) or ((i-j)/(k-1))^2, the range k-1 taken over the study's values. DKPro divides
     * observed disagreement by the largest distance within a unit and expected disagreement by the largest
     * distance between any two values, which differ unless distances are at most 1; with these weights both
     * divisors are 1, and the constant cancels in our ratio.
     */
    private static IDistanceFunction textbookWeights(ReliabilityStudy study, KappaWeights weights) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Object[] unit : study.byUnit()) {
            for (Object value : unit) {
                min = Math.min(min, ((Number) value).doubleValue());
                max = Math.max(max, ((Number) value).doubleValue());
            }
        }
        double range = max - min;
        return (dkproStudy, first, second) -> {
            double d = Math.abs(((Number) first).doubleValue() - ((Number) second).doubleValue()) / range;
            return weights == KappaWeights.LINEAR ? d : d * d;
        };
    }
}
