package org.engagementrubrics.core.scoring;

import java.util.Objects;
import org.engagementrubrics.core.checklist.Checklist;

/**
 * Checklist answers counted over a group (or overall).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key the group id, or {@code overall}, not null
 * @param observed items observed
 * @param notObserved items not observed
 * @param notApplicable items not applicable, left out of every share
 * @param unanswered items with no answer
 */
public record ChecklistCounts(String key, int observed, int notObserved, int notApplicable, int unanswered) {

    /**
     * Creates the counts of a group or of the whole checklist.
     *
     * @param key the group id, or {@code overall}, not null
     * @param observed items observed
     * @param notObserved items not observed
     * @param notApplicable items not applicable, left out of every share
     * @param unanswered items with no answer
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if a count is negative
     */
    public ChecklistCounts {
        Objects.requireNonNull(key, "key");
        NonNegativeCounts.require("observed", observed, "notObserved", notObserved, "notApplicable", notApplicable,
                "unanswered", unanswered);
    }

    /**
     * Returns the share observed among items observed or not observed.
     *
     * @return observed / (observed + notObserved), or null if neither
     */
    public Double observedShare() {
        int answered = observed + notObserved;
        return answered == 0 ? null : (double) observed / answered;
    }
}
