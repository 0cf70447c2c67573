package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The state of a {@link Tally} of a conditions assessment: the counts its result is computed from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument whose responses were counted, not null
 * @param responses the responses counted, not null
 * @param indicators the ratings of each indicator, in instrument order, not null; the summaries of conditions
 *     and the overall summary are sums of them
 */
public record RatingTallyState(InstrumentRef instrument, ResponsePool responses, List<RatingCounts> indicators)
        implements TallyState {

    /**
     * Creates a tally state, copying the list of indicators.
     *
     * @param instrument the instrument whose responses were counted, not null
     * @param responses the responses counted, not null
     * @param indicators the ratings of each indicator, in instrument order, not null; the summaries of conditions
     *        and the overall summary are sums of them
     * @throws NullPointerException if a component or a list element is null
     * @throws IllegalArgumentException if an indicator does not count one answer per response, or has other scale
     *         values than the first
     */
    public RatingTallyState {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        indicators = Arguments.copyOf(indicators, "indicators");
        RatingCounts.requireConsistent(indicators, responses, "indicators");
    }
}
