package org.engagementrubrics.core.raters;

import org.engagementrubrics.core.internal.Arguments;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.privacy.Disclosure;
import org.engagementrubrics.core.scoring.Explanation;

/**
 * The aggregated values of one subject's raters, unit by unit.
 *
 * @param subjectId the subject's id, not null
 * @param raters the number of raters (for a survey, respondents)
 * @param disclosure shown, or, for a survey with fewer respondents than the small-cell rule's minimum,
 *     withheld with the reason (then {@code units} is empty), not null
 * @param units the figures per unit in the instrument's order, not null
 * @param explanation the subject's figures in words, not null
 */
public record SubjectConsensus(String subjectId, int raters, Disclosure disclosure, List<UnitConsensus> units,
        Explanation explanation) {

    /**
     * Creates a subject's consensus, copying the list of units.
     *
     * @param subjectId the subject's id, not null
     * @param raters the number of raters (for a survey, respondents)
     * @param disclosure shown, or, for a survey with fewer respondents than the small-cell rule's minimum,
     *        withheld with the reason (then {@code units} is empty), not null
     * @param units the figures per unit in the instrument's order, not null
     * @param explanation the subject's figures in words, not null
     * @throws NullPointerException if a component or a list element is null
     * @throws IllegalArgumentException if {@code raters} is negative
     */
    public SubjectConsensus {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(disclosure, "disclosure");
        units = Arguments.copyOf(units, "units");
        Objects.requireNonNull(explanation, "explanation");
        if (raters < 0) {
            throw new IllegalArgumentException("raters: must be at least 0; was " + raters);
        }
    }
}
