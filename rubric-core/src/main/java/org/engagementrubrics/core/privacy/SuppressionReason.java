package org.engagementrubrics.core.privacy;

/**
 * Why a cell's figures are withheld by a {@link SmallCellRule}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SuppressionReason {
    /** The group has members, but fewer than the minimum. */
    SMALL_GROUP,
    /** Shown, this cell would let a withheld small group's figures be worked out by subtraction. */
    COMPLEMENTARY,
    /** The whole table has members, but fewer than the minimum, so nothing is shown. */
    SMALL_TOTAL
}
