package org.engagementrubrics.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.junit.jupiter.api.Test;

/**
 * The coverage table, known answers: the dozen families of {@link CoverageKnownAnswerTest} (k = 3), whose
 * figures, gaps and withheld cells are worked by hand there, and the worked example of docs/privacy.md.
 */
class CoverageTableTest {

    private static final Roster DOZEN = CoverageKnownAnswerTest.ROSTER;
    private static final CoverageGoal GOAL = CoverageKnownAnswerTest.GOAL;
    private static final List<ContactRecord> CONTACTS = CoverageKnownAnswerTest.CONTACTS;

    private static CoverageResult dozen(SmallCellRule rule) {
        CoverageTally tally = CoverageTally.of(DOZEN, SchoolCalendar.defaults(), GOAL);
        tally.addAll(CONTACTS);
        return tally.result(rule);
    }

    @Test
    void theDozenFamiliesReadAsWorkedByHand() {
        String text = CoverageTable.of(dozen(SmallCellRule.minimum(3))).toText();

        assertThat(text).isEqualTo(""
                + "                           2025-26 Q1      2025-26 Q2\n"
                + "all families              9/12  75.0%      5/12 41.7%\n"
                + "free-reduced-lunch        no families     no families\n"
                + "iep                                 —¹              —¹\n"
                + "multilingual-learner       4/5  80.0%       2/5 40.0%\n"
                + "race-ethnicity:asian                —²              —²\n"
                + "race-ethnicity:black                —³              —³\n"
                + "race-ethnicity:hispanic    2/4  50.0% !     3/4 75.0%\n"
                + "race-ethnicity:white       3/3 100.0%       0/3  0.0% !\n"
                + "\n"
                + "Target: 100% of families reached at least once per quarter.\n"
                + "Gap threshold: 10 points; ! marks a group more than 10 points below all families.\n"
                + "Small cells: groups of fewer than 3 withheld, with complementary suppression in each partition.\n"
                + "¹ iep: fewer than 3 families\n"
                + "² race-ethnicity:asian: fewer than 3 families\n"
                + "³ race-ethnicity:black: withheld so that race-ethnicity:asian cannot be recovered by subtraction\n"
                + "1 contact from families not on the roster; 0 contacts outside the periods.\n");
    }

    @Test
    void theGapToTargetIsTheReachedPercentMinusTheTarget() {
        CoverageTable table = CoverageTable.of(dozen(SmallCellRule.minimum(3))).withGapToTarget(true);

        assertThat(table.showsGapToTarget()).isTrue();
        assertThat(table.toText()).startsWith(""
                + "                                   2025-26 Q1              2025-26 Q2\n"
                + "all families              9/12  75.0% (-25.0)     5/12 41.7%  (-58.3)\n"
                + "free-reduced-lunch                no families             no families\n"
                + "iep                                         —¹                      —¹\n"
                + "multilingual-learner       4/5  80.0% (-20.0)      2/5 40.0%  (-60.0)\n"
                + "race-ethnicity:asian                        —²                      —²\n"
                + "race-ethnicity:black                        —³                      —³\n"
                + "race-ethnicity:hispanic    2/4  50.0% (-50.0) !    3/4 75.0%  (-25.0)\n"
                + "race-ethnicity:white       3/3 100.0%  (+0.0)      0/3  0.0% (-100.0) !\n"
                + "\n")
                .contains("\n(+n.n) or (-n.n): the reached percent minus the 100% target, in points.\n");
    }

    @Test
    void aTargetBelowOneHundredShowsCellsAboveIt() {
        CoverageTally tally = CoverageTally.of(DOZEN, SchoolCalendar.defaults(),
                CoverageGoal.builder().targetPercent(70).build());
        tally.addAll(CONTACTS);

        String text = CoverageTable.of(tally.result(SmallCellRule.minimum(3), LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 8, 1))).withGapToTarget(true).toText();

