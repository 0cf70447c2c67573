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
 * @param standards the placement of each standard, in order, not null
 * @param explanation why, not null
 */
public record StageResult(InstrumentRef instrument, List<String> responseIds, String placement,
        List<RowFit> standards, Explanation explanation) implements ScoreResult {

    /**
     * Checks and copies the components.
     */
    public StageResult {
        Objects.requireNonNull(instrument, "instrument");
        responseIds = Arguments.copyOf(responseIds, "responseIds");
        Objects.requireNonNull(placement, "placement");
        standards = Arguments.copyOf(standards, "standards");
        Objects.requireNonNull(explanation, "explanation");
    }
}
