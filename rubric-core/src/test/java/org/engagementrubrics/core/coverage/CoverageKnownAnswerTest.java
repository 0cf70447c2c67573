package org.engagementrubrics.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.junit.jupiter.api.Test;

/**
 * Contact coverage of a dozen families over two quarters, worked by hand (small-cell minimum k = 3, so that
 * twelve families exercise every rule).
 *
 * <pre>
 * family  race-ethnicity  multilingual-learner  iep   Q1 contacts (Aug 1 - Oct 31)   Q2 contacts (Nov 1 - Jan 31)
 * f01     asian                                       Aug 5, Oct 2 (twice: once)     -
 * f02     black                                 iep   Sep 10                         Nov 15
 * f03     black                                       Sep 10                         -
 * f04     black                                       -                              Nov 1 (boundary: Q2)
 * f05     hispanic        yes                         Oct 1                          Jan 10
 * f06     hispanic        yes                         Oct 31 (last day of Q1)        -
 * f07     hispanic        yes                         -                              Dec 1
 * f08     hispanic                                    -                              Jan 31 (last day of Q2)
 * f09     white           yes                         Aug 20                         -
 * f10     white                                 iep   Sep 1                          -
 * f11     white                                       Oct 15                         -
 * f12     (none)          yes                         Oct 20                         -
 * x99     not on the roster                           Sep 30                         -
 *
 * Suppression (k = 3), the same in both quarters since it depends on group sizes only:
 *   race-ethnicity: asian 1 (small: SMALL_GROUP), black 3, hispanic 4, white 3, remainder (f12) 1.
 *     U = {asian 1, remainder 1}: sum 2 &lt; 3, so withhold the next smallest shown cell: black 3 and white 3
 *     tie, black wins by id (COMPLEMENTARY). U = {asian, remainder, black}: 5 &gt;= 3, stop.
 *   multilingual-learner 5, non-members 7: nothing small, shown.
 *   iep 2 (small: SMALL_GROUP); U = {iep 2, non-iep 10}: two cells, 12 &gt;= 3, stop.
 *   free-reduced-lunch: monitored, on no family: shown with no families.
 *
 * period  all        hispanic (f05-f08)        white (f09-f11)           multilingual (f05,f06,f07,f09,f12)
 * Q1      9/12 75.0  2/4 50.0, 25.0 below: flag 3/3 100.0, 25.0 above    4/5 80.0, 5.0 above
 *         25.0 points below the 100% target; 1 contact not on the roster; unreached f04 f07 f08
 * Q2      5/12 41.7  3/4 75.0, 33.3 above       0/3 0.0, 41.7 below: flag 2/5 40.0, 1.7 below (41.667-40)
 *         58.3 points below the 100% target; unreached f01 f03 f06 f09 f10 f11 f12
 * </pre>
 */
class CoverageKnownAnswerTest {

    private static final SmallCellRule K3 = SmallCellRule.minimum(3);
    /** The dozen families worked by hand above; {@link CoverageTableTest} renders the same case. */
    static final Roster ROSTER = Roster.of(
            Family.of("f01", "race-ethnicity:asian"),
            Family.of("f02", "race-ethnicity:black", "iep"),
            Family.of("f03", "race-ethnicity:black"),
            Family.of("f04", "race-ethnicity:black"),
            Family.of("f05", "race-ethnicity:hispanic", "multilingual-learner"),
            Family.of("f06", "race-ethnicity:hispanic", "multilingual-learner"),
            Family.of("f07", "race-ethnicity:hispanic", "multilingual-learner"),
            Family.of("f08", "race-ethnicity:hispanic"),
            Family.of("f09", "race-ethnicity:white", "multilingual-learner"),
            Family.of("f10", "race-ethnicity:white", "iep"),
            Family.of("f11", "race-ethnicity:white"),
            Family.of("f12", "multilingual-learner"));
    static final CoverageGoal GOAL = CoverageGoal.builder()
            .monitor("race-ethnicity", "multilingual-learner", "iep", "free-reduced-lunch").build();
    static final List<ContactRecord> CONTACTS = List.of(
            contact("f01", 2025, 8, 5), contact("f02", 2025, 9, 10), contact("f03", 2025, 9, 10),
            contact("f05", 2025, 10, 1), contact("f06", 2025, 10, 31), contact("f09", 2025, 8, 20),
            contact("f10", 2025, 9, 1), contact("f11", 2025, 10, 15), contact("f12", 2025, 10, 20),
            contact("f01", 2025, 10, 2), contact("x99", 2025, 9, 30),
            contact("f04", 2025, 11, 1), contact("f07", 2025, 12, 1), contact("f08", 2026, 1, 31),
            contact("f02", 2025, 11, 15), contact("f05", 2026, 1, 10));

    private static ContactRecord contact(String family, int year, int month, int day) {
        return ContactRecord.of(family, LocalDate.of(year, month, day));
    }

    private static CoverageTally tally() {
        CoverageTally tally = CoverageTally.of(ROSTER, SchoolCalendar.defaults(), GOAL);
        tally.addAll(CONTACTS);
        return tally;
    }

