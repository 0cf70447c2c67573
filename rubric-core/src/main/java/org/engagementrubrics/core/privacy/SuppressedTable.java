package org.engagementrubrics.core.privacy;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The decisions of a {@link SmallCellRule} for one table: whether the total is shown and, for each cell in
 * the order given, whether its figures are shown or withheld and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule applied, not null
 * @param total the number of members of the whole table, at least 0
 * @param cells the decision per cell, in the order the cells were given, not null
 */
public record SuppressedTable(SmallCellRule rule, int total, List<Disclosure> cells) {

    /**
     * Creates a table, copying the list of cells.
     *
     * @param rule the rule applied, not null
     * @param total the number of members of the whole table, at least 0
     * @param cells the decision per cell, in the order the cells were given, not null
     * @throws NullPointerException if a component or a list element is null
     * @throws IllegalArgumentException if {@code total} is negative
     */
    public SuppressedTable {
        Objects.requireNonNull(rule, "rule");
        cells = Arguments.copyOf(cells, "cells");
        if (total < 0) {
            throw new IllegalArgumentException("total: must be at least 0; was " + total);
        }
    }

    /**
     * Checks if the table's total figures may be shown: false when the total itself is small.
     *
     * @return true unless every figure is withheld as {@link SuppressionReason#SMALL_TOTAL}
     */
    public boolean totalShown() {
        return !rule.isSmall(total);
    }

    /**
     * Returns the decision for one group.
     *
     * @param groupId the group id, not null
     * @return the decision
     * @throws IllegalArgumentException if the table has no cell for the group
     */
    public Disclosure disclosure(String groupId) {
        Objects.requireNonNull(groupId, "groupId");
        for (Disclosure cell : cells) {
            if (cell.groupId().equals(groupId)) {
                return cell;
            }
        }
        throw new IllegalArgumentException("groupId: the table has no cell '" + groupId + "'");
    }
}
