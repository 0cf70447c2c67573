package org.engagementrubrics.testkit;

import org.engagementrubrics.core.agreement.RatingValue;
import org.engagementrubrics.core.agreement.ReliabilityData;

/**
 * Generators of reliability data for agreement statistics (Krippendorff's alpha, Fleiss' and Cohen's kappa):
 * raw studies for cross-checks against another implementation, and reliability data of every kind.
 *
 * <pre>{@code
 * Properties.forAll("alpha agrees with theirs", 300, AgreementGenerators.studies(2, 6, false, true), study ->
 *         assertThat(study.data().alpha(Metric.INTERVAL)).isEqualTo(theirAlpha(study.byUnit())));
 * Properties.forAll("alpha is symmetric in raters", 300, AgreementGenerators.reliabilityData(), data -> ...);
 * }</pre>
 *
 * <p>Studies are small (up to 24 units), so that a failure reads easily: each rater agrees with the unit's
 * "true" value with a probability drawn per study, so that alphas span their range. Stateless and
 * thread-safe.
 */
public final class AgreementGenerators {

    private AgreementGenerators() {
    }

    /**
     * Returns numeric studies: 1 to 24 units by {@code minRaters} to {@code maxRaters} raters, values integers
     * or quarter-step decimals, a share of them missing (none, 10, 30 or 60 %) unless {@code complete}.
     *
     * @param minRaters the fewest raters, at least 0
     * @param maxRaters the most raters, at least {@code minRaters}
     * @param complete true for no missing value
     * @param negative true to allow negative values in some studies
     * @return the generator
     * @throws IllegalArgumentException if the bounds are out of order or negative
     */
    public static Gen<ReliabilityStudy> studies(int minRaters, int maxRaters, boolean complete, boolean negative) {
        if (minRaters < 0 || maxRaters < minRaters) {
            throw new IllegalArgumentException("raters must be 0 <= minRaters <= maxRaters; were " + minRaters
                    + " and " + maxRaters);
        }
        return random -> {
            int raters = random.nextInt(minRaters, maxRaters + 1);
            int units = random.nextInt(1, 25);
            int spread = random.nextInt(1, 7);
            boolean integers = random.nextBoolean();
            boolean negatives = negative && random.nextBoolean();
            double missing = complete ? 0 : new double[] {0, 0.1, 0.3, 0.6}[random.nextInt(4)];
            double accuracy = random.nextDouble();
            Object[][] byUnit = new Object[units][raters];
            for (int u = 0; u < units; u++) {
                int truth = random.nextInt(spread + 1);
                for (int r = 0; r < raters; r++) {
                    if (random.nextDouble() < missing) {
                        continue;
                    }
                    int step = random.nextDouble() < accuracy ? truth : random.nextInt(spread + 1);
                    int shifted = negatives ? step - 3 : step;
                    byUnit[u][r] = integers ? (Object) (shifted + 1) : (Object) (shifted * 0.25 + 0.5);
                }
            }
            return new ReliabilityStudy(byUnit, integers);
        };
    }

    /**
     * Returns reliability data of every kind: 0 to 8 raters by 0 to 29 units, up to 90 % missing; integers,
     * decimals with negatives, categories, a single category, a single number, or decimals with 60 to 400
     * distinct values.
     *
     * @return the generator
     */
    public static Gen<ReliabilityData> reliabilityData() {
        return random -> {
            int raters = random.nextInt(0, 9);
            int units = random.nextInt(0, 30);
            int kind = random.nextInt(6);
            int spread = kind == 5 ? random.nextInt(60, 400) : random.nextInt(1, 8);
            double missing = new double[] {0, 0.1, 0.3, 0.6, 0.9}[random.nextInt(5)];
            ReliabilityData.Builder builder = ReliabilityData.builder(raters);
            for (int u = 0; u < units; u++) {
                RatingValue[] unit = new RatingValue[raters];
                int truth = random.nextInt(spread + 1);
                for (int r = 0; r < raters; r++) {
                    if (random.nextDouble() < missing) {
                        continue;
                    }
                    int step = random.nextBoolean() ? truth : random.nextInt(spread + 1);
                    unit[r] = value(kind, step);
                }
                builder.unit(unit);
            }
            return builder.build();
        };
    }

    private static RatingValue value(int kind, int step) {
        switch (kind) {
            case 0:
                return RatingValue.of(step + 1L);
            case 1:
                return RatingValue.of(step * 0.25 - 0.5);
            case 2:
                return RatingValue.category("c" + step);
            case 3:
                return RatingValue.category("only");
            case 4:
                return RatingValue.of(3L);
            default:
                return RatingValue.of(step * 0.1);
        }
    }
}
