package org.engagementrubrics.core.privacy;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The small-cell rule of a published table of group figures: the minimum number of members a group must
 * have for its figures to be shown (k, 10 by default), applied with complementary suppression.
 *
 * <pre>{@code
 * SuppressedTable table = SmallCellRule.defaults().suppress(120, List.of(
 *         GroupCell.of("race-ethnicity:asian", 4),
 *         GroupCell.of("race-ethnicity:hispanic", 50),
 *         GroupCell.of("race-ethnicity:white", 66),
 *         GroupCell.of("iep", 12)));
 * table.disclosure("race-ethnicity:asian");      // Withheld[SMALL_GROUP]
 * table.disclosure("race-ethnicity:hispanic");   // Withheld[COMPLEMENTARY]
 * }</pre>
 *
 * <h2>The rule</h2>
 * Given the total number of members of the table (such as every family on a roster) and its cells (a group
 * id and its number of members), {@link #suppress(int, List)} decides for each cell whether its figures are
 * shown or withheld, and why:
 * <ol>
 * <li>If the total itself is small ({@code 0 < total < k}) every figure is withheld,
 * {@link SuppressionReason#SMALL_TOTAL}.</li>
 * <li>A cell with {@code 0 < members < k} is withheld, {@link SuppressionReason#SMALL_GROUP}. A cell with 0
 * members is always shown (with 0 and no share): it says nothing about anyone.</li>
 * <li>Cells are read in partitions. A group id {@code p:v} is the value {@code v} of the partition
 * {@code p} (a family has at most one value of {@code p}); an id without {@code ':'} is a flag group, whose
 * partition is {members, non-members}. In each partition the <em>unpublished cells</em> U are its withheld
 * cells plus the implicit remainder (the members with no value of {@code p}, or the non-members of a flag
 * group), which is never printed, when the remainder has members. Anyone can compute the members and
 * figures of U as a whole by subtracting the shown cells from the total. So while U holds a cell with
 * {@code 0 < members < k} and either U has one cell (it is recovered exactly) or the members of U sum to
 * fewer than k (together they are still a small group), the next smallest shown cell of the partition with
 * members is withheld too, ties broken by group id: {@link SuppressionReason#COMPLEMENTARY}.</li>
 * </ol>
 * The loop ends: once every cell with members is withheld, U holds all the total's members (at least k), in
 * at least two cells whenever one of them is small. Partitions are handled independently. Overlapping groups
 * of different partitions (a family both {@code iep} and {@code multilingual-learner}) are not a partition:
 * no subtraction is possible between them, because the figures of their intersections (or differences) are
 * never printed, only each group's own figures and the total. The result depends on the cells' members only,
 * not on their order: the same table always gives the same decisions.
 *
 * <p>{@link #off()} withholds nothing. This class is immutable and thread-safe.
 */
public final class SmallCellRule {

    /** The default minimum group size, 10: the most common threshold in published state policies. */
    public static final int DEFAULT_MINIMUM = 10;

    private static final SmallCellRule DEFAULTS = new SmallCellRule(DEFAULT_MINIMUM);
    private static final SmallCellRule OFF = new SmallCellRule(0);

    private final int minimum;

    private SmallCellRule(int minimum) {
        this.minimum = minimum;
    }

    /**
     * Obtains the default rule: groups of fewer than {@value #DEFAULT_MINIMUM} members are withheld.
     *
     * @return the rule
     */
    public static SmallCellRule defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains a rule that withholds groups of fewer than {@code k} members.
     *
     * @param k the minimum group size, at least 2 (use {@link #off()} to withhold nothing)
     * @return the rule
     * @throws IllegalArgumentException if {@code k} is below 2
     */
    public static SmallCellRule minimum(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k: the minimum group size must be at least 2 (use SmallCellRule.off()"
                    + " to withhold nothing); was " + k);
        }
        return k == DEFAULT_MINIMUM ? DEFAULTS : new SmallCellRule(k);
    }

    /**
     * Obtains the rule that withholds nothing, for internal reports that are never published.
     *
     * @return the rule
     */
    public static SmallCellRule off() {
        return OFF;
    }

    /**
     * Returns the minimum group size k.
     *
     * @return k, or 0 if the rule is off
     */
    public int minimum() {
        return minimum;
    }

    /**
     * Checks if the rule is off.
     *
     * @return true if it withholds nothing
     */
    public boolean isOff() {
        return minimum == 0;
    }

    /**
     * Checks if a group of this many members is too small to show: {@code 0 < members < k}.
     *
     * @param members the number of members
     * @return true if its figures must be withheld
     */
    public boolean isSmall(long members) {
        return members > 0 && members < minimum;
    }

    /**
     * Decides which cells of one table are shown and which withheld, by the rule described above.
     *
     * @param total the number of members of the whole table, at least 0
     * @param cells the cells, each group id once, each with no more members than the total, and the values
     *     of each partition together no more than the total; possibly empty
     * @return the decision for each cell, in the order given
     * @throws NullPointerException if the list or a cell is null
     * @throws IllegalArgumentException if the total is negative, a group id appears twice, or a cell or a
     *     partition has more members than the total
     */
    public SuppressedTable suppress(int total, List<GroupCell> cells) {
        List<GroupCell> copy = Arguments.copyOf(cells, "cells");
        if (total < 0) {
            throw new IllegalArgumentException("total: must be at least 0; was " + total);
        }
        return new SuppressedTable(this, total, ComplementarySuppression.decide(this, total, copy));
    }

    /**
     * Describes the rule, such as "groups of fewer than 10 withheld, with complementary suppression".
     *
     * @return the description
     */
    public String describe() {
        return isOff() ? "nothing withheld (small-cell rule off)"
                : "groups of fewer than " + minimum + " withheld, with complementary suppression in each partition";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SmallCellRule rule && rule.minimum == minimum;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(minimum);
    }

    /**
     * Returns the rule's factory call: {@code SmallCellRule.minimum(10)} or {@code SmallCellRule.off()}.
     */
    @Override
    public String toString() {
        return isOff() ? "SmallCellRule.off()" : "SmallCellRule.minimum(" + minimum + ")";
    }
}
