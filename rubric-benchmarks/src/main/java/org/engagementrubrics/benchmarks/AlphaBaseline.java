package org.engagementrubrics.benchmarks;

import java.util.Arrays;

/**
 * The baseline of the agreement benchmark: the textbook computation of Krippendorff's interval alpha
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability") over primitive arrays: a coincidence
 * matrix of the values 1..k, then {@code 1 - (n - 1) * sum(o_ck d_ck) / sum(n_c n_k d_ck)} with
 * {@code d_ck = (c - k)^2}. Stateless.
 */
final class AlphaBaseline {

    private AlphaBaseline() {
    }

    /**
     * Returns interval alpha.
     *
     * @param byUnit the values 1..maxValue, one row per unit and one column per rater, 0 for a missing value
     * @param maxValue the largest value
     * @return alpha
     */
    static double interval(int[][] byUnit, int maxValue) {
        double[][] coincidences = new double[maxValue + 1][maxValue + 1];
        int[] inUnit = new int[maxValue + 1];
        for (int[] unit : byUnit) {
            int m = 0;
            Arrays.fill(inUnit, 0);
            for (int value : unit) {
                if (value > 0) {
                    m++;
                    inUnit[value]++;
                }
            }
            if (m < 2) {
                continue;
            }
            for (int c = 1; c <= maxValue; c++) {
                for (int k = 1; k <= maxValue; k++) {
                    int pairs = c == k ? inUnit[c] * (inUnit[c] - 1) : inUnit[c] * inUnit[k];
                    coincidences[c][k] += (double) pairs / (m - 1);
                }
            }
        }
        double[] marginals = new double[maxValue + 1];
        double n = 0;
        for (int c = 1; c <= maxValue; c++) {
            for (int k = 1; k <= maxValue; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 1; c <= maxValue; c++) {
            for (int k = 1; k <= maxValue; k++) {
                double distance = (double) (c - k) * (c - k);
                observed += coincidences[c][k] * distance;
                expected += marginals[c] * marginals[k] * distance;
            }
        }
        return 1 - (n - 1) * observed / expected;
    }
}
