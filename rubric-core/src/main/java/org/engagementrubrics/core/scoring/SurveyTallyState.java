package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The state of a {@link Tally} of a survey: the counts its result is computed from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument whose responses were counted, not null
 * @param responses the responses counted, not null
 * @param statements the ratings of each statement, in order, not null
 */
public record SurveyTallyState(InstrumentRef instrument, ResponsePool responses, List<RatingCounts> statements)
        implements TallyState {

    /**
     * Creates a tally state, copying the list of statements.
     *
     * @param instrument the instrument whose responses were counted, not null
     * @param responses the responses counted, not null
     * @param statements the ratings of each statement, in order, not null
     * @throws NullPointerException if a component or a list element is null
     * @throws IllegalArgumentException if a statement does not count one answer per response, or has other scale
     *         values than the first
     */
    public SurveyTallyState {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responses, "responses");
        statements = Arguments.copyOf(statements, "statements");
        RatingCounts.requireConsistent(statements, responses, "statements");
    }
}