    private static Figures.Shown shown(int families, int reached, double pointsBelowTarget, double pointsBelowAll,
            boolean flagged) {
        return new Figures.Shown(families, reached, (double) reached / families, pointsBelowTarget, pointsBelowAll,
                flagged);
    }

    @Test
    void twoQuartersOfADozenFamiliesMatchTheHandWorking() {
        CoverageResult result = tally().result(K3);

        assertThat(result.periods()).extracting(p -> p.period().label()).containsExactly("2025-26 Q1", "2025-26 Q2");
        PeriodCoverage q1 = result.periods().get(0);
        PeriodCoverage q2 = result.periods().get(1);
        assertThat(q1.contacts()).isEqualTo(11);
        assertThat(q1.unrosteredContacts()).isEqualTo(1);
        assertThat(q2.contacts()).isEqualTo(5);
        assertThat(q2.unrosteredContacts()).isZero();
        assertThat(result.unrosteredContacts()).isEqualTo(1);
        assertThat(result.contactsOutsidePeriods()).isZero();

        assertThat(q1.allFamilies()).isEqualTo(shown(12, 9, 25.0, 0.0, false));
        assertThat(q1.groups()).extracting(GroupCoverage::groupId).containsExactly("free-reduced-lunch", "iep",
                "multilingual-learner", "race-ethnicity:asian", "race-ethnicity:black", "race-ethnicity:hispanic",
                "race-ethnicity:white");
        assertThat(q1.group("free-reduced-lunch").figures()).isEqualTo(new Figures.NoFamilies());
        assertThat(q1.group("iep").figures()).isEqualTo(new Figures.Withheld(SuppressionReason.SMALL_GROUP));
        assertThat(q1.group("multilingual-learner").figures()).isEqualTo(shown(5, 4, 20.0, -5.0, false));
        assertThat(q1.group("race-ethnicity:asian").figures())
                .isEqualTo(new Figures.Withheld(SuppressionReason.SMALL_GROUP));
        assertThat(q1.group("race-ethnicity:black").figures())
                .isEqualTo(new Figures.Withheld(SuppressionReason.COMPLEMENTARY));
        assertThat(q1.group("race-ethnicity:hispanic").figures()).isEqualTo(shown(4, 2, 50.0, 25.0, true));
        assertThat(q1.group("race-ethnicity:white").figures()).isEqualTo(shown(3, 3, 0.0, -25.0, false));

        Figures.Shown all2 = (Figures.Shown) q2.allFamilies();
        assertThat(all2.reached()).isEqualTo(5);
        assertThat(all2.pointsBelowTarget()).isEqualTo(700.0 / 12);
        Figures.Shown white2 = (Figures.Shown) q2.group("race-ethnicity:white").figures();
        assertThat(white2.reached()).isZero();
        assertThat(white2.share()).isZero();
        assertThat(white2.flagged()).isTrue();
        Figures.Shown hispanic2 = (Figures.Shown) q2.group("race-ethnicity:hispanic").figures();
        assertThat(hispanic2.reached()).isEqualTo(3);
        assertThat(hispanic2.flagged()).isFalse();
        Figures.Shown learners2 = (Figures.Shown) q2.group("multilingual-learner").figures();
        assertThat(learners2.reached()).isEqualTo(2);
        assertThat(learners2.flagged()).isFalse();
        assertThat(q2.group("race-ethnicity:black").figures())
                .isEqualTo(new Figures.Withheld(SuppressionReason.COMPLEMENTARY));
    }

    @Test
    void theExplanationReadsLikeTheHandWorking() {
        CoverageResult result = tally().result(K3);

        assertThat(result.explanation().toText()).isEqualTo(""
                + "Contact coverage of 12 families against a 100% target per quarter: 2 periods, 2025-26 Q1 to 2025-26 Q2\n"
                + "  - monitored groups: race-ethnicity, multilingual-learner, iep, free-reduced-lunch; a group more"
                + " than 10 points below all families is flagged\n"
                + "  - small cells: groups of fewer than 3 withheld, with complementary suppression in each partition\n"
                + "  - 1 contact from families not on the roster\n"
                + "  2025-26 Q1: 9 of 12 families reached (75.0%), 25.0 points below the 100% target;"
                + " free-reduced-lunch: no families; iep withheld: fewer than 3 families;"
                + " multilingual-learner 4 of 5 (80.0%), 5.0 points above all families;"
                + " race-ethnicity:asian withheld: fewer than 3 families;"
                + " race-ethnicity:black withheld: would reveal a smaller group by subtraction;"
                + " race-ethnicity:hispanic 2 of 4 (50.0%), 25.0 points below all families: flagged;"
                + " race-ethnicity:white 3 of 3 (100.0%), 25.0 points above all families\n"
                + "    - 1 contact from families not on the roster\n"
                + "  2025-26 Q2: 5 of 12 families reached (41.7%), 58.3 points below the 100% target;"
                + " free-reduced-lunch: no families; iep withheld: fewer than 3 families;"
                + " multilingual-learner 2 of 5 (40.0%), 1.7 points below all families;"
                + " race-ethnicity:asian withheld: fewer than 3 families;"
                + " race-ethnicity:black withheld: would reveal a smaller group by subtraction;"
                + " race-ethnicity:hispanic 3 of 4 (75.0%), 33.3 points above all families;"
                + " race-ethnicity:white 0 of 3 (0.0%), 41.7 points below all families: flagged\n");
    }

