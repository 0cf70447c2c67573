package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagementrubrics.core.internal.Decimals;

/**
 * The points one criterion of a points rubric earned over the responses of a result: exact sums, and how
 * many responses rated it, left it unrated or found it not applicable.
 *
 * <p>A response that leaves a criterion unrated (or says "not rated") earns 0 of its points possible; one
 * that finds it not applicable takes it out of the points possible. Figures are unweighted;
 * {@link #weightedEarned()} and {@link #weightedPossible()} apply the weight. Decimals are kept in canonical
 * form. This class is immutable and thread-safe.
 *
 * @param criterionId the criterion's id, not null
 * @param weight the criterion's weight, greater than 0, not null
 * @param pointsPossible the most points one response can earn on it, before weighting, not null
 * @param earned the points earned, summed over the responses, before weighting, not null
 * @param rated how many responses chose a level or entered points, at least 0
 * @param notRated how many responses left it unrated or said "not rated", at least 0
 * @param notApplicable how many responses found it not applicable, at least 0
 * @param levels how many responses chose each level, by level id; points on a ranged criterion count for the
 *     level whose range holds them; free-form points count for no level
 */
public record CriterionPoints(String criterionId, BigDecimal weight, BigDecimal pointsPossible, BigDecimal earned,
        int rated, int notRated, int notApplicable, SortedMap<String, Integer> levels) {

    /**
     * Checks and copies the components; the decimals are put in canonical form.
     *
     * @param criterionId the criterion's id, not null
     * @param weight the criterion's weight, greater than 0, not null
     * @param pointsPossible the most points one response can earn on it, before weighting, not null
     * @param earned the points earned, summed over the responses, before weighting, not null
     * @param rated how many responses chose a level or entered points, at least 0
     * @param notRated how many responses left it unrated or said "not rated", at least 0
     * @param notApplicable how many responses found it not applicable, at least 0
     * @param levels how many responses chose each level, by level id; points on a ranged criterion count for the
     *        level whose range holds them; free-form points count for no level
     * @throws IllegalArgumentException if a count is negative, the weight is not positive, or points are negative
     */
    public CriterionPoints {
        Objects.requireNonNull(criterionId, "criterionId");
        weight = Decimals.canonical(weight, "weight");
        pointsPossible = Decimals.canonical(pointsPossible, "pointsPossible");
        earned = Decimals.canonical(earned, "earned");
        if (weight.signum() <= 0 || pointsPossible.signum() < 0 || earned.signum() < 0) {
            throw new IllegalArgumentException("criterion '" + criterionId + "': weight must be greater than 0 and "
                    + "points at least 0; got weight " + weight + ", pointsPossible " + pointsPossible + ", earned "
                    + earned);
        }
        if (rated < 0 || notRated < 0 || notApplicable < 0) {
            throw new IllegalArgumentException("criterion '" + criterionId + "': counts must be at least 0; got rated "
                    + rated + ", notRated " + notRated + ", notApplicable " + notApplicable);
        }
        if (earned.compareTo(pointsPossible.multiply(BigDecimal.valueOf((long) rated + notRated))) > 0) {
            throw new IllegalArgumentException("criterion '" + criterionId + "': earned " + earned.toPlainString()
                    + " is more than " + pointsPossible.toPlainString() + " points possible on each of the "
                    + ((long) rated + notRated) + " responses it applied to");
        }
        Objects.requireNonNull(levels, "levels");
        TreeMap<String, Integer> copy = new TreeMap<>();
        levels.forEach((id, count) -> {
            if (Objects.requireNonNull(count, "levels[" + id + "]") < 0) {
                throw new IllegalArgumentException("levels[" + id + "] must be at least 0; got " + count);
            }
            copy.put(Objects.requireNonNull(id, "levels has a null key"), count);
        });
        levels = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns how many responses the criterion applied to: rated or not rated.
     *
     * @return {@code rated + notRated}
     */
    public long applicable() {
        return (long) rated + notRated;
    }

    /**
     * Returns the points possible summed over the responses it applied to, before weighting.
     *
     * @return {@code pointsPossible × applicable()}
     */
    public BigDecimal possible() {
        return Decimals.canonical(pointsPossible.multiply(BigDecimal.valueOf(applicable())), "possible");
    }

    /**
     * Returns the points earned times the weight.
     *
     * @return the weighted points earned
     */
    public BigDecimal weightedEarned() {
        return Decimals.canonical(earned.multiply(weight), "weightedEarned");
    }

    /**
     * Returns the points possible times the weight.
     *
     * @return the weighted points possible
     */
    public BigDecimal weightedPossible() {
        return Decimals.canonical(possible().multiply(weight), "weightedPossible");
    }

    /**
     * Returns this criterion as a part of a {@link PointsTotal}: rated with its sums, or not applicable when it
     * applied to no response.
     *
     * @return the part
     */
    public PointsTotal.Part part() {
        return applicable() == 0 ? PointsTotal.Part.notApplicable(criterionId, pointsPossible, weight)
                : PointsTotal.Part.rated(criterionId, earned, possible(), weight);
    }

    /**
     * Returns the count of one level.
     *
     * @param levelId the level's id, not null
     * @return how many responses chose it, 0 if none
     */
    public int levelCount(String levelId) {
        return levels.getOrDefault(Objects.requireNonNull(levelId, "levelId"), 0);
    }
}
