package org.engagementrubrics.core.response;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ratings of the criteria of a {@link org.engagementrubrics.core.points.PointsRubric}, by criterion id;
 * criteria left out were not rated.
 *
 * <pre>{@code
 * CriterionRatings ratings = CriterionRatings.of(Map.of(
 *         "welcome", CriterionRating.level("warm"),
 *         "follow-up", CriterionRating.points(new BigDecimal("2.5")),
 *         "translation", CriterionRating.notApplicable()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param byCriterion the rating of each criterion, sorted by criterion id
 */
public record CriterionRatings(SortedMap<String, CriterionRating> byCriterion) implements Evidence {

    /**
     * Creates criterion ratings; the map is copied and sorted by criterion id, so the order in which criteria
     * were rated never matters.
     *
     * @param byCriterion the rating of each criterion, sorted by criterion id
     */
    public CriterionRatings {
        byCriterion = Ratings.sortedCopy(byCriterion, "byCriterion");
    }

    /**
     * Obtains criterion ratings from a map in any order.
     *
     * @param byCriterion the ratings by criterion id, not null
     * @return the ratings
     */
    public static CriterionRatings of(Map<String, CriterionRating> byCriterion) {
        Objects.requireNonNull(byCriterion, "byCriterion");
        return new CriterionRatings(new TreeMap<>(byCriterion));
    }

    @Override
    public String kindName() {
        return "criterion-ratings";
    }
}
