package org.engagementrubrics.core.agreement;

import java.util.Arrays;
import org.engagementrubrics.testkit.Gen;

/**
 * Generated reliability studies for the agreement tests: a few units by a few raters, values integers or
 * quarter-step decimals (negative ones only when asked), some missing; small, so that failures read easily.
 */
final class Studies {

    private Studies() {
    }

    /**
     * A generated study: each unit's values by rater, {@code Integer} or {@code Double} or {@code null}.
     *
     * @param byUnit the values
     * @param integers true if the values are integers
     */
    record Study(Object[][] byUnit, boolean integers) {

        int raters() {
            return byUnit.length == 0 ? 0 : byUnit[0].length;
        }

        ReliabilityData data() {
            ReliabilityData.Builder builder = ReliabilityData.builder(raters());
            for (Object[] unit : byUnit) {
                RatingValue[] values = new RatingValue[unit.length];
                for (int r = 0; r < unit.length; r++) {
                    values[r] = unit[r] == null ? null : unit[r] instanceof Integer
                            ? RatingValue.of((Integer) unit[r]) : RatingValue.of((Double) unit[r]);
                }
                builder.unit(values);
            }
            return builder.build();
        }

        @Override
        public String toString() {
            return Arrays.deepToString(byUnit);
        }
    }

    /**
     * Returns studies with missing values.
     *
     * @param minRaters the fewest raters
     * @param maxRaters the most raters
     * @param complete true for no missing value
     * @param negative true to allow negative values in some studies
     */
    static Gen<Study> studies(int minRaters, int maxRaters, boolean complete, boolean negative) {
        return random -> {
            int raters = random.nextInt(minRaters, maxRaters + 1);
            int units = random.nextInt(1, 25);
            int spread = random.nextInt(1, 7);
            boolean integers = random.nextBoolean();
            boolean negatives = negative && random.nextBoolean();
            double missing = complete ? 0 : new double[] {0, 0.1, 0.3, 0.6}[random.nextInt(4)];
            // a rater who agrees with the unit's "true" value most of the time, so alphas span their range
            double accuracy = random.nextDouble();
            Object[][] byUnit = new Object[units][raters];
            for (int u = 0; u < units; u++) {
                int truth = random.nextInt(spread + 1);
                for (int r = 0; r < raters; r++) {
                    if (random.nextDouble() < missing) {
                        continue;
                    }
                    int step = random.nextDouble() < accuracy ? truth : random.nextInt(spread + 1);
                    byUnit[u][r] = value(step, integers, negatives);
                }
            }
            return new Study(byUnit, integers);
        };
    }

    private static Object value(int step, boolean integers, boolean negative) {
        int shifted = negative ? step - 3 : step;
        return integers ? (Object) (shifted + 1) : (Object) (shifted * 0.25 + 0.5);
    }
}
