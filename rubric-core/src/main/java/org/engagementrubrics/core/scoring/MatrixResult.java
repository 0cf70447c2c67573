package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The best fit of every row of any matrix instrument (archetypes by dimensions, or stages by standards).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responseIds the responses scored, sorted, not null
 * @param rows the fit of each row in row order, not null
 * @param explanation why, not null
 */
public record MatrixResult(InstrumentRef instrument, List<String> responseIds, List<RowFit> rows,
        Explanation explanation) implements ScoreResult {

    /**
     * Checks and copies the components.
     */
    public MatrixResult {
        Objects.requireNonNull(instrument, "instrument");
        responseIds = Arguments.copyOf(responseIds, "responseIds");
        rows = Arguments.copyOf(rows, "rows");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns how many responses were scored.
     *
     * @return the number of response ids
     */
    @Override
    public long responseCount() {
        return responseIds.size();
    }
}
