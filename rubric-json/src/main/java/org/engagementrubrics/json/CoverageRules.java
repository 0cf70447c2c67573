package org.engagementrubrics.json;

import java.util.List;
import java.util.regex.Pattern;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.coverage.GroupCoverage;
import org.engagementrubrics.core.coverage.Period;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * The data rules of a {@code coverage-result} that no field states alone, each reported at the field that
 * breaks it: the periods are the calendar's, in order; the counts agree (a share is reached / families, no
 * row has more families than the roster, no period more unrostered contacts than contacts); each period lists
 * its groups once, sorted, each matched by a monitored group; the explanation has one part per period.
 * Derived figures that need the goal's arithmetic (points below the target or all families, the flag) are
 * taken as written.
 */
final class CoverageRules {

    private static final Pattern ID = Pattern.compile(WellFormedId.PATTERN);

    private CoverageRules() {
    }

    /** The counts of one period: not negative, and no more contacts off the roster than contacts. */
    static void checkPeriod(ObjectCodec.Values values, Node node, Problems problems) {
        long contacts = values.<Long>get("contacts");
        long unrostered = values.<Long>get("unrosteredContacts");
        if (contacts < 0) {
            problems.add(node.members.get("contacts"), FormatCodes.INVALID_VALUE, "'contacts' is " + contacts
                    + "; expected a count, at least 0");
        } else if (unrostered < 0 || unrostered > contacts) {
            problems.add(node.members.get("unrosteredContacts"), FormatCodes.INVALID_VALUE, "'unrosteredContacts' is "
                    + unrostered + "; expected 0 to the period's contacts (" + contacts + ")");
        }
    }

    /** Every rule across the fields of the whole result. */
    static void checkResult(ObjectCodec.Values values, Node node, Problems problems) {
        CoverageGoal goal = values.get("goal");
        SchoolCalendar calendar = values.get("calendar");
        int families = values.getInt("families");
        List<CoverageCodecs.PeriodEntry> periods = values.get("periods");
        Period previous = null;
        for (int i = 0; i < periods.size(); i++) {
            CoverageCodecs.PeriodEntry entry = periods.get(i);
            Node at = node.members.get("periods").elements.get(i);
            Period period = calendar.periodOf(entry.start(), goal.period());
            checkPeriodDays(entry, period, calendar, goal, at, problems);
            if (previous != null && entry.start().isBefore(previous.end())) {
                problems.add(at.members.get("start"), ProblemCodes.INCONSISTENT_ORDER, "'start' is " + entry.start()
                        + ", before the end of the previous period " + previous.label() + " (" + previous.end()
                        + "); expected the periods in order of time, each once");
            }
            previous = period;
            checkAllFamilies(entry.allFamilies(), families, at.members.get("allFamilies"), problems);
            checkGroups(entry.groups(), goal, families, at.members.get("groups"), problems);
        }
        Explanation explanation = values.get("explanation");
        if (explanation.parts().size() != periods.size()) {
            Node at = node.members.get("explanation");
            int parts = explanation.parts().size();
            problems.add(at.members.getOrDefault("parts", at), FormatCodes.INVALID_VALUE, "the explanation has "
                    + parts + (parts == 1 ? " part" : " parts") + "; expected one per period (" + periods.size() + ")");
        }
    }

    private static void checkPeriodDays(CoverageCodecs.PeriodEntry entry, Period period, SchoolCalendar calendar,
            CoverageGoal goal, Node at, Problems problems) {
        String unit = ValueCodecs.kindName(goal.period());
        if (!period.start().equals(entry.start())) {
            problems.add(at.members.get("start"), FormatCodes.INVALID_VALUE, "'start' is " + entry.start()
                    + ", which starts no " + unit + " of the calendar (school years from " + yearStart(calendar)
                    + "); expected the first day of a " + unit + ", such as " + period.start() + " (" + period.label()
                    + ")");
            return;
        }
        if (!period.end().equals(entry.end())) {
            problems.add(at.members.get("end"), FormatCodes.INVALID_VALUE, "'end' is " + entry.end() + "; expected "
                    + period.end() + ", the day after " + period.label() + " ends");
        }
        if (!period.label().equals(entry.label())) {
            problems.add(at.members.get("label"), FormatCodes.INVALID_VALUE, "'label' is \"" + entry.label()
                    + "\"; expected \"" + period.label() + "\", the name of the " + unit + " from " + period.start());
        }
    }

    private static void checkAllFamilies(Figures figures, int families, Node at, Problems problems) {
        if (figures instanceof Figures.Shown shown) {
            if (shown.families() != families) {
                problems.add(at.members.get("families"), FormatCodes.INVALID_VALUE, "'families' is "
                        + shown.families() + "; expected the result's families (" + families + ")");
            }
            checkShare(shown, at, problems);
        } else if (figures instanceof Figures.NoFamilies && families != 0) {
            problems.add(at, FormatCodes.INVALID_VALUE, "all families are 'no-families'; expected figures of the"
                    + " result's " + families + " families, shown or withheld");
        }
    }

    private static void checkGroups(List<GroupCoverage> groups, CoverageGoal goal, int families, Node array,
            Problems problems) {
        String previous = null;
        for (int j = 0; j < groups.size(); j++) {
            GroupCoverage group = groups.get(j);
            Node at = array.elements.get(j);
            Node id = at.members.get("groupId");
            if (!ID.matcher(group.groupId()).matches()) {
                problems.add(id, ProblemCodes.INVALID_ID, id.describe() + ", which is not an id; expected "
                        + WellFormedId.PATTERN);
            } else if (goal.monitoredGroups().stream().noneMatch(m -> CoverageGoal.matches(m, group.groupId()))) {
                problems.add(id, ProblemCodes.UNKNOWN_REFERENCE, id.describe() + ", which no monitored group of the"
                        + " goal matches; expected one of " + goal.monitoredGroups() + " or a value of one");
            } else if (previous != null && group.groupId().compareTo(previous) <= 0) {
                boolean twice = group.groupId().equals(previous);
                problems.add(id, twice ? ProblemCodes.DUPLICATE_ID : ProblemCodes.INCONSISTENT_ORDER, id.describe()
                        + (twice ? ", listed twice in the period" : ", after \"" + previous + "\"")
                        + "; expected the groups sorted by id, each once");
            }
            previous = group.groupId();
            if (group.figures() instanceof Figures.Shown shown) {
                Node figures = at.members.get("figures");
                if (shown.families() > families) {
                    problems.add(figures.members.get("families"), FormatCodes.INVALID_VALUE, "'families' is "
                            + shown.families() + ", more than the result's families (" + families + ")");
                }
                checkShare(shown, figures, problems);
            }
        }
    }

    /** The share is the one division {@code reached / families} that the tally makes. */
    private static void checkShare(Figures.Shown shown, Node figures, Problems problems) {
        double share = (double) shown.reached() / shown.families();
        if (Double.compare(share, shown.share()) != 0) {
            problems.add(figures.members.get("share"), FormatCodes.INVALID_VALUE, "'share' is " + shown.share()
                    + "; expected " + share + ", reached / families (" + shown.reached() + " / " + shown.families()
                    + ")");
        }
    }

    private static String yearStart(SchoolCalendar calendar) {
        return String.format(java.util.Locale.ROOT, "%02d-%02d", calendar.yearStart().getMonthValue(),
                calendar.yearStart().getDayOfMonth());
    }
}
