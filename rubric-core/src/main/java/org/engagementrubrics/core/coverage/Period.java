package org.engagementrubrics.core.coverage;

import java.time.LocalDate;
import java.util.Objects;
import org.engagementrubrics.core.survey.ContactPeriod;

/**
 * One period of a school year, such as the first quarter of 2025-26, as a {@link SchoolCalendar} makes it:
 * the days from {@code start} (inclusive) to {@code end} (exclusive).
 *
 * <p>Periods order by start, then end. This class is immutable and thread-safe.
 *
 * @param schoolYear the calendar year in which the school year starts, such as 2025 for 2025-26
 * @param unit the kind of period, not null
 * @param index the period's number within the school year, from 1 (quarter 1 to 4, month 1 to 12, term 1
 *     or 2, week 1 to 53, year 1)
 * @param start the first day, not null
 * @param end the day after the last, after {@code start}, not null
 * @param label the name, such as {@code 2025-26 Q1}, {@code 2025-26 M03}, {@code 2025-26 T2},
 *     {@code 2025-26 W01} or {@code 2025-26}, not blank
 */
public record Period(int schoolYear, ContactPeriod unit, int index, LocalDate start, LocalDate end, String label)
        implements Comparable<Period> {

    /**
     * Creates a period.
     *
     * @param schoolYear the calendar year in which the school year starts, such as 2025 for 2025-26
     * @param unit the kind of period, not null
     * @param index the period's number within the school year, from 1 (quarter 1 to 4, month 1 to 12, term 1
     *        or 2, week 1 to 53, year 1)
     * @param start the first day, not null
     * @param end the day after the last, after {@code start}, not null
     * @param label the name, such as {@code 2025-26 Q1}, {@code 2025-26 M03}, {@code 2025-26 T2},
     *        {@code 2025-26 W01} or {@code 2025-26}, not blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the index is below 1, the end is not after the start or the label
     *     is blank
     */
    public Period {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
        if (index < 1) {
            throw new IllegalArgumentException("index: must be at least 1; was " + index);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end: must be after the start " + start + "; was " + end);
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("label: must not be blank");
        }
    }

    /**
     * Checks if a day falls in the period.
     *
     * @param date the day, not null
     * @return true if {@code start <= date < end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && date.isBefore(end);
    }

    /**
     * Compares by start, then by end.
     *
     * @param other the other period, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Period other) {
        Objects.requireNonNull(other, "other");
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    /**
     * Returns the label.
     */
    @Override
    public String toString() {
        return label;
    }
}