    @Test
    void theOutreachListsNameTheUnreachedFamiliesInIdOrder() {
        CoverageTally tally = tally();
        SchoolCalendar calendar = SchoolCalendar.defaults();

        assertThat(tally.unreachedFamilies(calendar.periodOf(LocalDate.of(2025, 8, 1), ContactPeriod.QUARTER)))
                .containsExactly("f04", "f07", "f08");
        assertThat(tally.unreachedFamilies(calendar.periodOf(LocalDate.of(2026, 1, 31), ContactPeriod.QUARTER)))
                .containsExactly("f01", "f03", "f06", "f09", "f10", "f11", "f12");
        assertThat(tally.unreachedFamilies(calendar.periodOf(LocalDate.of(2026, 2, 1), ContactPeriod.QUARTER)))
                .hasSize(12);
    }

    @Test
    void anExplicitRangeReportsEmptyPeriodsAndCountsTheContactsOutsideIt() {
        CoverageTally tally = tally();

        CoverageResult firstOnly = tally.result(K3, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 10, 31));
        CoverageResult threeQuarters = tally.result(K3, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 1));

        assertThat(firstOnly.periods()).extracting(p -> p.period().label()).containsExactly("2025-26 Q1");
        assertThat(firstOnly.contactsOutsidePeriods()).isEqualTo(5);
        assertThat(firstOnly.explanation().details()).contains("5 contacts outside the periods reported");
        assertThat(threeQuarters.periods()).extracting(p -> p.period().label())
                .containsExactly("2025-26 Q1", "2025-26 Q2", "2025-26 Q3");
        assertThat(threeQuarters.periods().get(2).allFamilies()).isEqualTo(shown(12, 0, 100.0, 0.0, false));
        assertThat(threeQuarters.contactsOutsidePeriods()).isZero();
    }

    @Test
    void underTheDefaultRuleADozenFamiliesShowOnlyTheirTotal() {
        CoverageResult result = tally().result();

        PeriodCoverage q1 = result.periods().get(0);
        assertThat(result.rule()).isEqualTo(SmallCellRule.defaults());
        assertThat(q1.allFamilies()).isEqualTo(shown(12, 9, 25.0, 0.0, false));
        assertThat(q1.groups()).allSatisfy(group -> assertThat(group.figures()).isIn(new Figures.NoFamilies(),
                new Figures.Withheld(SuppressionReason.SMALL_GROUP)));
    }

    @Test
    void aRosterSmallerThanTheMinimumShowsNothing() {
        Roster five = Roster.of(ROSTER.families().subList(0, 5));
        CoverageTally tally = CoverageTally.of(five, SchoolCalendar.defaults(), GOAL);
        tally.addAll(CONTACTS);

        PeriodCoverage q1 = tally.result(SmallCellRule.defaults()).periods().get(0);

        assertThat(q1.allFamilies()).isEqualTo(new Figures.Withheld(SuppressionReason.SMALL_TOTAL));
        assertThat(q1.groups()).extracting(GroupCoverage::figures)
                .containsOnly(new Figures.Withheld(SuppressionReason.SMALL_TOTAL));
        assertThat(q1.explanation().summary())
                .isEqualTo("2025-26 Q1: every figure withheld: fewer than 10 families on the roster");
    }

    @Test
    void theSeedsExampleReadsAsTheBriefShowsIt() {
        List<Family> families = new java.util.ArrayList<>();
        for (int i = 0; i < 450; i++) {
            List<String> groups = new java.util.ArrayList<>();
            if (i < 80) {
                groups.add("multilingual-learner");
            }
            if (i >= 442) {
                groups.add("iep");
            }
            families.add(Family.of(String.format("fam-%03d", i), groups));
        }
        Roster roster = Roster.of(families);
        CoverageTally tally = CoverageTally.of(roster, SchoolCalendar.defaults(),
                CoverageGoal.builder().monitor("multilingual-learner", "iep").build());
        for (int i = 0; i < 450; i++) {
            boolean reached = i < 80 ? i < 61 : i < 80 + 351;
            if (reached) {
                tally.add(ContactRecord.of(String.format("fam-%03d", i), LocalDate.of(2025, 9, 2)));
            }
        }

        assertThat(tally.result().periods().get(0).explanation().summary()).isEqualTo("2025-26 Q1: 412 of 450"
                + " families reached (91.6%), 8.4 points below the 100% target; iep withheld: fewer than 10 families;"
                + " multilingual-learner 61 of 80 (76.3%), 15.3 points below all families: flagged");
    }
}
