package org.engagementrubrics.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.engagementrubrics.testkit.AgreementGenerators;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Alpha from the pairs that {@link ReliabilityData} counts once and keeps ({@link Coincidences}) is, to the
 * last bit, alpha computed straight from the data's values on every call, as it was computed before.
 */
class AlphaFastPathPropertiesTest {

    private static final int CASES = 400;

    /** Data of every kind: numbers with and without negatives, categories, one category, many values. */
    static Gen<ReliabilityData> data() {
        return AgreementGenerators.reliabilityData();
    }

    @Test
    void keptPairsGiveExactlyTheStraightforwardAlphaForEveryMetric() {
        Properties.forAll("alpha equals the straightforward computation", CASES, data(), data -> {
            for (Metric metric : Metric.values()) {
                AgreementResult expected = straightforward(data, metric);
                AgreementResult first = data.alpha(metric);
                AgreementResult again = data.alpha(metric);
                assertThat(first).as("%s of %s", metric, data).isEqualTo(expected);
                assertThat(again).as("%s again", metric).isEqualTo(expected);
                if (expected instanceof AgreementResult.Estimate) {
                    AgreementResult.Estimate want = (AgreementResult.Estimate) expected;
                    AgreementResult.Estimate got = (AgreementResult.Estimate) first;
                    assertThat(Double.doubleToRawLongBits(got.value())).isEqualTo(Double.doubleToRawLongBits(want.value()));
                    assertThat(Double.doubleToRawLongBits(got.observedDisagreement()))
                            .isEqualTo(Double.doubleToRawLongBits(want.observedDisagreement()));
                    assertThat(Double.doubleToRawLongBits(got.expectedDisagreement()))
                            .isEqualTo(Double.doubleToRawLongBits(want.expectedDisagreement()));
                }
                assertThat(first.explanation()).isEqualTo(expected.explanation());
            }
        });
    }

    @Test
    void threadsAskingAtOnceGetTheAlphaAskedForAlone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Properties.forAll("alpha asked for by several threads", 40, data(), data -> {
                ReliabilityData fresh = ReliabilityData.builder(data.raters()).build();
                List<Future<AgreementResult>> futures = new ArrayList<>();
                ReliabilityData copy = copy(data);
                for (int t = 0; t < 8; t++) {
                    Metric metric = Metric.values()[t % Metric.values().length];
                    futures.add(pool.submit(() -> copy.alpha(metric)));
                }
                for (int t = 0; t < futures.size(); t++) {
                    Metric metric = Metric.values()[t % Metric.values().length];
                    try {
                        assertThat(futures.get(t).get()).isEqualTo(straightforward(data, metric));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
                assertThat(fresh.alpha(Metric.NOMINAL)).isEqualTo(straightforward(fresh, Metric.NOMINAL));
            });
        } finally {
            pool.shutdown();
        }
    }

    private static ReliabilityData copy(ReliabilityData data) {
        ReliabilityData.Builder builder = ReliabilityData.builder(data.raters());
        for (int u = 0; u < data.units(); u++) {
            RatingValue[] unit = new RatingValue[data.raters()];
            for (int r = 0; r < data.raters(); r++) {
                unit[r] = data.value(u, r).orElse(null);
            }
            builder.unit(unit);
        }
        return builder.build();
    }

    /**
     * Alpha as it was computed on every call before the pairs were kept: from the public values, pairs merged
     * into sorted maps per unit size, the same sums in the same order.
     */
    static AgreementResult straightforward(ReliabilityData data, Metric metric) {
        List<RatingValue> values = data.values();
        int valueCount = values.size();
        Map<Integer, Map<Long, Long>> pairs = new TreeMap<>();
        long[] perValue = new long[valueCount];
        int units = 0;
        int pairable = 0;
        int[] inUnit = new int[valueCount];
        for (int u = 0; u < data.units(); u++) {
            Arrays.fill(inUnit, 0);
            int m = 0;
            for (int r = 0; r < data.raters(); r++) {
                RatingValue value = data.value(u, r).orElse(null);
                if (value != null) {
                    inUnit[values.indexOf(value)]++;
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            units++;
            pairable += m;
            for (int c = 0; c < valueCount; c++) {
                perValue[c] += inUnit[c];
                for (int k = c + 1; k < valueCount; k++) {
                    if (inUnit[c] > 0 && inUnit[k] > 0) {
                        pairs.computeIfAbsent(m, x -> new TreeMap<>())
                                .merge((long) c * valueCount + k, (long) inUnit[c] * inUnit[k], Long::sum);
                    }
                }
            }
        }
        int leftOut = data.units() - units;
        Coefficient coefficient = metric.coefficient();
        boolean numeric = data.isNumeric();
        UndefinedReason reason = null;
        if (data.raters() < 2) {
            reason = UndefinedReason.TOO_FEW_RATERS;
        } else if (metric != Metric.NOMINAL && !numeric) {
            reason = UndefinedReason.NOT_NUMERIC;
        } else if (pairable == 0) {
            reason = UndefinedReason.NO_PAIRABLE_VALUES;
        } else if (metric == Metric.RATIO) {
            for (int c = 0; c < valueCount; c++) {
                if (perValue[c] > 0 && ((RatingValue.Numeric) values.get(c)).value().signum() < 0) {
                    reason = UndefinedReason.NEGATIVE_VALUES;
                }
            }
        }
        if (reason != null) {
            return new AgreementResult.Undefined(coefficient, units, leftOut, data.raters(), pairable, reason);
        }
        double[] numbers = new double[valueCount];
        for (int c = 0; numeric && c < valueCount; c++) {
            numbers[c] = ((RatingValue.Numeric) values.get(c)).value().doubleValue();
        }
        double observed = 0;
        for (Map.Entry<Integer, Map<Long, Long>> byM : pairs.entrySet()) {
            for (Map.Entry<Long, Long> pair : byM.getValue().entrySet()) {
                long key = pair.getKey();
                observed += 2.0 * pair.getValue() * squared(metric, numbers, perValue, (int) (key / valueCount),
                        (int) (key % valueCount)) / (byM.getKey() - 1);
            }
        }
        double expected = 0;
        for (int c = 0; c < valueCount; c++) {
            for (int k = c + 1; k < valueCount; k++) {
                expected += 2.0 * perValue[c] * perValue[k] * squared(metric, numbers, perValue, c, k);
            }
        }
        if (expected == 0) {
            return new AgreementResult.Undefined(coefficient, units, leftOut, data.raters(), pairable,
                    UndefinedReason.NO_VARIATION);
        }
        double n = pairable;
        return new AgreementResult.Estimate(coefficient, units, leftOut, data.raters(), pairable, observed / n,
                expected / (n * (n - 1)), 1 - (n - 1) * observed / expected);
    }

    private static double squared(Metric metric, double[] numbers, long[] perValue, int c, int k) {
        switch (metric) {
            case NOMINAL:
                return c == k ? 0 : 1;
            case ORDINAL: {
                double below = 0;
                for (int g = 0; g < c; g++) {
                    below += perValue[g];
                }
                double through = below;
                for (int g = c; g <= k; g++) {
                    through += perValue[g];
                }
                double d = through - below - (perValue[c] + perValue[k]) / 2.0;
                return d * d;
            }
            case INTERVAL:
                return (numbers[c] - numbers[k]) * (numbers[c] - numbers[k]);
            default: {
                double sum = numbers[c] + numbers[k];
                double d = sum == 0 ? 0 : (numbers[c] - numbers[k]) / sum;
                return d * d;
            }
        }
    }
}
