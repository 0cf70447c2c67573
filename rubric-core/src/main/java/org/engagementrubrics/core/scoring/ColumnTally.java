package org.engagementrubrics.core.scoring;

import java.util.Objects;

/**
 * How many of one column's statements in one row were marked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param columnId the column (stage or archetype), not null
 * @param rank the column's level, larger is higher
 * @param marked the marked statements, zero or more
 * @param total the column's statements in this row, at least {@code marked}
 */
public record ColumnTally(String columnId, int rank, int marked, int total) {

    /**
     * Refuses a tally whose marked count is negative or exceeds its total.
     *
     * @param columnId the column (stage or archetype), not null
     * @param rank the column's level, larger is higher
     * @param marked the marked statements, zero or more
     * @param total the column's statements in this row, at least {@code marked}
     */
    public ColumnTally {
        Objects.requireNonNull(columnId, "columnId");
        if (marked < 0 || total < marked) {
            throw new IllegalArgumentException("tally of '" + columnId + "' must have 0 <= marked <= total; was "
                    + marked + " of " + total);
        }
    }

    /**
     * Returns the share of this column's statements that were marked.
     *
     * @return marked / total, or 0 when the column has no statements in this row
     */
    public double share() {
        return total == 0 ? 0 : (double) marked / total;
    }

    /**
     * Compares the marked shares of two tallies exactly, without rounding.
     *
     * @param other the other tally, not null
     * @return negative, zero or positive as this share is smaller, equal or larger
     */
    public int compareShare(ColumnTally other) {
        Objects.requireNonNull(other, "other");
        if (total == 0 || other.total == 0) {
            return Double.compare(share(), other.share());
        }
        return Long.compare((long) marked * other.total, (long) other.marked * total);
    }
}
