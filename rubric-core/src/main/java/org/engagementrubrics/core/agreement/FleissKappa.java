package org.engagementrubrics.core.agreement;

import java.util.Arrays;

/**
 * Fleiss' (1971) kappa: {@code (P - Pe) / (1 - Pe)} for N units each with the same number n of values,
 * read as nominal categories, from exact integer counts.
 */
final class FleissKappa {

    private FleissKappa() {
    }

    static AgreementResult of(ReliabilityData data) {
        int[][] codes = data.codes();
        int valueCount = data.values().size();
        long[] perValue = new long[valueCount];
        long sumOfSquares = 0;
        int units = 0;
        int pairable = 0;
        int perUnit = -1;
        boolean unequal = false;
        int[] inUnit = new int[valueCount];
        for (int[] unit : codes) {
            Arrays.fill(inUnit, 0);
            int m = 0;
            for (int code : unit) {
                if (code >= 0) {
                    inUnit[code]++;
                    m++;
                }
            }
            if (m == 0) {
                continue;
            }
            units++;
            pairable += m;
            unequal |= perUnit >= 0 && perUnit != m;
            perUnit = m;
            for (int c = 0; c < valueCount; c++) {
                perValue[c] += inUnit[c];
                sumOfSquares += (long) inUnit[c] * inUnit[c];
            }
        }
        int leftOut = codes.length - units;
        UndefinedReason reason = data.raters() < 2 ? UndefinedReason.TOO_FEW_RATERS
                : units == 0 ? UndefinedReason.NO_PAIRABLE_VALUES
                : unequal ? UndefinedReason.UNEQUAL_VALUES_PER_UNIT
                : perUnit < 2 ? UndefinedReason.NO_PAIRABLE_VALUES
                : null;
        if (reason != null) {
            return new AgreementResult.Undefined(Coefficient.FLEISS_KAPPA, units, leftOut, data.raters(), pairable,
                    reason);
        }
        // P = (sumOfSquares - N n) / (N n (n - 1)) and Pe = sum(C_c^2) / (N n)^2, with N n = pairable
        double total = pairable;
        double squaredTotals = 0;
        for (long count : perValue) {
            squaredTotals += (double) count * count;
        }
        double observed = 1 - (sumOfSquares - total) / (total * (perUnit - 1));
        double expected = 1 - squaredTotals / (total * total);
        if (expected == 0) {
            return new AgreementResult.Undefined(Coefficient.FLEISS_KAPPA, units, leftOut, data.raters(), pairable,
                    UndefinedReason.NO_VARIATION);
        }
        return new AgreementResult.Estimate(Coefficient.FLEISS_KAPPA, units, leftOut, data.raters(), pairable,
                observed, expected, 1 - observed / expected);
    }
}
