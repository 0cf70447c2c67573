package org.engagementrubrics.core.coverage;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.engagementrubrics.core.survey.ContactPeriod;

/**
 * A district's school year, from the day it starts, cut into the periods of a contact goal: weeks, months,
 * quarters, two terms or the whole year, each named by school year ({@code 2025-26 Q1}).
 *
 * <pre>{@code
 * SchoolCalendar calendar = SchoolCalendar.defaults();                  // years start on 1 August
 * Period q1 = calendar.periodOf(LocalDate.of(2025, 9, 15), ContactPeriod.QUARTER);
 * q1.label();                                                           // "2025-26 Q1"
 * calendar.periodOf(LocalDate.of(2025, 11, 1), ContactPeriod.QUARTER);  // 2025-26 Q2: starts that day
 * }</pre>
 *
 * <p>The school year starting in year Y begins on {@code yearStart} of Y. Quarter k starts
 * {@code 3(k-1)} months after that day, month k {@code k-1} months after it, term 2 six months after it;
 * week k starts {@code 7(k-1)} days after it, and the last week (53) is cut short by the next year's start.
 * A day on a boundary belongs to the period that starts that day. A year start on the 29th to 31st of a
 * month is refused, because not every month has that day and the periods would drift. School years are
 * named "2025-26"; a year that starts on 1 January is named "2025". This class is immutable and
 * thread-safe.
 *
 * @param yearStart the first day of every school year, day 1 to 28 of its month, not null
 */
public record SchoolCalendar(MonthDay yearStart) {

    /** The default first day of a school year: 1 August. */
    public static final MonthDay DEFAULT_YEAR_START = MonthDay.of(8, 1);

    private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
    private static final int TERMS = 2;
    private static final int DAYS_PER_WEEK = 7;

    /**
     * Creates a calendar whose school years start on the given day.
     *
     * @param yearStart the first day of every school year, day 1 to 28 of its month, not null
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if its day of the month is 29 to 31
     */
    public SchoolCalendar {
        Objects.requireNonNull(yearStart, "yearStart");
        if (yearStart.getDayOfMonth() > 28) {
            throw new IllegalArgumentException("yearStart: a school year must start on day 1 to 28 of a month, so"
                    + " that every month and quarter has its first day; was " + yearStart);
        }
    }

    /**
     * Obtains a calendar whose school years start on the given day.
     *
     * @param yearStart the first day of every school year, day 1 to 28 of its month, not null
     * @return the calendar
     */
    public static SchoolCalendar of(MonthDay yearStart) {
        return new SchoolCalendar(yearStart);
    }

    /**
     * Obtains the default calendar, whose school years start on 1 August.
     *
     * @return the calendar
     */
    public static SchoolCalendar defaults() {
        return new SchoolCalendar(DEFAULT_YEAR_START);
    }

    /**
     * Returns the calendar year in which the school year holding a day starts.
     *
     * @param date the day, not null
     * @return the year, such as 2025 for any day of 2025-26
     */
    public int schoolYearOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.isBefore(yearStart.atYear(date.getYear())) ? date.getYear() - 1 : date.getYear();
    }

    /**
     * Returns the period of a kind that holds a day.
     *
     * @param date the day, not null
     * @param unit the kind of period, not null
     * @return the period
     */
    public Period periodOf(LocalDate date, ContactPeriod unit) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(unit, "unit");
        int year = schoolYearOf(date);
        LocalDate first = yearStart.atYear(year);
        LocalDate next = yearStart.atYear(year + 1);
        int index;
        switch (unit) {
            case WEEK:
                index = (int) (ChronoUnit.DAYS.between(first, date) / DAYS_PER_WEEK) + 1;
                break;
            case MONTH:
                index = (int) ChronoUnit.MONTHS.between(first, date) + 1;
                break;
            case QUARTER:
                index = (int) (ChronoUnit.MONTHS.between(first, date) / 3) + 1;
                break;
            case TERM:
                index = (int) (ChronoUnit.MONTHS.between(first, date) / (12 / TERMS)) + 1;
                break;
            default:
                index = 1;
        }
        return period(year, unit, index, first, next);
    }

    /**
     * Returns the period that follows one.
     *
     * @param period a period, not null
     * @return the next period of the same kind
     */
    public Period next(Period period) {
        Objects.requireNonNull(period, "period");
        return periodOf(period.end(), period.unit());
    }

    /**
     * Returns every period of a kind from the one holding {@code from} to the one holding {@code to}.
     *
     * @param from the first day, not null
     * @param to the last day, not before {@code from}, not null
     * @param unit the kind of period, not null
     * @return the periods, in order, at least one
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<Period> periods(LocalDate from, LocalDate to, ContactPeriod unit) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unit, "unit");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: must not be before from " + from + "; was " + to);
        }
        List<Period> periods = new ArrayList<>();
        for (Period period = periodOf(from, unit); !period.start().isAfter(to); period = next(period)) {
            periods.add(period);
        }
        return List.copyOf(periods);
    }

    private Period period(int year, ContactPeriod unit, int index, LocalDate first, LocalDate next) {
        String name = yearStart.equals(NEW_YEAR) ? Integer.toString(year)
                : String.format(Locale.ROOT, "%d-%02d", year, Math.floorMod(year + 1, 100));
        switch (unit) {
            case WEEK: {
                LocalDate start = first.plusDays((long) DAYS_PER_WEEK * (index - 1));
                LocalDate end = start.plusDays(DAYS_PER_WEEK);
                return new Period(year, unit, index, start, end.isAfter(next) ? next : end,
                        name + String.format(Locale.ROOT, " W%02d", index));
            }
            case MONTH:
                return new Period(year, unit, index, first.plusMonths(index - 1L), first.plusMonths(index),
                        name + String.format(Locale.ROOT, " M%02d", index));
            case QUARTER:
                return new Period(year, unit, index, first.plusMonths(3L * (index - 1)), first.plusMonths(3L * index),
                        name + " Q" + index);
            case TERM:
                return new Period(year, unit, index, first.plusMonths(6L * (index - 1)), first.plusMonths(6L * index),
                        name + " T" + index);
            default:
                return new Period(year, unit, 1, first, next, name);
        }
    }
}
