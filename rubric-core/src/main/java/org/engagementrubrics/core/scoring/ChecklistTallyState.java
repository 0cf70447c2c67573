package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The state of a {@link Tally} of a checklist: the counts its result is computed from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument whose responses were counted, not null
 * @param responses the responses counted, not null
 * @param groups the answers counted per group, in order, not null; the overall counts are their sum
 */
public record ChecklistTallyState(InstrumentRef instrument, ResponsePool responses, List<ChecklistCounts> groups)
        implements TallyState {

    /**
     * Creates a tally state, copying the list of groups.
     *
     * @param instrument the instrument whose responses were counted, not null
     * @param responses the responses counted, not null
     * @param groups the answers counted per group, in order, not null; the overall counts are their sum
     * @throws NullPointerException if a component or a list element is null
     */
    public ChecklistTallyState {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        groups = Arguments.copyOf(groups, "groups");
    }
}
