package org.engagementrubrics.core.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A summary of ratings on a scale: how many were rated, not rated and not applicable, the mean, the
 * median, the share in the top two scale points, and the distribution over every scale point.
 *
 * <p>"Not rated" and "not applicable" never enter a mean, a median, a share or a denominator. The mean,
 * median and share are null when nothing was rated. This class is immutable and thread-safe.
 *
 * @param itemId what is summarized: an indicator, a condition, a statement, or {@code overall}, not null
 * @param rated how many ratings have a value
 * @param notRated how many items were left unrated (explicitly, or with no answer)
 * @param notApplicable how many were marked not applicable
 * @param mean the mean of the rated values, or null if none
 * @param median the median of the rated values, or null if none
 * @param topTwoShare the share of rated values in the two highest scale points, or null if none
 * @param distribution the count of each scale value, in scale order, not null
 */
public record RatingSummary(String itemId, int rated, int notRated, int notApplicable, Double mean, Double median,
        Double topTwoShare, Map<Integer, Integer> distribution) {

    /**
     * Creates a summary, copying the distribution in its scale order.
     *
     * @param itemId what is summarized: an indicator, a condition, a statement, or {@code overall}, not null
     * @param rated how many ratings have a value
     * @param notRated how many items were left unrated (explicitly, or with no answer)
     * @param notApplicable how many were marked not applicable
     * @param mean the mean of the rated values, or null if none
     * @param median the median of the rated values, or null if none
     * @param topTwoShare the share of rated values in the two highest scale points, or null if none
     * @param distribution the count of each scale value, in scale order, not null
     * @throws NullPointerException if {@code itemId} or {@code distribution} is null
     * @throws IllegalArgumentException if a count is negative
     */
    public RatingSummary {
        Objects.requireNonNull(itemId, "itemId");
        NonNegativeCounts.require("rated", rated, "notRated", notRated, "notApplicable", notApplicable);
        Objects.requireNonNull(distribution, "distribution");
        distribution.forEach((value, count) -> NonNegativeCounts.require("distribution of " + value, count));
        distribution = Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
    }
}
