package org.engagementrubrics.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.testkit.AnalysisGenerators;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.MergeOrder;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Invariants of contact coverage over generated rosters (two partitions and three flag groups with skewed
 * sizes, so that small cells are common), contacts (some for families not on the roster), calendars, goals
 * and small-cell rules; each checked against figures recomputed here from the contacts, not by the tally.
 */
class CoveragePropertiesTest {

    private static final int CASES = 300;

    /** One generated case: a roster, its contacts split into parts, and how the parts are merged. */
    record Case(Roster roster, SchoolCalendar calendar, CoverageGoal goal, SmallCellRule rule,
            List<ContactRecord> contacts, List<List<ContactRecord>> parts, MergeOrder mergeOrder) {

        CoverageTally onePass() {
            CoverageTally tally = CoverageTally.of(roster, calendar, goal);
            tally.addAll(contacts);
            return tally;
        }

        @Override
        public String toString() {
            return "Case[" + calendar + ", " + goal + ", " + rule + ", families=" + roster.families()
                    + ", contacts=" + contacts + ", parts=" + parts.size() + ", " + mergeOrder + "]";
        }
    }

    static Gen<Case> cases() {
        return AnalysisGenerators.rosters().flatMap(roster -> random -> {
            SchoolCalendar calendar = AnalysisGenerators.calendars().generate(random);
            CoverageGoal goal = AnalysisGenerators.coverageGoals().generate(random);
            SmallCellRule rule = AnalysisGenerators.smallCellRules().generate(random);
            List<ContactRecord> contacts = AnalysisGenerators.contacts(roster).generate(random);
            List<List<ContactRecord>> parts = AnalysisGenerators.parts(contacts, 5).generate(random);
            return new Case(roster, calendar, goal, rule, contacts, parts, AnalysisGenerators.mergeOrders().generate(random));
        });
    }

    /** Merges the parts' tallies in a random tree: any pair, in either direction, until one is left. */
    private static CoverageTally merged(Case c) {
        List<CoverageTally> tallies = new ArrayList<>();
        for (List<ContactRecord> part : c.parts()) {
            CoverageTally tally = CoverageTally.of(c.roster(), c.calendar(), c.goal());
            tally.addAll(part);
            tallies.add(tally);
        }
        return c.mergeOrder().merge(tallies, CoverageTally::merge);
    }

