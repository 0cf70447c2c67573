package org.engagementrubrics.core.coverage;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.engagementrubrics.core.privacy.Disclosure;
import org.engagementrubrics.core.privacy.GroupCell;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressedTable;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.Explanation;

/**
 * Turns a tally's counts into a {@link CoverageResult}: the groups matched by the goal, the small-cell
 * decisions (made once, since a group's families are the same in every period) and the figures per period.
 */
final class CoverageReport {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final CoverageGoal goal;
    private final SmallCellRule rule;
    private final int families;
    private final List<String> groupIds;
    private final List<BitSet> members;
    private final SuppressedTable table;

    private CoverageReport(Roster roster, CoverageGoal goal, SmallCellRule rule) {
        this.goal = goal;
        this.rule = rule;
        this.families = roster.size();
        TreeSet<String> ids = new TreeSet<>();
        for (String monitored : goal.monitoredGroups()) {
            boolean matched = false;
            for (String group : roster.groupIds()) {
                if (CoverageGoal.matches(monitored, group)) {
                    ids.add(group);
                    matched = true;
                }
            }
            if (!matched) {
                ids.add(monitored); // shown with no families, so that a misspelt group is visible
            }
        }
        this.groupIds = List.copyOf(ids);
        Map<String, BitSet> byGroup = new TreeMap<>();
        groupIds.forEach(id -> byGroup.put(id, new BitSet(families)));
        for (int i = 0; i < families; i++) {
            Family family = roster.families().get(i);
            for (String group : family.groups()) {
                BitSet bits = byGroup.get(group);
                if (bits != null) {
                    bits.set(i);
                }
            }
        }
        this.members = List.copyOf(byGroup.values());
        List<GroupCell> cells = new ArrayList<>();
        for (int g = 0; g < groupIds.size(); g++) {
            cells.add(GroupCell.of(groupIds.get(g), members.get(g).cardinality()));
        }
        this.table = rule.suppress(families, cells);
    }

    static CoverageResult of(Roster roster, SchoolCalendar calendar, CoverageGoal goal, SmallCellRule rule,
            List<Period> range, Map<Period, CoverageTally.PeriodTally> tallies) {
        CoverageReport report = new CoverageReport(roster, goal, rule);
        List<PeriodCoverage> periods = new ArrayList<>(range.size());
        long inside = 0;
        for (Period period : range) {
            CoverageTally.PeriodTally tally = tallies.get(period);
            periods.add(report.period(period, tally));
            inside += tally == null ? 0 : tally.contacts;
        }
        long all = tallies.values().stream().mapToLong(t -> t.contacts).sum();
        long outside = all - inside;
        Explanation explanation = CoverageExplanations.result(goal, rule, report.families, range, periods,
                outside);
        return new CoverageResult(goal, rule, calendar, report.families, periods, outside, explanation);
    }

    private PeriodCoverage period(Period period, CoverageTally.PeriodTally tally) {
        BitSet reached = tally == null ? new BitSet() : tally.reached;
        long contacts = tally == null ? 0 : tally.contacts;
        long unrostered = tally == null ? 0 : tally.unrostered;
        int reachedAll = reached.cardinality();
        Figures all;
        if (!table.totalShown()) {
            all = new Figures.Withheld(SuppressionReason.SMALL_TOTAL);
        } else if (families == 0) {
            all = new Figures.NoFamilies();
        } else {
            all = new Figures.Shown(families, reachedAll, (double) reachedAll / families,
                    pointsBelowTarget(reachedAll, families), 0.0, false);
        }
        List<GroupCoverage> groups = new ArrayList<>(groupIds.size());
        for (int g = 0; g < groupIds.size(); g++) {
            Disclosure disclosure = table.cells().get(g);
            int size = members.get(g).cardinality();
            Figures figures;
            if (disclosure instanceof Disclosure.Withheld withheld) {
                figures = new Figures.Withheld(withheld.reason());
            } else if (size == 0) {
                figures = new Figures.NoFamilies();
            } else {
                BitSet both = (BitSet) members.get(g).clone();
                both.and(reached);
                int count = both.cardinality();
                figures = new Figures.Shown(size, count, (double) count / size, pointsBelowTarget(count, size),
                        pointsBelow(reachedAll, families, count, size), gapExceeds(reachedAll, families, count, size));
            }
            groups.add(new GroupCoverage(groupIds.get(g), figures));
        }
        Explanation explanation = CoverageExplanations.period(period, goal, rule, all, groups, unrostered);
        return new PeriodCoverage(period, contacts, unrostered, all, groups, explanation);
    }

    /** The target minus the reached percent, from one exact numerator: {@code (target n - 100 r) / n}. */
    private double pointsBelowTarget(long reached, long size) {
        return (double) (goal.targetPercent() * size - 100 * reached) / size;
    }

    /** All families' reached percent minus the group's: {@code 100 (rA nG - rG nA) / (nA nG)}. */
    private static double pointsBelow(long reachedAll, long all, long reached, long size) {
        return 100.0 * (reachedAll * size - reached * all) / ((double) all * size);
    }

    /**
     * Checks {@code pointsBelow > threshold} in integers, so that a gap of exactly the threshold is never
     * flagged by a rounding error: {@code 100 (rA nG - rG nA) > threshold nA nG}.
     */
    private boolean gapExceeds(long reachedAll, long all, long reached, long size) {
        BigInteger gap = BigInteger.valueOf(reachedAll).multiply(BigInteger.valueOf(size))
                .subtract(BigInteger.valueOf(reached).multiply(BigInteger.valueOf(all))).multiply(HUNDRED);
        BigInteger bound = BigInteger.valueOf(goal.gapThreshold()).multiply(BigInteger.valueOf(all))
                .multiply(BigInteger.valueOf(size));
        return gap.compareTo(bound) > 0;
    }
}
