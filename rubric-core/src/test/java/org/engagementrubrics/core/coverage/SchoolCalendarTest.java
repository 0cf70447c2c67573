package org.engagementrubrics.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.junit.jupiter.api.Test;

/** School years, their periods and their names. */
class SchoolCalendarTest {

    private static final SchoolCalendar AUGUST = SchoolCalendar.defaults();

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void quartersStartEveryThreeMonthsFromTheYearStartAndOwnTheirFirstDay() {
        Period q1 = AUGUST.periodOf(day(2025, 8, 1), ContactPeriod.QUARTER);
        Period lastOfQ1 = AUGUST.periodOf(day(2025, 10, 31), ContactPeriod.QUARTER);
        Period q2 = AUGUST.periodOf(day(2025, 11, 1), ContactPeriod.QUARTER);
        Period q4 = AUGUST.periodOf(day(2026, 7, 31), ContactPeriod.QUARTER);

        assertThat(q1).isEqualTo(new Period(2025, ContactPeriod.QUARTER, 1, day(2025, 8, 1), day(2025, 11, 1),
                "2025-26 Q1"));
        assertThat(lastOfQ1).isEqualTo(q1);
        assertThat(q2.label()).isEqualTo("2025-26 Q2");
        assertThat(q2.start()).isEqualTo(q1.end());
        assertThat(q4).isEqualTo(new Period(2025, ContactPeriod.QUARTER, 4, day(2026, 5, 1), day(2026, 8, 1),
                "2025-26 Q4"));
        assertThat(AUGUST.next(q4).label()).isEqualTo("2026-27 Q1");
    }

    @Test
    void aDayBeforeTheYearStartBelongsToThePreviousSchoolYear() {
        assertThat(AUGUST.schoolYearOf(day(2026, 7, 31))).isEqualTo(2025);
        assertThat(AUGUST.schoolYearOf(day(2026, 8, 1))).isEqualTo(2026);
        assertThat(AUGUST.periodOf(day(2000, 1, 15), ContactPeriod.YEAR).label()).isEqualTo("1999-00");
    }

    @Test
    void monthsTermsWeeksAndTheYearAreNamedBySchoolYear() {
        LocalDate october = day(2025, 10, 9);

        assertThat(AUGUST.periodOf(october, ContactPeriod.MONTH)).isEqualTo(new Period(2025, ContactPeriod.MONTH, 3,
                day(2025, 10, 1), day(2025, 11, 1), "2025-26 M03"));
        assertThat(AUGUST.periodOf(day(2026, 1, 31), ContactPeriod.TERM).label()).isEqualTo("2025-26 T1");
        assertThat(AUGUST.periodOf(day(2026, 2, 1), ContactPeriod.TERM)).isEqualTo(new Period(2025, ContactPeriod.TERM,
                2, day(2026, 2, 1), day(2026, 8, 1), "2025-26 T2"));
        assertThat(AUGUST.periodOf(october, ContactPeriod.YEAR)).isEqualTo(new Period(2025, ContactPeriod.YEAR, 1,
                day(2025, 8, 1), day(2026, 8, 1), "2025-26"));
        assertThat(AUGUST.periodOf(day(2025, 8, 7), ContactPeriod.WEEK)).isEqualTo(new Period(2025, ContactPeriod.WEEK,
                1, day(2025, 8, 1), day(2025, 8, 8), "2025-26 W01"));
        assertThat(AUGUST.periodOf(day(2025, 8, 8), ContactPeriod.WEEK).label()).isEqualTo("2025-26 W02");
    }

    @Test
    void theLastWeekIsCutShortByTheNextYearsStart() {
        Period last = AUGUST.periodOf(day(2026, 7, 31), ContactPeriod.WEEK);

        assertThat(last).isEqualTo(new Period(2025, ContactPeriod.WEEK, 53, day(2026, 7, 31), day(2026, 8, 1),
                "2025-26 W53"));
        assertThat(AUGUST.next(last).label()).isEqualTo("2026-27 W01");
    }

    @Test
    void aConfiguredYearStartMovesEveryBoundary() {
        SchoolCalendar lateAugust = SchoolCalendar.of(MonthDay.of(8, 15));

        assertThat(lateAugust.periodOf(day(2025, 11, 14), ContactPeriod.QUARTER).label()).isEqualTo("2025-26 Q1");
        assertThat(lateAugust.periodOf(day(2025, 11, 15), ContactPeriod.QUARTER).start()).isEqualTo(day(2025, 11, 15));
        assertThat(lateAugust.periodOf(day(2025, 8, 14), ContactPeriod.QUARTER).label()).isEqualTo("2024-25 Q4");
    }

    @Test
    void aYearStartingOnTheFirstOfJanuaryIsNamedByItsOneYear() {
        SchoolCalendar calendarYear = SchoolCalendar.of(MonthDay.of(1, 1));

        assertThat(calendarYear.periodOf(day(2025, 4, 1), ContactPeriod.QUARTER).label()).isEqualTo("2025 Q2");
    }

    @Test
    void aYearStartOnTheTwentyNinthToThirtyFirstIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SchoolCalendar.of(MonthDay.of(8, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("yearStart: a school year must start on day 1 to 28 of a month, so that every month and"
                        + " quarter has its first day; was --08-31");
        assertThatThrownBy(() -> SchoolCalendar.of(MonthDay.of(2, 29))).isInstanceOf(IllegalArgumentException.class);
        assertThat(SchoolCalendar.of(MonthDay.of(9, 28)).yearStart()).isEqualTo(MonthDay.of(9, 28));
    }

    @Test
    void periodsListEveryPeriodFromTheFirstDayToTheLast() {
        assertThat(AUGUST.periods(day(2025, 9, 1), day(2026, 2, 1), ContactPeriod.QUARTER))
                .extracting(Period::label).containsExactly("2025-26 Q1", "2025-26 Q2", "2025-26 Q3");
        assertThat(AUGUST.periods(day(2025, 9, 1), day(2025, 9, 1), ContactPeriod.MONTH))
                .extracting(Period::label).containsExactly("2025-26 M02");
        assertThatThrownBy(() -> AUGUST.periods(day(2025, 9, 2), day(2025, 9, 1), ContactPeriod.MONTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to: ");
    }

    @Test
    void everyDayOfAYearFallsInExactlyTheOnePeriodThatContainsIt() {
        for (ContactPeriod unit : ContactPeriod.values()) {
            for (LocalDate date = day(2025, 7, 1); date.isBefore(day(2026, 9, 1)); date = date.plusDays(1)) {
                Period period = AUGUST.periodOf(date, unit);
                assertThat(period.contains(date)).as("%s %s", unit, date).isTrue();
                assertThat(AUGUST.next(period).start()).isEqualTo(period.end());
            }
        }
    }
}
