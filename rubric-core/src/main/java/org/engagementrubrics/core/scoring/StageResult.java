package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The stage placement of every standard of a staged rubric.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responseIds the responses scored, sorted, not null
 * @param placement the name of the placement strategy used, such as {@code best-fit-count}, not null
 * @param rows the placement of each standard (a row of the rubric), in order, not null
 * @param explanation why, not null
 */
public record StageResult(InstrumentRef instrument, List<String> responseIds, String placement,
        List<RowFit> rows, Explanation explanation) implements ScoreResult {

    /**
     * Refuses a missing part and copies the lists.
     */
    public StageResult {
        Objects.requireNonNull(instrument, "instrument");
        responseIds = Arguments.copyOf(responseIds, "responseIds");
        Objects.requireNonNull(placement, "placement");
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
