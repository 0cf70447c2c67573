package org.engagementrubrics.core.raters;

import org.engagementrubrics.core.internal.Arguments;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.engagementrubrics.core.scoring.Explanation;

/**
 * What a subject's raters gave one unit: the full distribution over the scale, the values missing and why,
 * the central figures, and the raters far from the median.
 *
 * @param unitId the unit's id, not null
 * @param n the number of raters who gave a value
 * @param distribution the number of values at each position of the scale, zeros included, in scale order
 * @param missing the number of raters without a value, by reason, only reasons that occurred
 * @param summary the central figures, not null
 * @param farFromMedian the ids of raters whose value is 2 or more ordered steps from the median, sorted;
 *     empty for nominal values and surveys
 * @param explanation the figures in words, not null
 */
public record UnitConsensus(String unitId, int n, List<Integer> distribution, Map<MissingReason, Integer> missing,
        UnitSummary summary, List<String> farFromMedian, Explanation explanation) {

    /**
     * Creates a unit's consensus, copying the distribution, the missing counts and the far-from-median raters.
     *
     * @param unitId the unit's id, not null
     * @param n the number of raters who gave a value
     * @param distribution the number of values at each position of the scale, zeros included, in scale order
     * @param missing the number of raters without a value, by reason, only reasons that occurred
     * @param summary the central figures, not null
     * @param farFromMedian the ids of raters whose value is 2 or more ordered steps from the median, sorted;
     *        empty for nominal values and surveys
     * @param explanation the figures in words, not null
     * @throws IllegalArgumentException if {@code n} is not the sum of the distribution
     */
    public UnitConsensus {
        Objects.requireNonNull(unitId, "unitId");
        distribution = Arguments.copyOf(distribution, "distribution");
        Objects.requireNonNull(missing, "missing");
        missing = Collections.unmodifiableMap(missing.isEmpty() ? new EnumMap<>(MissingReason.class)
                : new EnumMap<>(missing));
        Objects.requireNonNull(summary, "summary");
        farFromMedian = Arguments.copyOf(farFromMedian, "farFromMedian");
        Objects.requireNonNull(explanation, "explanation");
        if (distribution.stream().mapToInt(Integer::intValue).sum() != n) {
            throw new IllegalArgumentException("n: must be the sum of the distribution " + distribution + "; was " + n);
        }
    }

    /**
     * Returns the number of raters without a value.
     *
     * @return the sum of {@link #missing()}
     */
    public int missingTotal() {
        return missing.values().stream().mapToInt(Integer::intValue).sum();
    }
}
