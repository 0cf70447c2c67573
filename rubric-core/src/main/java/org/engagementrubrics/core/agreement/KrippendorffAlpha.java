package org.engagementrubrics.core.agreement;

/**
 * Krippendorff's alpha from the coincidence matrix of pairable values (Krippendorff, 2011, "Computing
 * Krippendorff's Alpha-Reliability"): {@code alpha = 1 - (n - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck)},
 * over the pairs that the data counted once ({@link Coincidences}).
 */
final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    static AgreementResult of(ReliabilityData data, Metric metric) {
        Coincidences tally = data.coincidences();
        int units = tally.units;
        int pairable = tally.pairable;
        int leftOut = data.units() - units;
        UndefinedReason reason = check(data, metric, tally.perValue, pairable);
        if (reason != null) {
            return new AgreementResult.Undefined(metric.coefficient(), units, leftOut, data.raters(), pairable, reason);
        }
        long[] perValue = tally.perValue;
        Distance distance = Distance.of(metric, data, perValue);
        // each entry counts the pairs (c, k) with c < k: twice that over the symmetric coincidence matrix;
        // the entries are in the order m, c, k, so the sum is the same whatever the order of units and raters
        int[] pairM = tally.pairM;
        int[] pairC = tally.pairC;
        int[] pairK = tally.pairK;
        long[] pairCount = tally.pairCount;
        double observed = 0;
        for (int e = 0; e < pairCount.length; e++) {
            observed += 2.0 * pairCount[e] * distance.squared(pairC[e], pairK[e]) / (pairM[e] - 1);
        }
        int valueCount = perValue.length;
        double expected = 0;
        for (int c = 0; c < valueCount; c++) {
            for (int k = c + 1; k < valueCount; k++) {
                expected += 2.0 * perValue[c] * perValue[k] * distance.squared(c, k);
            }
        }
        if (expected == 0) {
            return new AgreementResult.Undefined(metric.coefficient(), units, leftOut, data.raters(), pairable,
                    UndefinedReason.NO_VARIATION);
        }
        double n = pairable;
        return new AgreementResult.Estimate(metric.coefficient(), units, leftOut, data.raters(), pairable,
                observed / n, expected / (n * (n - 1)), 1 - (n - 1) * observed / expected);
    }

    private static UndefinedReason check(ReliabilityData data, Metric metric, long[] perValue, int pairable) {
        if (data.raters() < 2) {
            return UndefinedReason.TOO_FEW_RATERS;
        }
        if (metric != Metric.NOMINAL && !data.isNumeric()) {
            return UndefinedReason.NOT_NUMERIC;
        }
        if (pairable == 0) {
            return UndefinedReason.NO_PAIRABLE_VALUES;
        }
        if (metric == Metric.RATIO) {
            for (int c = 0; c < perValue.length; c++) {
                RatingValue.Numeric value = (RatingValue.Numeric) data.values().get(c);
                if (perValue[c] > 0 && value.value().signum() < 0) {
                    return UndefinedReason.NEGATIVE_VALUES;
                }
            }
        }
        return null;
    }
}
