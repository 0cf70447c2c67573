package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;

/**
 * The built-in {@link StagePoints}: points per stage position, an optional weight per standard, and what an
 * unplaced standard counts as.
 *
 * <p>Points go by the position of the placed stage among the standard's own stages (1 for its first), not by the
 * stage's label, since labels repeat in the seeds: in the Family Engagement Rubric, Standard 1 has a second
 * Integration row, its fourth stage. A standard's points possible are the most any of its stage positions is
 * worth. A standard without a weight has weight 1. A standard left unplaced (a tie kept as a tie, no evidence,
 * evidence below a placement threshold) is, as {@link #unplaced()} says, either left out of the points possible
 * ({@link Unplaced#EXCLUDED}, the default) or counted as 0 of its points possible ({@link Unplaced#ZERO}); the
 * arithmetic is that of {@link PointsTotal}.
 *
 * <pre>{@code
 * StagePointsScheme scheme = StagePointsScheme.of("family-engagement-points",
 *                 List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(3)))
 *         .withWeights(Map.of("standard-1", BigDecimal.valueOf(2)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the scheme's name, written in results, not blank
 * @param pointsByPosition the points of each stage position, the first for position 1; not empty, each zero or
 *        more
 * @param weights the weight of each standard that has one, by standard id, each zero or more; sorted by id, not null
 * @param unplaced what an unplaced standard counts as, not null
 */
