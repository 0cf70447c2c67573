package org.engagementrubrics.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The algorithm behind {@link SmallCellRule#suppress(int, List)}: primary suppression of small groups, then
 * complementary suppression within each partition (see the rule's class documentation).
 */
final class ComplementarySuppression {

    /** The order in which complementary cells are chosen: fewest members first, then by group id. */
    private static final Comparator<GroupCell> NEXT_SMALLEST =
            Comparator.comparingInt(GroupCell::members).thenComparing(GroupCell::groupId);

    private ComplementarySuppression() {
    }

    static List<Disclosure> decide(SmallCellRule rule, int total, List<GroupCell> cells) {
        Map<String, List<GroupCell>> partitions = partitions(total, cells);
        Map<String, SuppressionReason> withheld = new HashMap<>();
        if (rule.isSmall(total)) {
            cells.forEach(cell -> withheld.put(cell.groupId(), SuppressionReason.SMALL_TOTAL));
        } else if (!rule.isOff()) {
            for (GroupCell cell : cells) {
                if (rule.isSmall(cell.members())) {
                    withheld.put(cell.groupId(), SuppressionReason.SMALL_GROUP);
                }
            }
            partitions.values().forEach(partition -> complete(rule, total, partition, withheld));
        }
        List<Disclosure> decisions = new ArrayList<>(cells.size());
        for (GroupCell cell : cells) {
            SuppressionReason reason = withheld.get(cell.groupId());
            decisions.add(reason == null ? new Disclosure.Shown(cell.groupId(), cell.members())
                    : new Disclosure.Withheld(cell.groupId(), reason));
        }
        return decisions;
    }

    /**
     * Groups the cells by partition (a flag group is a partition of its own, keyed so that it cannot meet a
     * partition's name) and checks that no partition holds more members than the total.
     */
    private static Map<String, List<GroupCell>> partitions(int total, List<GroupCell> cells) {
        Set<String> seen = new HashSet<>();
        Map<String, List<GroupCell>> partitions = new TreeMap<>();
        for (GroupCell cell : cells) {
            if (!seen.add(cell.groupId())) {
                throw new IllegalArgumentException("cells: the group '" + cell.groupId() + "' appears twice");
            }
            if (cell.members() > total) {
                throw new IllegalArgumentException("cells: the group '" + cell.groupId() + "' has " + cell.members()
                        + " members, more than the total " + total);
            }
            String key = cell.partition() == null ? "flag " + cell.groupId() : "partition " + cell.partition();
            partitions.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
        }
        partitions.forEach((key, members) -> {
            long sum = members.stream().mapToLong(GroupCell::members).sum();
            if (sum > total) {
                throw new IllegalArgumentException("cells: the values of the " + key + " have " + sum
                        + " members together, more than the total " + total + "; a family has at most one value"
                        + " of a partition");
            }
        });
        return partitions;
    }

    /** Withholds cells of one partition, next smallest first, until no small unpublished cell can be recovered. */
    private static void complete(SmallCellRule rule, int total, List<GroupCell> partition,
            Map<String, SuppressionReason> withheld) {
        long remainder = total - partition.stream().mapToLong(GroupCell::members).sum();
        List<GroupCell> candidates = new ArrayList<>(partition);
        candidates.sort(NEXT_SMALLEST);
        while (recoverable(rule, remainder, partition, withheld)) {
            GroupCell next = null;
            for (GroupCell cell : candidates) {
                if (cell.members() > 0 && !withheld.containsKey(cell.groupId())) {
                    next = cell;
                    break;
                }
            }
            if (next == null) {
                // unreachable: with every cell withheld, U holds the whole total (at least k) in two or more cells
                throw new IllegalStateException("no cell left to withhold in " + partition);
            }
            withheld.put(next.groupId(), SuppressionReason.COMPLEMENTARY);
        }
    }

    /** Checks if the unpublished cells U hold a small group that subtraction recovers or leaves small. */
    private static boolean recoverable(SmallCellRule rule, long remainder, List<GroupCell> partition,
            Map<String, SuppressionReason> withheld) {
        int unpublished = 0;
        long members = 0;
        boolean small = false;
        if (remainder > 0) {
            unpublished++;
            members += remainder;
            small = rule.isSmall(remainder);
        }
        for (GroupCell cell : partition) {
            if (withheld.containsKey(cell.groupId())) {
                unpublished++;
                members += cell.members();
                small |= rule.isSmall(cell.members());
            }
        }
        return small && (unpublished == 1 || members < rule.minimum());
    }
}
