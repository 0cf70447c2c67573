package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.internal.Decimals;

/**
 * The state of a {@link Tally} of a points rubric: the sums its result is computed from. Sums of exact
 * decimals and counts, so parts merge in any order to the same state.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument whose responses were counted, not null
 * @param responses the responses counted, not null
 * @param criteria the points per criterion, in the rubric's order, not null
 * @param percentSum the sum of the percents of the responses that have one, not null
 * @param percentResponses how many responses have a percent, at least 0
 */
public record PointsTallyState(InstrumentRef instrument, ResponsePool responses, List<CriterionPoints> criteria,
        BigDecimal percentSum, long percentResponses) implements TallyState {

    /**
     * Checks and copies the components; the percent sum is put in canonical form.
     *
     * @param instrument the instrument whose responses were counted, not null
     * @param responses the responses counted, not null
     * @param criteria the points per criterion, in the rubric's order, not null
     * @param percentSum the sum of the percents of the responses that have one, not null
     * @param percentResponses how many responses have a percent, at least 0
     * @throws IllegalArgumentException if more responses have a percent than were counted, or the sum is negative
     */
    public PointsTallyState {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        criteria = Arguments.copyOf(criteria, "criteria");
        percentSum = Decimals.canonical(percentSum, "percentSum");
        if (percentResponses < 0 || percentResponses > responses.count() || percentSum.signum() < 0) {
            throw new IllegalArgumentException("percentResponses must be from 0 to the " + responses.count()
                    + " responses counted and percentSum at least 0; got " + percentResponses + " and " + percentSum);
        }
    }
}
