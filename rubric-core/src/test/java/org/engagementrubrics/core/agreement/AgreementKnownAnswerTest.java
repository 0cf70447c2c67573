package org.engagementrubrics.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published worked examples, reproduced to three decimals.
 */
class AgreementKnownAnswerTest {

    /**
     * K. Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the reliability data of section C
     * (observers A to D by units 1 to 12, {@code null} where an observer did not code a unit), read here as
     * units by observers.
     */
    static ReliabilityData krippendorff2011() {
        Integer[][] byObserver = {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
                {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
        return ReliabilityData.ofIntegers(transpose(byObserver));
    }

    @Test
    void krippendorffsAlphaReproducesThe2011PaperWithEveryMetric() {
        ReliabilityData data = krippendorff2011();
        assertThat(value(data.alpha(Metric.NOMINAL))).isCloseTo(0.743, within(0.0005));
        assertThat(value(data.alpha(Metric.ORDINAL))).isCloseTo(0.815, within(0.0005));
        assertThat(value(data.alpha(Metric.INTERVAL))).isCloseTo(0.849, within(0.0005));
        assertThat(value(data.alpha(Metric.RATIO))).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void krippendorffsAlphaReportsTheCountsAndDisagreementsOfThe2011Paper() {
        AgreementResult.Estimate nominal = (AgreementResult.Estimate) krippendorff2011().alpha(Metric.NOMINAL);
        // unit 12 has one value and is left out; n = 40 pairable values; the paper's coincidences give
        // D_o = 8 / 40 (off-diagonal coincidences) and D_e = (40^2 - (9^2 + 13^2 + 10^2 + 5^2 + 3^2)) / (40 * 39) = 1216 / 1560
        assertThat(nominal.units()).isEqualTo(11);
        assertThat(nominal.unitsLeftOut()).isEqualTo(1);
        assertThat(nominal.raters()).isEqualTo(4);
        assertThat(nominal.pairableValues()).isEqualTo(40);
        assertThat(nominal.observedDisagreement()).isCloseTo(8.0 / 40, within(1e-12));
        assertThat(nominal.expectedDisagreement()).isCloseTo(1216.0 / 1560, within(1e-12));
        assertThat(nominal.coefficient()).isEqualTo(Coefficient.ALPHA_NOMINAL);
        assertThat(nominal.explanation()).startsWith("Krippendorff's alpha (nominal) = 0.743")
                .contains("40 values in 11 units by 4 raters").endsWith("; 1 unit left out.");
    }

    /**
     * J. L. Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin
     * 76(5): 10 subjects by 14 raters by 5 categories (the table as reproduced in Wikipedia's "Fleiss' kappa"
     * worked example), kappa 0.210.
     */
    @Test
    void fleissKappaReproducesTheTenSubjectsByFourteenRatersExample() {
        int[][] countsPerCategory = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        AgreementResult.Estimate kappa = (AgreementResult.Estimate) fromCounts(countsPerCategory, 14).fleissKappa();
        assertThat(kappa.value()).isCloseTo(0.210, within(0.0005));
        // P = 0.378 and Pe = 0.213 in the worked example
        assertThat(1 - kappa.observedDisagreement()).isCloseTo(0.378, within(0.0005));
        assertThat(1 - kappa.expectedDisagreement()).isCloseTo(0.213, within(0.0005));
        assertThat(kappa.units()).isEqualTo(10);
        assertThat(kappa.pairableValues()).isEqualTo(140);
    }

    /**
     * J. Cohen (1968), "Weighted kappa: nominal scale agreement with provision for scaled disagreement or
     * partial credit", Psychological Bulletin 70(4), table 1: two judges, three categories, proportions
     * .44 .07 .09 / .05 .20 .05 / .01 .03 .06 (first judge by rows), unweighted kappa .492 as reported there
     * (the table is reproduced in the R package psych's {@code cohen.kappa} examples). Counts here are for
     * 200 subjects.
     */
    static ReliabilityData cohen1968() {
        int[][] table = {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};
        ReliabilityData.Builder builder = ReliabilityData.builder(2);
        for (int first = 0; first < 3; first++) {
            for (int second = 0; second < 3; second++) {
                for (int i = 0; i < table[first][second]; i++) {
                    builder.unit(RatingValue.of(first + 1), RatingValue.of(second + 1));
                }
            }
        }
        return builder.build();
    }

    @Test
    void cohensKappaReproducesCohens1968Table() {
        AgreementResult.Estimate kappa = (AgreementResult.Estimate) cohen1968().cohenKappa(KappaWeights.UNWEIGHTED);
        assertThat(kappa.value()).isCloseTo(0.492, within(0.0005));
        // p_o = .70 and p_c = .41 in the paper
        assertThat(kappa.observedDisagreement()).isCloseTo(0.30, within(1e-12));
        assertThat(kappa.expectedDisagreement()).isCloseTo(0.59, within(1e-12));
        assertThat(kappa.units()).isEqualTo(200);
    }

    @Test
    void weightedCohensKappaOfCohens1968TableMatchesTheWeightsWorkedByHand() {
        // Weights |i-j| and (i-j)^2 on categories 1..3 with margins .60 .30 .10 (first) and .50 .30 .20:
        // linear D_o = .20 + 2 * .10 = .40, D_e = .76; quadratic D_o = .20 + 4 * .10 = .60, D_e = 1.10
        ReliabilityData data = cohen1968();
        assertThat(value(data.cohenKappa(KappaWeights.LINEAR))).isCloseTo(1 - 0.40 / 0.76, within(1e-12));
        assertThat(value(data.cohenKappa(KappaWeights.QUADRATIC))).isCloseTo(1 - 0.60 / 1.10, within(1e-12));
    }

    @Test
    void cohensKappaReadsCategoriesAsWellAsNumbers() {
        // Wikipedia, "Cohen's kappa", simple example: 50 proposals, both yes 20, A yes B no 5, A no B yes 10,
        // both no 15; p_o = .7, p_e = .5, kappa = .4
        List<String[]> units = new ArrayList<>();
        add(units, 20, "yes", "yes");
        add(units, 5, "yes", "no");
        add(units, 10, "no", "yes");
        add(units, 15, "no", "no");
        ReliabilityData data = ReliabilityData.ofCategories(units.toArray(new String[0][]));
        assertThat(value(data.cohenKappa(KappaWeights.UNWEIGHTED))).isCloseTo(0.4, within(1e-12));
        assertThat(data.cohenKappa(KappaWeights.LINEAR)).isEqualTo(new AgreementResult.Undefined(
                Coefficient.COHEN_KAPPA_LINEAR, 50, 0, 2, 100, UndefinedReason.NOT_NUMERIC));
    }

    static double value(AgreementResult result) {
        assertThat(result).isInstanceOf(AgreementResult.Estimate.class);
        return ((AgreementResult.Estimate) result).value();
    }

    static Integer[][] transpose(Integer[][] matrix) {
        Integer[][] transposed = new Integer[matrix[0].length][matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[0].length; j++) {
                transposed[j][i] = matrix[i][j];
            }
        }
        return transposed;
    }

    /** Reliability data from a table of how many raters put each unit in each category (categories 1 to k). */
    static ReliabilityData fromCounts(int[][] countsPerCategory, int raters) {
        ReliabilityData.Builder builder = ReliabilityData.builder(raters);
        for (int[] unit : countsPerCategory) {
            RatingValue[] values = new RatingValue[raters];
            int r = 0;
            for (int category = 0; category < unit.length; category++) {
                for (int i = 0; i < unit[category]; i++) {
                    values[r++] = RatingValue.of(category + 1);
                }
            }
            builder.unit(values);
        }
        return builder.build();
    }

    private static void add(List<String[]> units, int times, String first, String second) {
        for (int i = 0; i < times; i++) {
            units.add(new String[] {first, second});
        }
    }
}
