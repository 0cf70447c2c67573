package org.engagementrubrics.core.agreement;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Krippendorff's alpha from the coincidence matrix of pairable values (Krippendorff, 2011, "Computing
 * Krippendorff's Alpha-Reliability"): {@code alpha = 1 - (n - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck)}.
 */
final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    static AgreementResult of(ReliabilityData data, Metric metric) {
        int[][] codes = data.codes();
        int valueCount = data.values().size();
        // Pairs of values within a unit, counted exactly per number of values in the unit m, then per pair
        // key c * valueCount + k: every sum is over integers or in the keys' order, so the order of units,
        // raters and values never matters.
        Map<Integer, Map<Long, Long>> pairs = new TreeMap<>();
        long[] perValue = new long[valueCount];
        int units = 0;
        int pairable = 0;
        int[] inUnit = new int[valueCount];
        for (int[] unit : codes) {
            int m = 0;
            for (int code : unit) {
                if (code >= 0) {
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            units++;
            pairable += m;
            Arrays.fill(inUnit, 0);
            for (int code : unit) {
                if (code >= 0) {
                    inUnit[code]++;
                    perValue[code]++;
                }
            }
            for (int c = 0; c < valueCount; c++) {
                if (inUnit[c] == 0) {
                    continue;
                }
                // pairs of equal values never disagree, so only c < k is kept
                for (int k = c + 1; k < valueCount; k++) {
                    if (inUnit[k] > 0) {
                        pairs.computeIfAbsent(m, x -> new TreeMap<>())
                                .merge((long) c * valueCount + k, (long) inUnit[c] * inUnit[k], Long::sum);
                    }
                }
            }
        }
        int leftOut = codes.length - units;
        UndefinedReason reason = check(data, metric, perValue, pairable);
        if (reason != null) {
            return new AgreementResult.Undefined(metric.coefficient(), units, leftOut, data.raters(), pairable, reason);
        }
        Distance distance = Distance.of(metric, data, perValue);
        // each key counts the pairs (c, k) with c < k: twice that over the symmetric coincidence matrix
        double observed = 0;
        for (Map.Entry<Integer, Map<Long, Long>> byM : pairs.entrySet()) {
            int m = byM.getKey();
            for (Map.Entry<Long, Long> pair : byM.getValue().entrySet()) {
                long key = pair.getKey();
                observed += 2.0 * pair.getValue()
                        * distance.squared((int) (key / valueCount), (int) (key % valueCount)) / (m - 1);
            }
        }
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
