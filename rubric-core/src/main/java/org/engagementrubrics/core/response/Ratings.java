package org.engagementrubrics.core.response;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Ratings by item id: the indicators of a conditions assessment, or the statements of a survey.
 *
 * <pre>{@code
 * Ratings ratings = Ratings.of(Map.of("c4-i1", Rating.of(3), "c4-i2", Rating.notRated()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param byItem the rating of each item, sorted by item id
 */
public record Ratings(SortedMap<String, Rating> byItem) implements Evidence {

    /**
     * Creates ratings; the map is copied and sorted by item id, so the order in which items were rated never
     * matters.
     *
     * @param byItem the rating of each item, sorted by item id
     */
    public Ratings {
        byItem = sortedCopy(byItem, "byItem");
    }

    /** Copies a map by item id; a null map, key or value fails with an NPE naming {@code name}. */
    static <V> SortedMap<String, V> sortedCopy(Map<String, V> map, String name) {
        Objects.requireNonNull(map, name);
        TreeMap<String, V> copy = new TreeMap<>();
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, () -> name + " has a null key"),
                Objects.requireNonNull(value, () -> name + "[" + key + "]")));
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Obtains ratings from a map in any order.
     *
     * @param byItem the ratings by item id, not null
     * @return the ratings
     */
    public static Ratings of(Map<String, Rating> byItem) {
        Objects.requireNonNull(byItem, "byItem");
        return new Ratings(new TreeMap<>(byItem));
    }

    @Override
    public String kindName() {
        return "ratings";
    }
}
