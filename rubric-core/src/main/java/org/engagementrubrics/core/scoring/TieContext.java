package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * What a {@link TiePolicy} sees: the instrument and row, and the tied columns with their tallies.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrumentId the instrument being scored, not null
 * @param rowId the tied row, not null
 * @param tied the tied columns' tallies in column order, at least two
 */
public record TieContext(String instrumentId, String rowId, List<ColumnTally> tied) {

    /**
     * Creates the context of a tie, copying the list of tied columns.
     *
     * @param instrumentId the instrument being scored, not null
     * @param rowId the tied row, not null
     * @param tied the tied columns' tallies in column order, at least two
     * @throws NullPointerException if a component or a list element is null
     */
    public TieContext {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(rowId, "rowId");
        tied = Arguments.copyOf(tied, "tied");
    }

    /**
     * Returns the tied columns' ids in column order.
     *
     * @return the ids
     */
    public List<String> tiedIds() {
        return tied.stream().map(ColumnTally::columnId).toList();
    }
}
