package org.engagementrubrics.core.response;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagementrubrics.core.checklist.Checklist;

/**
 * The answers to the items of a {@link Checklist}, by item id; items left out were not answered.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param byItem the answer to each item, sorted by item id
 */
public record ChecklistAnswers(SortedMap<String, ChecklistAnswer> byItem) implements Evidence {

    /**
     * Creates answers; the map is copied and sorted by item id, so the order in which items were answered
     * never matters.
     *
     * @param byItem the answer to each item, sorted by item id
     */
    public ChecklistAnswers {
        byItem = Ratings.sortedCopy(byItem, "byItem");
    }

    /**
     * Obtains answers from a map in any order.
     *
     * @param byItem the answers by item id, not null
     * @return the answers
     */
    public static ChecklistAnswers of(Map<String, ChecklistAnswer> byItem) {
        Objects.requireNonNull(byItem, "byItem");
        return new ChecklistAnswers(new TreeMap<>(byItem));
    }

    @Override
    public String kindName() {
        return "checklist-answers";
    }
}
