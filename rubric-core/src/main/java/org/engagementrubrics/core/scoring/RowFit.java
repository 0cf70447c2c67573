package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The best fit of one row of a matrix: the tally of every column, the outcome, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rowId the row (standard or dimension), not null
 * @param tallies one tally per column in column order, not null
 * @param fit the outcome, not null
 * @param explanation why, not null
 */
public record RowFit(String rowId, List<ColumnTally> tallies, Fit fit, Explanation explanation) {

    /**
     * Creates a row's fit, copying the list of tallies.
     *
     * @param rowId the row (standard or dimension), not null
     * @param tallies one tally per column in column order, not null
     * @param fit the outcome, not null
     * @param explanation why, not null
     * @throws NullPointerException if a component or a list element is null
     */
    public RowFit {
        Objects.requireNonNull(rowId, "rowId");
        tallies = Arguments.copyOf(tallies, "tallies");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(explanation, "explanation");
    }
}
