package org.engagementrubrics.core.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Roster;

/**
 * Counts contact coverage as contact records stream past: for each period, which families on a roster were
 * reached at least once, and how many contacts named a family not on the roster.
 *
 * <pre>{@code
 * CoverageTally tally = CoverageTally.of(roster, SchoolCalendar.defaults(), CoverageGoal.from(contactGoal));
 * contacts.forEach(tally::add);                        // any order, any number
 * CoverageResult result = tally.result(SmallCellRule.defaults());
 * List<String> toCall = tally.unreachedFamilies(result.periods().get(0).period());
 * }</pre>
 *
 * <p>Memory is one bit set per period seen, indexed by roster position (families × periods), and never
 * grows with the number of contacts; a contact for a family not on the roster is counted in its period,
 * never dropped silently. Tallies of parts of the contacts (such as per file or per partition of a
 * distributed job) {@link #merge(CoverageTally) merge} into the tally of the whole: the result is the same
 * for any order of contacts and any split and merge order, because reaching is a set union and the other
 * figures are sums.
 *
 * <p>This class is mutable and not thread-safe: confine a tally to one thread, or give each thread its own
 * and merge them.
 */
public final class CoverageTally {

    private final Roster roster;
    private final SchoolCalendar calendar;
    private final CoverageGoal goal;
    private final TreeMap<Period, PeriodTally> periods = new TreeMap<>();
    private PeriodTally last;

    /** What is known of one period: who was reached, how many contacts, how many not on the roster. */
    static final class PeriodTally {
        final Period period;
        final BitSet reached = new BitSet();
        long contacts;
        long unrostered;

        PeriodTally(Period period) {
            this.period = period;
        }
    }

    private CoverageTally(Roster roster, SchoolCalendar calendar, CoverageGoal goal) {
        this.roster = roster;
        this.calendar = calendar;
        this.goal = goal;
    }

    /**
     * Obtains an empty tally.
     *
     * @param roster the families, not null
     * @param calendar the school calendar that names the periods, not null
     * @param goal the goal, whose period unit cuts the contacts into periods, not null
     * @return the tally
     */
    public static CoverageTally of(Roster roster, SchoolCalendar calendar, CoverageGoal goal) {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(goal, "goal");
        return new CoverageTally(roster, calendar, goal);
    }

    /**
     * Counts one contact in its period.
     *
     * @param contact the contact, not null
     */
    public void add(ContactRecord contact) {
        Objects.requireNonNull(contact, "contact");
        PeriodTally tally = tallyOf(contact.date());
        tally.contacts++;
        int position = roster.indexOf(contact.familyId());
        if (position < 0) {
            tally.unrostered++;
        } else {
            tally.reached.set(position);
        }
    }

    /**
     * Counts every contact of a sequence.
     *
     * @param contacts the contacts, not null, none null
     */
    public void addAll(Iterable<ContactRecord> contacts) {
        Objects.requireNonNull(contacts, "contacts");
        for (ContactRecord contact : contacts) {
            add(Objects.requireNonNull(contact, "contacts: a contact is null"));
        }
    }

    /**
     * Adds another tally's counts to this one, as if its contacts had been added here; the other is unchanged.
     *
     * @param other a tally over the same roster, calendar and goal, not this one, not null
     * @return this tally
     * @throws IllegalArgumentException if the other tally is this one or differs in roster, calendar or goal
     */
    public CoverageTally merge(CoverageTally other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("other: a tally cannot be merged into itself (its contacts would count"
                    + " twice)");
        }
        if (!calendar.equals(other.calendar) || !goal.equals(other.goal)
                || roster != other.roster && !roster.equals(other.roster)) {
            throw new IllegalArgumentException("other: tallies merge only over the same roster, calendar and goal;"
                    + " this " + describe() + ", the other " + other.describe());
        }
        for (PeriodTally theirs : other.periods.values()) {
            PeriodTally ours = periods.computeIfAbsent(theirs.period, PeriodTally::new);
            ours.reached.or(theirs.reached);
            ours.contacts += theirs.contacts;
            ours.unrostered += theirs.unrostered;
        }
        return this;
    }

    /**
     * Returns the roster.
     *
     * @return the roster
     */
    public Roster roster() {
        return roster;
    }

    /**
     * Returns the calendar.
     *
     * @return the calendar
     */
    public SchoolCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the goal.
     *
     * @return the goal
     */
    public CoverageGoal goal() {
        return goal;
    }

    /**
     * Returns the periods in which at least one contact was counted.
     *
     * @return the periods, in order
     */
    public List<Period> periods() {
        return List.copyOf(periods.keySet());
    }

    /**
     * Returns the number of contacts counted, on the roster or not.
     *
     * @return the count
     */
    public long contacts() {
        return periods.values().stream().mapToLong(t -> t.contacts).sum();
    }

    /**
     * Returns the ids of the families on the roster not reached in a period, for an outreach list. This is the
     * only place family ids come out of coverage; results hold counts only.
     *
     * @param period a period of the goal's unit from this tally's calendar, not null
     * @return the family ids, sorted; every family if no contact was counted in the period
     * @throws IllegalArgumentException if the period is not one this calendar makes for the goal's unit
     */
    public List<String> unreachedFamilies(Period period) {
        Objects.requireNonNull(period, "period");
        if (!period.equals(calendar.periodOf(period.start(), goal.period()))) {
            throw new IllegalArgumentException("period: " + period + " is not a " + goal.period()
                    + " of this calendar (school years from " + calendar.yearStart() + ")");
        }
        PeriodTally tally = periods.get(period);
        List<String> unreached = new ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            if (tally == null || !tally.reached.get(i)) {
                unreached.add(roster.families().get(i).id());
            }
        }
        return List.copyOf(unreached);
    }

    /**
     * Returns the coverage of every period from the first to the last in which a contact was counted, under
     * the default small-cell rule.
     *
     * @return the result
     */
    public CoverageResult result() {
        return result(SmallCellRule.defaults());
    }

    /**
     * Returns the coverage of every period from the first to the last in which a contact was counted.
     *
     * @param rule the small-cell rule, not null
     * @return the result; no periods if no contact was counted
     */
    public CoverageResult result(SmallCellRule rule) {
        Objects.requireNonNull(rule, "rule");
        List<Period> range = periods.isEmpty() ? List.of()
                : calendar.periods(periods.firstKey().start(), periods.lastKey().start(), goal.period());
        return CoverageReport.of(roster, calendar, goal, rule, range, periods);
    }

    /**
     * Returns the coverage of every period from the one holding {@code from} to the one holding {@code to},
     * whether or not a contact was counted in it; contacts in other periods are counted as outside.
     *
     * @param rule the small-cell rule, not null
     * @param from a day in the first period, not null
     * @param to a day in the last period, not before {@code from}, not null
     * @return the result
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public CoverageResult result(SmallCellRule rule, LocalDate from, LocalDate to) {
        Objects.requireNonNull(rule, "rule");
        return CoverageReport.of(roster, calendar, goal, rule, calendar.periods(from, to, goal.period()), periods);
    }

    private PeriodTally tallyOf(LocalDate date) {
        if (last == null || !last.period.contains(date)) {
            Period period = calendar.periodOf(date, goal.period());
            last = periods.computeIfAbsent(period, PeriodTally::new);
        }
        return last;
    }

    private String describe() {
        return roster + ", " + calendar + ", " + goal;
    }
}
