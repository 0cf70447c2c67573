package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The best fit of every row of any matrix instrument (archetypes by dimensions, or stages by standards) for
 * one response.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responseId the id of the response scored, not null
 * @param subjectId what the response rated, such as a school, not null
 * @param raterId who gave the response, not null
 * @param rows the fit of each row in row order, not null
 * @param explanation why, not null
 */
public record MatrixResult(InstrumentRef instrument, String responseId, String subjectId, String raterId,
        List<RowFit> rows, Explanation explanation) implements ScoreResult {

    /**
     * Creates a result, copying the list of rows.
     *
     * @param instrument the instrument scored, not null
     * @param responseId the id of the response scored, not null
     * @param subjectId what the response rated, such as a school, not null
     * @param raterId who gave the response, not null
     * @param rows the fit of each row in row order, not null
     * @param explanation why, not null
     * @throws NullPointerException if a component or a list element is null
     */
    public MatrixResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(raterId, "raterId");
        rows = Arguments.copyOf(rows, "rows");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns 1: a matrix result is computed from one response.
     *
     * @return 1
     */
    @Override
    public long responseCount() {
        return 1;
    }
}
