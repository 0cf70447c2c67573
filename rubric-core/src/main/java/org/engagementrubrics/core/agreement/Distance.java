package org.engagementrubrics.core.agreement;

/**
 * The squared distance of two values of reliability data, by their indices in the sorted distinct values,
 * for one metric of Krippendorff's alpha.
 */
@FunctionalInterface
interface Distance {

    double squared(int c, int k);

    /**
     * Returns the distance of a metric for some data.
     *
     * @param perValue how many pairable values each distinct value has, which the ordinal metric reads
     */
    static Distance of(Metric metric, ReliabilityData data, long[] perValue) {
        switch (metric) {
            case NOMINAL:
                return (c, k) -> c == k ? 0 : 1;
            case ORDINAL: {
                // cumulative[g] = pairable values ranked below g: integers, exact in a double
                double[] cumulative = new double[perValue.length + 1];
                for (int g = 0; g < perValue.length; g++) {
                    cumulative[g + 1] = cumulative[g] + perValue[g];
                }
                return (c, k) -> {
                    int low = Math.min(c, k);
                    int high = Math.max(c, k);
                    double d = cumulative[high + 1] - cumulative[low] - (perValue[low] + perValue[high]) / 2.0;
                    return d * d;
                };
            }
            case INTERVAL: {
                double[] numbers = data.numbers();
                return (c, k) -> (numbers[c] - numbers[k]) * (numbers[c] - numbers[k]);
            }
            case RATIO: {
                double[] numbers = data.numbers();
                return (c, k) -> {
                    double sum = numbers[c] + numbers[k];
                    double d = sum == 0 ? 0 : (numbers[c] - numbers[k]) / sum;
                    return d * d;
                };
            }
            default:
                throw new AssertionError(metric);
        }
    }
}
