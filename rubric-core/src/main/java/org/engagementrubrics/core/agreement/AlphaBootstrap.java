package org.engagementrubrics.core.agreement;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The bootstrap of Krippendorff's alpha by Hayes &amp; Krippendorff (2007): the expected disagreement stays
 * that of all the data; each draw resamples the pool of pairs of pairable values within units, a pair of
 * values c and k from a unit with m values contributing {@code 2 * delta^2(c, k) / (m - 1)}.
 */
final class AlphaBootstrap {

    private static final double TENTATIVE = 0.667;
    private static final double RELIABLE = 0.800;

    private AlphaBootstrap() {
    }

    static AlphaInterval of(ReliabilityData data, Metric metric, Bootstrap bootstrap) {
        AgreementResult point = KrippendorffAlpha.of(data, metric);
        if (point instanceof AgreementResult.Undefined) {
            return new AlphaInterval.Unavailable((AgreementResult.Undefined) point);
        }
        AgreementResult.Estimate estimate = (AgreementResult.Estimate) point;
        int valueCount = data.values().size();
        long[] perValue = new long[valueCount];
        // The pool in canonical order: by m, then the two values (c <= k), each with its number of pairs, so
        // that the order of units, raters and values never changes which pair a random index draws.
        TreeMap<Long, Long> pool = new TreeMap<>();
        int[] inUnit = new int[valueCount];
        for (int[] unit : data.codes()) {
            Arrays.fill(inUnit, 0);
            int m = 0;
            for (int code : unit) {
                if (code >= 0) {
                    inUnit[code]++;
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            for (int c = 0; c < valueCount; c++) {
                perValue[c] += inUnit[c];
                if (inUnit[c] == 0) {
                    continue;
                }
                long same = (long) inUnit[c] * (inUnit[c] - 1) / 2;
                if (same > 0) {
                    pool.merge(key(m, c, c, valueCount), same, Long::sum);
                }
                for (int k = c + 1; k < valueCount; k++) {
                    if (inUnit[k] > 0) {
                        pool.merge(key(m, c, k, valueCount), (long) inUnit[c] * inUnit[k], Long::sum);
                    }
                }
            }
        }
        Distance distance = Distance.of(metric, data, perValue);
        long[] cumulative = new long[pool.size()];
        double[] contribution = new double[pool.size()];
        long size = 0;
        int g = 0;
        for (Map.Entry<Long, Long> group : pool.entrySet()) {
            long key = group.getKey();
            int m = (int) (key / ((long) valueCount * valueCount));
            int c = (int) (key / valueCount % valueCount);
            int k = (int) (key % valueCount);
            size += group.getValue();
            cumulative[g] = size;
            contribution[g] = 2.0 * distance.squared(c, k) / (m - 1);
            g++;
        }
        double n = estimate.pairableValues();
        double scale = n * estimate.expectedDisagreement();
        SplittableRandom random = new SplittableRandom(bootstrap.seed());
        double[] alphas = new double[bootstrap.draws()];
        int belowTentative = 0;
        int belowReliable = 0;
        for (int b = 0; b < alphas.length; b++) {
            double sum = 0;
            for (long p = 0; p < size; p++) {
                int found = Arrays.binarySearch(cumulative, random.nextLong(size) + 1);
                sum += contribution[found >= 0 ? found : -found - 1];
            }
            alphas[b] = 1 - sum / scale;
            belowTentative += alphas[b] < TENTATIVE ? 1 : 0;
            belowReliable += alphas[b] < RELIABLE ? 1 : 0;
        }
        Arrays.sort(alphas);
        double tail = (1 - bootstrap.level()) / 2;
        int lower = (int) Math.floor(tail * alphas.length);
        int upper = (int) Math.ceil((1 - tail) * alphas.length) - 1;
        return new AlphaInterval.Percentile(metric.coefficient(), estimate.value(), bootstrap.level(),
                alphas[Math.min(lower, alphas.length - 1)], alphas[Math.max(Math.min(upper, alphas.length - 1), 0)],
                alphas.length, bootstrap.seed(), (double) belowTentative / alphas.length,
                (double) belowReliable / alphas.length);
    }

    private static long key(int m, int c, int k, int valueCount) {
        return ((long) m * valueCount + c) * valueCount + k;
    }
}