        assertThat(text).startsWith(""
                + "                      2025-26 Q1\n"
                + "all families   9/12 75.0% (+5.0)\n"
                + "\n"
                + "Target: 70% of families reached at least once per quarter.\n")
                .endsWith("1 contact from families not on the roster; 5 contacts outside the periods.\n");
    }

    @Test
    void aRosterBelowTheMinimumWithholdsEveryFigureUnderOneFootnote() {
        CoverageTally tally = CoverageTally.of(Roster.of(DOZEN.families().subList(0, 5)), SchoolCalendar.defaults(),
                GOAL);
        tally.addAll(CONTACTS);

        String text = CoverageTable.of(tally.result()).toText();

        assertThat(text).startsWith(""
                + "                          2025-26 Q1    2025-26 Q2\n"
                + "all families                       —¹            —¹\n"
                + "free-reduced-lunch                 —¹            —¹\n")
                .contains("\n¹ every figure: fewer than 10 families on the roster\n")
                .doesNotContain("²");
    }

    @Test
    void eachComplementaryCellNamesWhatItProtects() {
        // docs/privacy.md: 120 families; asian 4, black 14, hispanic 40, white 58, 4 with no race-ethnicity;
        // iep 12; multilingual-learner 113 (7 non-members); foster-care monitored, on no family
        List<Family> families = new ArrayList<>();
        String[] race = new String[120];
        java.util.Arrays.fill(race, 0, 4, "race-ethnicity:asian");
        java.util.Arrays.fill(race, 4, 18, "race-ethnicity:black");
        java.util.Arrays.fill(race, 18, 58, "race-ethnicity:hispanic");
        java.util.Arrays.fill(race, 58, 116, "race-ethnicity:white");
        for (int n = 0; n < 120; n++) {
            List<String> groups = new ArrayList<>();
            if (race[n] != null) {
                groups.add(race[n]);
            }
            if (n < 12) {
                groups.add("iep");
            }
            if (n >= 7) {
                groups.add("multilingual-learner");
            }
            families.add(Family.of(String.format("fam-%03d", n), groups));
        }
        Roster roster = Roster.of(families);
        CoverageGoal goal = CoverageGoal.builder().monitor("race-ethnicity", "iep", "multilingual-learner",
                "foster-care").build();
        CoverageTally tally = CoverageTally.of(roster, SchoolCalendar.defaults(), goal);
        tally.add(ContactRecord.of("fam-000", LocalDate.of(2025, 9, 1)));

        String text = CoverageTable.of(tally.result()).toText();

        assertThat(text).contains(""
                + "¹ multilingual-learner: withheld so that the families not in multilingual-learner cannot be"
                + " recovered by subtraction\n"
                + "² race-ethnicity:asian: fewer than 10 families\n"
                + "³ race-ethnicity:black: withheld so that race-ethnicity:asian cannot be recovered by subtraction\n")
                .contains("\nfoster-care               no families\n")
                .contains("\niep                         1/12 8.3%\n");
    }

    @Test
    void aComplementaryCellProtectingOnlyTheRemainderSaysSo() {
        List<Family> families = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            families.add(family(n, n < 15 ? "race-ethnicity:a" : n < 25 ? "race-ethnicity:b" : null));
        }
        CoverageTally tally = CoverageTally.of(Roster.of(families), SchoolCalendar.defaults(),
                CoverageGoal.builder().monitor("race-ethnicity").build());
        tally.add(ContactRecord.of("fam-000", LocalDate.of(2025, 9, 1)));

        assertThat(CoverageTable.of(tally.result()).toText()).contains("\n¹ race-ethnicity:b: withheld so that the"
                + " families with no race-ethnicity value cannot be recovered by subtraction\n");
    }

    @Test
    void aResultWithNoPeriodsHasNotesOnly() {
        CoverageResult empty = CoverageTally.of(DOZEN, SchoolCalendar.defaults(), GOAL).result();

        assertThat(CoverageTable.of(empty).toText()).isEqualTo(""
                + "No periods: no contacts were counted.\n"
                + "Target: 100% of families reached at least once per quarter.\n"
                + "Gap threshold: 10 points; ! marks a group more than 10 points below all families.\n"
                + "Small cells: groups of fewer than 10 withheld, with complementary suppression in each partition.\n"
                + "0 contacts from families not on the roster; 0 contacts outside the periods.\n");
    }

    @Test
    void everyLineIsFreeOfTrailingSpacesAndTheTextIsTheSameEachTime() {
        CoverageResult result = dozen(SmallCellRule.minimum(3));
        CoverageTable table = CoverageTable.of(result).withGapToTarget(true);

        assertThat(table.toText().split("\n", -1)).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
        assertThat(table.toText()).isEqualTo(CoverageTable.of(dozen(SmallCellRule.minimum(3)))
                .withGapToTarget(true).toText());
        assertThat(table.withGapToTarget(true)).isSameAs(table);
        assertThat(table.withGapToTarget(false)).isEqualTo(CoverageTable.of(result)).isNotEqualTo(table);
        assertThat(table.result()).isSameAs(result);
        assertThat(table).hasToString("CoverageTable[2 periods, 8 rows, gap to target]");
    }

    private static Family family(int n, String group) {
        String id = String.format("fam-%03d", n);
        return group == null ? Family.of(id) : Family.of(id, group);
    }
}
