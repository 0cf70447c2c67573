package org.engagementrubrics.core.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagementrubrics.core.internal.Words;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.survey.ContactPeriod;

/**
 * Every English sentence of a coverage result, in one place: the report decides, this class says what it
 * decided. Percentages and points have one decimal, rounded half up.
 */
final class CoverageExplanations {

    private CoverageExplanations() {
    }

    static Explanation result(CoverageGoal goal, SmallCellRule rule, int families, List<Period> range,
            List<PeriodCoverage> periods, long outside) {
        String span = range.isEmpty() ? "no contacts, no periods"
                : Words.count(range.size(), "period") + ", " + range.get(0).label()
                        + (range.size() == 1 ? "" : " to " + range.get(range.size() - 1).label());
        String summary = "Contact coverage of " + Words.count(families, "family", "families") + " against a "
                + goal.targetPercent() + "% target per " + unit(goal.period()) + ": " + span;
        List<String> details = new ArrayList<>();
        details.add(goal.monitoredGroups().isEmpty() ? "monitored groups: none"
                : "monitored groups: " + String.join(", ", goal.monitoredGroups()) + "; a group more than "
                        + goal.gapThreshold() + " points below all families is flagged");
        details.add("small cells: " + rule.describe());
        long unrostered = periods.stream().mapToLong(PeriodCoverage::unrosteredContacts).sum();
        if (unrostered > 0) {
            details.add(Words.count(unrostered, "contact") + " from families not on the roster");
        }
        if (outside > 0) {
            details.add(Words.count(outside, "contact") + " outside the periods reported");
        }
        return new Explanation(summary, details, periods.stream().map(PeriodCoverage::explanation).toList());
    }

    static Explanation period(Period period, CoverageGoal goal, SmallCellRule rule, Figures all,
            List<GroupCoverage> groups, long unrostered) {
        StringBuilder line = new StringBuilder(period.label()).append(": ");
        if (all instanceof Figures.Withheld) {
            line.append("every figure withheld: fewer than ").append(rule.minimum()).append(" families on the roster");
        } else if (all instanceof Figures.NoFamilies) {
            line.append("no families on the roster");
        } else {
            Figures.Shown shown = (Figures.Shown) all;
            line.append(shown.reached()).append(" of ").append(Words.count(shown.families(), "family", "families"))
                    .append(" reached (").append(oneDecimal(shown.percent())).append("%), ");
            if (shown.pointsBelowTarget() <= 0) {
                line.append("meets the ").append(goal.targetPercent()).append("% target");
            } else {
                line.append(oneDecimal(shown.pointsBelowTarget())).append(" points below the ")
                        .append(goal.targetPercent()).append("% target");
            }
            for (GroupCoverage group : groups) {
                line.append("; ").append(group(group, rule));
            }
        }
        List<String> details = unrostered == 0 ? List.of()
                : List.of(Words.count(unrostered, "contact") + " from families not on the roster");
        return new Explanation(line.toString(), details, List.of());
    }

    private static String group(GroupCoverage group, SmallCellRule rule) {
        Figures figures = group.figures();
        if (figures instanceof Figures.NoFamilies) {
            return group.groupId() + ": no families";
        } else if (figures instanceof Figures.Withheld withheld) {
            return group.groupId() + " withheld: " + reason(withheld.reason(), rule);
        }
        Figures.Shown shown = (Figures.Shown) figures;
        double below = shown.pointsBelowAllFamilies();
        String gap = below > 0 ? oneDecimal(below) + " points below all families"
                : below < 0 ? oneDecimal(-below) + " points above all families" : "level with all families";
        return group.groupId() + " " + shown.reached() + " of " + shown.families() + " ("
                + oneDecimal(shown.percent()) + "%), " + gap + (shown.flagged() ? ": flagged" : "");
    }

    private static String reason(SuppressionReason reason, SmallCellRule rule) {
        switch (reason) {
            case SMALL_GROUP:
                return "fewer than " + rule.minimum() + " families";
            case COMPLEMENTARY:
                return "would reveal a smaller group by subtraction";
            default:
                return "fewer than " + rule.minimum() + " families on the roster";
        }
    }

    private static String unit(ContactPeriod period) {
        return period == ContactPeriod.YEAR ? "school year" : period.name().toLowerCase(Locale.ROOT);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
