package org.engagementrubrics.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.junit.jupiter.api.Test;

/** The tally's contract: what merges, what is refused, what an empty tally reports. */
class CoverageTallyTest {

    private static final Roster ROSTER = Roster.of(Family.of("a"), Family.of("b", "iep"));
    private static final CoverageGoal GOAL = CoverageGoal.builder().monitor("iep").build();

    private static CoverageTally tally() {
        return CoverageTally.of(ROSTER, SchoolCalendar.defaults(), GOAL);
    }

    @Test
    void anEmptyTallyReportsNoPeriodsAndSaysSo() {
        CoverageResult result = tally().result(SmallCellRule.off());

        assertThat(result.periods()).isEmpty();
        assertThat(result.families()).isEqualTo(2);
        assertThat(result.explanation().summary())
                .isEqualTo("Contact coverage of 2 families against a 100% target per quarter: no contacts, no periods");
        assertThat(result.explanation().details()).contains("small cells: nothing withheld (small-cell rule off)");
    }

    @Test
    void theResultNamesTheCalendarThatCutItsPeriods() {
        SchoolCalendar september = SchoolCalendar.of(MonthDay.of(9, 1));
        CoverageTally tally = CoverageTally.of(ROSTER, september, GOAL);
        tally.add(ContactRecord.of("a", LocalDate.of(2025, 9, 1)));

        CoverageResult result = tally.result(SmallCellRule.off());

        assertThat(result.calendar()).isEqualTo(september);
        assertThat(result.periods()).extracting(p -> p.period().start()).containsExactly(LocalDate.of(2025, 9, 1));
    }

    @Test
    void mergingAddsTheOtherTallysCountsAndLeavesItUnchanged() {
        CoverageTally one = tally();
        CoverageTally two = tally();
        one.add(ContactRecord.of("a", LocalDate.of(2025, 9, 1)));
        two.add(ContactRecord.of("a", LocalDate.of(2025, 9, 2)));
        two.add(ContactRecord.of("zz", LocalDate.of(2026, 3, 2)));

        assertThat(one.merge(two)).isSameAs(one);

        assertThat(one.contacts()).isEqualTo(3);
        assertThat(two.contacts()).isEqualTo(2);
        assertThat(one.periods()).extracting(Period::label).containsExactly("2025-26 Q1", "2025-26 Q3");
        assertThat(one.result(SmallCellRule.off()).periods()).extracting(PeriodCoverage::unrosteredContacts)
                .containsExactly(0L, 0L, 1L);
    }

    @Test
    void talliesOfAnotherRosterCalendarOrGoalOrTheTallyItselfAreRefused() {
        CoverageTally tally = tally();

        assertThatThrownBy(() -> tally.merge(tally)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("merged into itself");
        assertThatThrownBy(() -> tally.merge(CoverageTally.of(Roster.of(Family.of("a")), SchoolCalendar.defaults(),
                GOAL))).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("other: tallies merge only");
        assertThatThrownBy(() -> tally.merge(CoverageTally.of(ROSTER, SchoolCalendar.of(MonthDay.of(9, 1)), GOAL)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tally.merge(CoverageTally.of(ROSTER, SchoolCalendar.defaults(),
                GOAL.withGapThreshold(5)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(tally.merge(CoverageTally.of(Roster.of(Family.of("b", "iep"), Family.of("a")),
                SchoolCalendar.defaults(), GOAL))).isSameAs(tally);
    }

    @Test
    void anOutreachListIsOnlyForAPeriodOfTheGoalsUnitFromThisCalendar() {
        CoverageTally tally = tally();
        Period month = SchoolCalendar.defaults().periodOf(LocalDate.of(2025, 9, 1), ContactPeriod.MONTH);
        Period otherCalendar = SchoolCalendar.of(MonthDay.of(9, 1))
                .periodOf(LocalDate.of(2025, 9, 1), ContactPeriod.QUARTER);

        assertThatThrownBy(() -> tally.unreachedFamilies(month)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period: 2025-26 M02 is not a QUARTER of this calendar (school years from --08-01)");
        assertThatThrownBy(() -> tally.unreachedFamilies(otherCalendar)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContactForAFamilyNotOnTheRosterIsCountedAndNamedInTheExplanation() {
        CoverageTally tally = tally();
        tally.add(ContactRecord.of("not-listed", LocalDate.of(2025, 8, 1)));
        tally.add(ContactRecord.of("not-listed", LocalDate.of(2025, 8, 2)));

        CoverageResult result = tally.result(SmallCellRule.off());

        assertThat(result.unrosteredContacts()).isEqualTo(2);
        assertThat(result.periods().get(0).explanation().details())
                .containsExactly("2 contacts from families not on the roster");
        assertThat(tally.unreachedFamilies(result.periods().get(0).period())).containsExactly("a", "b");
    }
}
