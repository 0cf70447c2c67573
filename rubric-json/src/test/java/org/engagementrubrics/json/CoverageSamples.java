package org.engagementrubrics.json;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.survey.ContactPeriod;

/**
 * Coverage results for the format's tests: the dozen families of rubric-core's hand-worked
 * {@code CoverageKnownAnswerTest} (two quarters of 2025-26, a withheld small group and its complementary cell,
 * a flag group, a flagged gap, a group on no family, a contact for a family not on the roster), under other
 * rules, calendars and ranges.
 */
final class CoverageSamples {

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

    private CoverageSamples() {
    }

    private static ContactRecord contact(String family, int year, int month, int day) {
        return ContactRecord.of(family, LocalDate.of(year, month, day));
    }

    private static CoverageTally tally(SchoolCalendar calendar, CoverageGoal goal) {
        CoverageTally tally = CoverageTally.of(ROSTER, calendar, goal);
        tally.addAll(CONTACTS);
        return tally;
    }

    /** Two quarters under a minimum of 3: every kind of figures, withheld for both reasons. */
    static CoverageResult twoQuarters() {
        return tally(SchoolCalendar.defaults(), GOAL).result(SmallCellRule.minimum(3));
    }

    /** The first quarter alone, three groups monitored: the example of docs/format.md. */
    static CoverageResult firstQuarter() {
        CoverageGoal goal = CoverageGoal.builder().monitor("iep", "multilingual-learner", "free-reduced-lunch").build();
        return tally(SchoolCalendar.defaults(), goal).result(SmallCellRule.minimum(3), LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 10, 31));
    }

    /**
     * Months of a year starting on 1 September, 95% target, gap threshold 20, nothing withheld, October to
     * December only (months 2 to 4): the 8 contacts of August, September and January fall outside.
     */
    static CoverageResult monthsRuleOff() {
        CoverageGoal goal = CoverageGoal.builder().targetPercent(95).period(ContactPeriod.MONTH)
                .monitor("iep", "race-ethnicity").gapThreshold(20).build();
        return tally(SchoolCalendar.of(MonthDay.of(9, 1)), goal).result(SmallCellRule.off(),
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
    }

    /** The default rule on a dozen families: every group withheld, the total shown. */
    static CoverageResult defaultRule() {
        return tally(SchoolCalendar.defaults(), GOAL).result(SmallCellRule.defaults());
    }

    /** A roster smaller than the minimum: every figure withheld as a small total. */
    static CoverageResult smallTotal() {
        CoverageTally tally = CoverageTally.of(Roster.of(Family.of("a", "iep"), Family.of("b")),
                SchoolCalendar.defaults(), CoverageGoal.builder().period(ContactPeriod.YEAR).monitor("iep").build());
        tally.add(ContactRecord.of("a", LocalDate.of(2026, 2, 2)));
        return tally.result();
    }

    /** No contacts at all: no periods. */
    static CoverageResult noPeriods() {
        return CoverageTally.of(ROSTER, SchoolCalendar.defaults(), GOAL).result(SmallCellRule.minimum(3));
    }
}
