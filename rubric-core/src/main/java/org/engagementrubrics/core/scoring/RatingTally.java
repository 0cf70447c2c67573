package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.response.Rating;

/**
 * Counts the ratings of one item, condition or whole instrument exactly: integer sums, so the order of
 * responses never matters. Not applicable and not rated (or no answer) are counted apart and never enter
 * the mean, the median or the share.
 *
 * <p>Mutable and not thread-safe; one lives inside one accumulator or one summary.
 */
final class RatingTally {

    private final List<Integer> scaleValues;
    private final Map<Integer, Integer> distribution = new LinkedHashMap<>();
    /**
     * The ratings of each scale value added since the distribution was last brought up to date, by place on
     * the scale: adding a rating touches no map and boxes no count.
     */
    private final int[] pending;
    private final int[] values;
    private boolean anyPending;
    private int notRated;
    private int notApplicable;

    /**
     * Makes an empty tally.
     *
     * @param scaleValues the scale's values in scale order, lowest first
     */
    RatingTally(List<Integer> scaleValues) {
        this.scaleValues = scaleValues;
        scaleValues.forEach(value -> distribution.put(value, 0));
        this.values = scaleValues.stream().mapToInt(Integer::intValue).toArray();
        this.pending = new int[values.length];
    }

    /** Makes a tally holding the counts of one item, whose scale values must be those of the scale. */
    static RatingTally of(RatingCounts counts, List<Integer> scaleValues) {
        if (!new ArrayList<>(counts.distribution().keySet()).equals(scaleValues)) {
            throw new IllegalArgumentException("item '" + counts.itemId() + "' has the scale values "
                    + counts.distribution().keySet() + "; the instrument's scale has " + scaleValues);
        }
        RatingTally tally = new RatingTally(scaleValues);
        tally.distribution.putAll(counts.distribution());
        tally.notRated = counts.notRated();
        tally.notApplicable = counts.notApplicable();
        return tally;
    }

    void add(Rating rating) {
        if (rating instanceof Rating.Rated rated) {
            int value = rated.value();
            for (int i = 0; i < values.length; i++) {
                if (values[i] == value) {
                    pending[i]++;
                    anyPending = true;
                    return;
                }
            }
            distribution.merge(value, 1, Integer::sum);
        } else if (rating instanceof Rating.NotApplicable) {
            notApplicable++;
        } else {
            notRated++; // explicitly not rated, or no answer
        }
    }

    /**
     * Adds a rating given by its place: an index into the scale's values, {@link Tally#NOT_RATED} (no answer
     * counts as not rated) or {@link Tally#NOT_APPLICABLE}; the caller checked it is one of those.
     */
    void addPlace(int place) {
        if (place >= 0) {
            pending[place]++;
            anyPending = true;
        } else if (place == Tally.NOT_APPLICABLE) {
            notApplicable++;
        } else {
            notRated++;
        }
    }

    /** Returns the distribution with every pending rating in it. */
    private Map<Integer, Integer> distribution() {
        if (anyPending) {
            for (int i = 0; i < values.length; i++) {
                if (pending[i] != 0) {
                    distribution.merge(values[i], pending[i], Integer::sum);
                    pending[i] = 0;
                }
            }
            anyPending = false;
        }
        return distribution;
    }

    /**
     * Adds the counts of another tally on the same scale.
     *
     * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
     */
    void add(RatingTally other) {
        other.distribution().forEach((value, count) -> distribution().merge(value, count, Math::addExact));
        notRated = Math.addExact(notRated, other.notRated);
        notApplicable = Math.addExact(notApplicable, other.notApplicable);
    }

    /** Returns the counts, the state of one item. */
    RatingCounts counts(String itemId) {
        return new RatingCounts(itemId, notRated, notApplicable, distribution());
    }

    RatingSummary summary(String itemId) {
        int n = 0;
        long sum = 0;
        for (Map.Entry<Integer, Integer> entry : distribution().entrySet()) {
            n = Math.addExact(n, entry.getValue());
            sum += (long) entry.getKey() * entry.getValue();
        }
        if (n == 0) {
            return new RatingSummary(itemId, 0, notRated, notApplicable, null, null, null, distribution());
        }
        int topTwo = 0;
        for (int i = Math.max(0, scaleValues.size() - 2); i < scaleValues.size(); i++) {
            topTwo += distribution().get(scaleValues.get(i));
        }
        return new RatingSummary(itemId, n, notRated, notApplicable, (double) sum / n, median(n),
                (double) topTwo / n, distribution());
    }

    private double median(int n) {
        int lower = valueAt((n - 1) / 2);
        int upper = valueAt(n / 2);
        return (lower + upper) / 2.0;
    }

    private int valueAt(int index) {
        int seen = 0;
        for (Map.Entry<Integer, Integer> entry : distribution().entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("index " + index + " past " + seen + " ratings");
    }
}
