package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The state of a {@link Tally} of district indicators: the counts its result is computed from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument whose responses were counted, not null
 * @param responses the responses counted, not null
 * @param dimensions the statuses counted per dimension, in order of first appearance, not null; the overall
 *     counts are their sum
 */
public record RollupTallyState(InstrumentRef instrument, ResponsePool responses, List<StatusCounts> dimensions)
        implements TallyState {

    /**
     * Creates a tally state, copying the list of dimensions.
     *
     * @param instrument the instrument whose responses were counted, not null
     * @param responses the responses counted, not null
     * @param dimensions the statuses counted per dimension, in order of first appearance, not null; the overall
     *        counts are their sum
     * @throws NullPointerException if a component or a list element is null
     */
    public RollupTallyState {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        dimensions = Arguments.copyOf(dimensions, "dimensions");
    }
}