public record StagePointsScheme(String name, List<BigDecimal> pointsByPosition, Map<String, BigDecimal> weights,
        Unplaced unplaced) implements StagePoints {

    /**
     * What an unplaced standard counts as.
     */
    public enum Unplaced {
        /** Left out of the points possible: the percent is over the standards placed; the default. */
        EXCLUDED,
        /** Counted as 0 of its points possible: an unplaced standard lowers the percent. */
        ZERO
    }

    /**
     * Checks every component and copies the collections, the weights sorted by standard id.
     *
     * @param name the scheme's name, written in results, not blank
     * @param pointsByPosition the points of each stage position, the first for position 1; not empty, each zero or
     *        more
     * @param weights the weight of each standard that has one, by standard id, each zero or more; sorted by id, not null
     * @param unplaced what an unplaced standard counts as, not null
     * @throws NullPointerException if a component, a point value, a weight or a standard id is null
     * @throws IllegalArgumentException if the name or a standard id is blank, there are no points, or a number
     *         is negative
     */
    public StagePointsScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pointsByPosition, "pointsByPosition");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(unplaced, "unplaced");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        pointsByPosition = Arguments.copyOf(pointsByPosition, "pointsByPosition");
        if (pointsByPosition.isEmpty()) {
            throw new IllegalArgumentException("pointsByPosition must give the points of at least one stage position");
        }
        for (int i = 0; i < pointsByPosition.size(); i++) {
            if (pointsByPosition.get(i).signum() < 0) {
                throw new IllegalArgumentException("pointsByPosition[" + i + "] must be zero or more; was "
                        + pointsByPosition.get(i).toPlainString());
            }
        }
        Map<String, BigDecimal> sorted = new TreeMap<>();
        weights.forEach((standardId, weight) -> {
            Objects.requireNonNull(standardId, "weights key");
            Objects.requireNonNull(weight, "weights[" + standardId + "]");
            if (standardId.isBlank()) {
                throw new IllegalArgumentException("weights must name standards by id; a key is blank");
            }
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("weights[" + standardId + "] must be zero or more; was "
                        + weight.toPlainString());
            }
            sorted.put(standardId, weight);
        });
        weights = Collections.unmodifiableMap(sorted);
    }

    /**
     * Obtains a scheme with no weights (every standard weighs 1) that excludes unplaced standards.
     *
     * @param name the scheme's name, not blank
     * @param pointsByPosition the points of each stage position, the first for position 1, not empty
     * @return the scheme
     * @throws IllegalArgumentException if the name is blank, there are no points or a value is negative
     */
    public static StagePointsScheme of(String name, List<BigDecimal> pointsByPosition) {
        return new StagePointsScheme(name, pointsByPosition, Map.of(), Unplaced.EXCLUDED);
    }

    /**
     * Returns a copy with these weights.
     *
     * @param weights the weight of each standard that has one, by standard id, not null
     * @return the scheme with the weights, {@code this} if they are the same
     * @throws IllegalArgumentException if a weight is negative
     */
    public StagePointsScheme withWeights(Map<String, BigDecimal> weights) {
        StagePointsScheme copy = new StagePointsScheme(name, pointsByPosition, weights, unplaced);
        return copy.equals(this) ? this : copy;
    }

    /**
     * Returns a copy that counts unplaced standards as given.
     *
     * @param unplaced what an unplaced standard counts as, not null
     * @return the scheme with the choice, {@code this} if it is the same
     */
    public StagePointsScheme withUnplaced(Unplaced unplaced) {
        Objects.requireNonNull(unplaced, "unplaced");
        return unplaced == this.unplaced ? this : new StagePointsScheme(name, pointsByPosition, weights, unplaced);
    }

    /**
     * Returns the weight of a standard.
     *
     * @param standardId the standard's id, not null
     * @return its weight, 1 if the scheme gives it none
     */
    public BigDecimal weight(String standardId) {
        Objects.requireNonNull(standardId, "standardId");
        return weights.getOrDefault(standardId, BigDecimal.ONE);
    }

    /**
     * Checks that the scheme fits a rubric: it gives points to every stage position of every standard, and each
     * weight names a standard of the rubric. The engine checks this when it prepares the rubric.
     *
     * @param rubric the rubric, not null
     * @throws IllegalArgumentException naming every standard the scheme does not fit
     */
    public void requireFits(StagedRubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        List<String> problems = new ArrayList<>();
        Set<String> standardIds = new HashSet<>();
        for (Standard standard : rubric.standards()) {
            standardIds.add(standard.id());
            if (standard.cells().size() > pointsByPosition.size()) {
                problems.add("standard '" + standard.id() + "' has " + standard.cells().size()
                        + " stages; expected pointsByPosition to give at least as many positions (it gives "
                        + pointsByPosition.size() + ")");
            }
        }
        for (String standardId : weights.keySet()) {
            if (!standardIds.contains(standardId)) {
                problems.add("weights name standard '" + standardId + "', which rubric '" + rubric.id()
                        + "' does not have");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("points scheme '" + name + "' does not fit rubric '" + rubric.id()
                    + "': " + String.join("; ", problems));
        }
    }

    /**
     * Gives a standard the points of its placed stage's position, weighted, or, unplaced, as {@link #unplaced()}
     * says.
     *
     * @param standard the placed standard, not null
     * @return the standard's part
     * @throws IllegalArgumentException if the standard has more stages than the scheme has positions
     */
    @Override
    public PointsTotal.Part points(PlacedStandard standard) {
        Objects.requireNonNull(standard, "standard");
        int stages = standard.stageIds().size();
        if (stages > pointsByPosition.size()) {
            throw new IllegalArgumentException("standard '" + standard.standardId() + "' has " + stages
                    + " stages; the scheme gives points for " + pointsByPosition.size() + " positions");
        }
        BigDecimal possible = BigDecimal.ZERO;
        for (int i = 0; i < stages; i++) {
            possible = possible.max(pointsByPosition.get(i));
        }
        BigDecimal weight = weight(standard.standardId());
        int position = standard.position();
        if (position > 0) {
            return PointsTotal.Part.rated(standard.standardId(), pointsByPosition.get(position - 1), possible, weight);
        }
        return unplaced == Unplaced.EXCLUDED ? PointsTotal.Part.notApplicable(standard.standardId(), possible, weight)
                : PointsTotal.Part.notRated(standard.standardId(), possible, weight);
    }
}
