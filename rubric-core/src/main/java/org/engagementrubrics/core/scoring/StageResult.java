package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The stage placement of every standard of a staged rubric, for one response.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responseId the id of the response scored, not null
 * @param subjectId what the response rated, such as a school, not null
 * @param raterId who gave the response, not null
 * @param placement the name of the placement strategy used, such as {@code best-fit-count}, not null
 * @param rows the placement of each standard (a row of the rubric), in order, not null
 * @param explanation why, not null
 */
public record StageResult(InstrumentRef instrument, String responseId, String subjectId, String raterId,
        String placement, List<RowFit> rows, Explanation explanation) implements ScoreResult {

    /**
     * Refuses a missing part and copies the lists.
     *
     * @param instrument the instrument scored, not null
     * @param responseId the id of the response scored, not null
     * @param subjectId what the response rated, such as a school, not null
     * @param raterId who gave the response, not null
     * @param placement the name of the placement strategy used, such as {@code best-fit-count}, not null
     * @param rows the placement of each standard (a row of the rubric), in order, not null
     * @param explanation why, not null
     */
    public StageResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(raterId, "raterId");
        Objects.requireNonNull(placement, "placement");
        rows = Arguments.copyOf(rows, "rows");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns 1: a stage result is computed from one response.
     *
     * @return 1
     */
    @Override
    public long responseCount() {
        return 1;
    }
}