    @Test
    void anySplitAndMergeOrderGivesTheOnePassResult() {
        int[] split = new int[1];
        Properties.forAll("coverage split and merge", CASES, cases(), c -> {
            if (c.parts().stream().filter(p -> !p.isEmpty()).count() >= 2) {
                split[0]++;
            }
            CoverageTally onePass = c.onePass();
            CoverageTally merged = merged(c);

            assertThat(merged.result(c.rule())).isEqualTo(onePass.result(c.rule()));
            assertThat(merged.periods()).isEqualTo(onePass.periods());
            assertThat(merged.contacts()).isEqualTo(c.contacts().size());
            for (Period period : onePass.periods()) {
                assertThat(merged.unreachedFamilies(period)).isEqualTo(onePass.unreachedFamilies(period));
            }
            LocalDate from = LocalDate.of(2025, 9, 1);
            assertThat(merged.result(c.rule(), from, from.plusDays(200)))
                    .isEqualTo(onePass.result(c.rule(), from, from.plusDays(200)));
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(split[0]).as("cases whose contacts are split over two or more tallies").isGreaterThan(150);
        }
    }

    @Test
    void sharesAreFractionsOfTheFamiliesReachedAndOneExactlyWhenAllWere() {
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("coverage shares", CASES, cases(), c -> {
            CoverageResult result = c.onePass().result(c.rule());
            Map<Period, BitSet> reached = reachedByPeriod(c);
            org.engagementrubrics.core.scoring.ExplanationLocales.check(result.explanation());

            for (PeriodCoverage period : result.periods()) {
                BitSet inPeriod = reached.getOrDefault(period.period(), new BitSet());
                check(period.allFamilies(), all(c.roster()), inPeriod, seen);
                for (GroupCoverage group : period.groups()) {
                    check(group.figures(), members(c.roster(), group.groupId()), inPeriod, seen);
                }
                long unrostered = c.contacts().stream().filter(x -> period.period().contains(x.date())
                        && !c.roster().contains(x.familyId())).count();
                assertThat(period.unrosteredContacts()).isEqualTo(unrostered);
                if (unrostered > 0) {
                    seen.merge("unrostered", 1, Integer::sum);
                }
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).as("shares seen").containsOnlyKeys("none", "some", "all", "unrostered");
            seen.values().forEach(n -> assertThat(n).isGreaterThan(50));
        }
    }

    private static void check(Figures figures, BitSet members, BitSet reached, Map<String, Integer> seen) {
        if (!(figures instanceof Figures.Shown shown)) {
            return;
        }
        BitSet both = (BitSet) members.clone();
        both.and(reached);
        assertThat(shown.families()).isEqualTo(members.cardinality());
        assertThat(shown.reached()).isEqualTo(both.cardinality());
        assertThat(shown.share()).isBetween(0.0, 1.0);
        assertThat(shown.share() == 1.0).isEqualTo(both.equals(members));
        seen.merge(shown.reached() == 0 ? "none" : shown.share() == 1.0 ? "all" : "some", 1, Integer::sum);
    }

    @Test
    void noWithheldFigureCanBeRecoveredBySubtractionWithinAPartition() {
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("coverage suppression", CASES, cases(), c -> {
            CoverageResult result = c.onePass().result(c.rule(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1));
            PeriodCoverage period = result.periods().get(0);
            int k = c.rule().minimum();
            int total = c.roster().size();
            if (period.allFamilies() instanceof Figures.Withheld) {
                seen.merge("SMALL_TOTAL", 1, Integer::sum);
                assertThat(c.rule().isSmall(total)).isTrue();
                assertThat(period.groups()).extracting(GroupCoverage::figures)
                        .containsOnly(new Figures.Withheld(SuppressionReason.SMALL_TOTAL));
                return;
            }
            assertThat(c.rule().isSmall(total)).isFalse();
            Map<String, List<GroupCoverage>> partitions = new TreeMap<>();
            for (GroupCoverage group : period.groups()) {
                int colon = group.groupId().indexOf(':');
                String key = colon < 0 ? "flag " + group.groupId() : group.groupId().substring(0, colon);
                partitions.computeIfAbsent(key, x -> new ArrayList<>()).add(group);
                int members = members(c.roster(), group.groupId()).cardinality();
                assertThat(group.figures() instanceof Figures.Shown && c.rule().isSmall(members))
                        .as("a small group shown: %s", group).isFalse();
                if (group.figures() instanceof Figures.Withheld withheld) {
                    seen.merge(withheld.reason().name(), 1, Integer::sum);
                }
            }
            for (List<GroupCoverage> partition : partitions.values()) {
                // what anyone can do with the published table: the total minus the shown cells
                int shownFamilies = 0;
                int unpublishedCells = 0;
                boolean smallUnpublished = false;
                BitSet covered = new BitSet();
                for (GroupCoverage group : partition) {
                    BitSet members = members(c.roster(), group.groupId());
                    covered.or(members);
                    if (group.figures() instanceof Figures.Shown shown) {
                        shownFamilies += shown.families();
                    } else if (group.figures() instanceof Figures.Withheld) {
                        unpublishedCells++;
                        smallUnpublished |= c.rule().isSmall(members.cardinality());
                    }
                }
                int remainder = total - covered.cardinality();
                if (remainder > 0) {
                    unpublishedCells++;
                    smallUnpublished |= c.rule().isSmall(remainder);
                }
                int unpublishedFamilies = total - shownFamilies;
                assertThat(unpublishedFamilies).as("families left by subtraction in %s", partition)
                        .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(k));
                if (smallUnpublished) {
                    assertThat(unpublishedCells).as("unpublished cells holding a small group in %s", partition)
                            .isGreaterThanOrEqualTo(2);
                    seen.merge("small remainder or withheld cell", 1, Integer::sum);
                }
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).as("suppression seen").containsKeys("SMALL_GROUP", "COMPLEMENTARY",
                    "small remainder or withheld cell");
            seen.values().forEach(n -> assertThat(n).isGreaterThan(20));
        }
    }

    private static Map<Period, BitSet> reachedByPeriod(Case c) {
        Map<Period, BitSet> reached = new HashMap<>();
        for (ContactRecord contact : c.contacts()) {
            int position = c.roster().families().stream().map(Family::id).toList().indexOf(contact.familyId());
            if (position >= 0) {
                reached.computeIfAbsent(c.calendar().periodOf(contact.date(), c.goal().period()), p -> new BitSet())
                        .set(position);
            }
        }
        return reached;
    }

    private static BitSet all(Roster roster) {
        BitSet all = new BitSet();
        all.set(0, roster.size());
        return all;
    }

    private static BitSet members(Roster roster, String groupId) {
        BitSet members = new BitSet();
        for (int i = 0; i < roster.size(); i++) {
            if (roster.families().get(i).isIn(groupId)) {
                members.set(i);
            }
        }
        return members;
    }
}
