package org.engagementrubrics.core.response;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A district's assessments of its indicators, by district indicator id.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param byIndicator the assessment of each indicator, sorted by indicator id
 */
public record Statuses(SortedMap<String, @Valid IndicatorAssessment> byIndicator) implements Evidence {

    /**
     * Creates statuses; the map is copied and sorted by indicator id, so the order in which indicators were
     * assessed never matters.
     *
     * @param byIndicator the assessment of each indicator, sorted by indicator id
     */
    public Statuses {
        byIndicator = Ratings.sortedCopy(byIndicator, "byIndicator");
    }

    /**
     * Obtains statuses from a map in any order.
     *
     * @param byIndicator the assessments by indicator id, not null
     * @return the statuses
     */
    public static Statuses of(Map<String, IndicatorAssessment> byIndicator) {
        Objects.requireNonNull(byIndicator, "byIndicator");
        return new Statuses(new TreeMap<>(byIndicator));
    }

    @Override
    public String kindName() {
        return "statuses";
    }
}
