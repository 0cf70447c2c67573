package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ratings of one item (an indicator or a survey statement) counted over the responses of a tally: what a
 * {@link RatingSummary} is computed from, without the figures derived from the counts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param itemId the indicator or statement, not null
 * @param notRated how many left the item unrated (explicitly, or with no answer)
 * @param notApplicable how many marked it not applicable
 * @param distribution the count of each scale value, in scale order, not null
 */
public record RatingCounts(String itemId, int notRated, int notApplicable, Map<Integer, Integer> distribution) {

    /**
     * Checks that every count is zero or more, and copies the distribution.
     *
     * @param itemId the indicator or statement, not null
     * @param notRated how many left the item unrated (explicitly, or with no answer)
     * @param notApplicable how many marked it not applicable
     * @param distribution the count of each scale value, in scale order, not null
     */
    public RatingCounts {
        Objects.requireNonNull(itemId, "itemId");
        NonNegativeCounts.require("notRated", notRated, "notApplicable", notApplicable);
        Objects.requireNonNull(distribution, "distribution");
        distribution.forEach((value, count) -> {
            Objects.requireNonNull(value, "distribution key");
            Objects.requireNonNull(count, "distribution of " + value);
            NonNegativeCounts.require("distribution of " + value, count);
        });
        distribution = Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
    }

    /** Returns how many answers were counted: rated, not rated and not applicable; a long, so it cannot overflow. */
    long answers() {
        long answers = (long) notRated + notApplicable;
        for (int count : distribution.values()) {
            answers += count;
        }
        return answers;
    }

    /**
     * Checks the counts of the items of one tally: each item counts one answer per response, and every
     * distribution has the same scale values in the same order.
     *
     * @param items the counts of each item
     * @param responses the responses of the tally
     * @param name the component's name, for messages
     * @throws IllegalArgumentException naming the first item that does not fit
     */
    static void requireConsistent(List<RatingCounts> items, ResponsePool responses, String name) {
        List<Integer> scale = items.isEmpty() ? List.of() : new ArrayList<>(items.get(0).distribution().keySet());
        for (RatingCounts item : items) {
            if (item.answers() != responses.count()) {
                throw new IllegalArgumentException(name + ": item '" + item.itemId() + "' counts " + item.answers()
                        + " answers; a tally of " + responses.count() + " responses counts one per response");
            }
            if (!scale.equals(new ArrayList<>(item.distribution().keySet()))) {
                throw new IllegalArgumentException(name + ": item '" + item.itemId() + "' has the scale values "
                        + item.distribution().keySet() + "; item '" + items.get(0).itemId() + "' has " + scale
                        + " (every item is rated on the instrument's one scale)");
            }
        }
    }
}
