package org.engagementrubrics.core.agreement;

import java.util.Map;
import java.util.TreeMap;

/**
 * Cohen's kappa of two raters, {@code 1 - N * sum(w_ck * o_ck) / sum(w_ck * r_c * s_k)} over the
 * contingency table of the units both rated (Cohen, 1960; weighted, Cohen, 1968).
 */
final class CohenKappa {

    private CohenKappa() {
    }

    static AgreementResult of(ReliabilityData data, KappaWeights weights) {
        Coefficient coefficient = weights.coefficient();
        int[][] codes = data.codes();
        int raters = data.raters();
        int units = 0;
        if (raters == 2) {
            for (int[] unit : codes) {
                units += unit[0] >= 0 && unit[1] >= 0 ? 1 : 0;
            }
        }
        int leftOut = codes.length - units;
        UndefinedReason reason = raters < 2 ? UndefinedReason.TOO_FEW_RATERS
                : raters > 2 ? UndefinedReason.NOT_TWO_RATERS
                : weights != KappaWeights.UNWEIGHTED && !data.isNumeric() ? UndefinedReason.NOT_NUMERIC
                : units == 0 ? UndefinedReason.NO_PAIRABLE_VALUES
                : null;
        if (reason != null) {
            return new AgreementResult.Undefined(coefficient, units, leftOut, raters, 2 * units, reason);
        }
        int valueCount = data.values().size();
        long[] first = new long[valueCount];
        long[] second = new long[valueCount];
        // cells of the contingency table off its diagonal, exact counts keyed by (c, k), summed in key order
        Map<Long, Long> disagreements = new TreeMap<>();
        for (int[] unit : codes) {
            if (unit[0] >= 0 && unit[1] >= 0) {
                first[unit[0]]++;
                second[unit[1]]++;
                if (unit[0] != unit[1]) {
                    disagreements.merge(((long) unit[0] << Integer.SIZE) | unit[1], 1L, Long::sum);
                }
            }
        }
        Weight weight = Weight.of(weights, data);
        double observed = 0;
        for (Map.Entry<Long, Long> cell : disagreements.entrySet()) {
            long key = cell.getKey();
            observed += cell.getValue() * weight.of((int) (key >>> Integer.SIZE), (int) key);
        }
        double expected = 0;
        for (int c = 0; c < valueCount; c++) {
            for (int k = 0; k < valueCount; k++) {
                if (c != k && first[c] > 0 && second[k] > 0) {
                    expected += (double) first[c] * second[k] * weight.of(c, k);
                }
            }
        }
        if (expected == 0) {
            return new AgreementResult.Undefined(coefficient, units, leftOut, raters, 2 * units,
                    UndefinedReason.NO_VARIATION);
        }
        double n = units;
        return new AgreementResult.Estimate(coefficient, units, leftOut, raters, 2 * units, observed / n,
                expected / (n * n), 1 - n * observed / expected);
    }

    /** The disagreement weight of two values by their indices in the sorted distinct values. */
    @FunctionalInterface
    private interface Weight {
        double of(int c, int k);

        static Weight of(KappaWeights weights, ReliabilityData data) {
            if (weights == KappaWeights.UNWEIGHTED) {
                return (c, k) -> c == k ? 0 : 1;
            }
            double[] numbers = data.numbers();
            return weights == KappaWeights.LINEAR ? (c, k) -> Math.abs(numbers[c] - numbers[k])
                    : (c, k) -> (numbers[c] - numbers[k]) * (numbers[c] - numbers[k]);
        }
    }
}
