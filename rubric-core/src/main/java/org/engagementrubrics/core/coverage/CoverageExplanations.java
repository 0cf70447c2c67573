package org.engagementrubrics.core.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagementrubrics.core.internal.Words;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.roster.Family;
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

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** One decimal with its sign, {@code +2.0} or {@code -8.4}; zero is {@code +0.0}. */
    static String signedOneDecimal(double value) {
        return String.format(Locale.ROOT, "%+.1f", 0.0 + value);
    }

    /**
     * Why a cell of a {@link CoverageTable} is withheld, in words; a complementary cell names the withheld
     * small groups of its partition that it protects, or the remainder when none is withheld.
     */
    static String withheldReason(String groupId, SuppressionReason reason, SmallCellRule rule,
            List<GroupCoverage> groups) {
        if (reason != SuppressionReason.COMPLEMENTARY) {
            return reason(reason, rule);
        }
        String partition = Family.partitionOf(groupId);
        if (partition == null) {
            return "withheld so that the families not in " + groupId + " cannot be recovered by subtraction";
        }
        List<String> small = new ArrayList<>();
        for (GroupCoverage group : groups) {
            if (partition.equals(Family.partitionOf(group.groupId()))
                    && group.figures() instanceof Figures.Withheld withheld
                    && withheld.reason() == SuppressionReason.SMALL_GROUP) {
                small.add(group.groupId());
            }
        }
        String recovered = small.isEmpty() ? "the families with no " + partition + " value" : and(small);
        return "withheld so that " + recovered + " cannot be recovered by subtraction";
    }

    /** The lines under a {@link CoverageTable}: goal, rule, footnotes (text to mark, in order) and counts. */
    static List<String> tableNotes(CoverageResult result, boolean gapToTarget, Map<String, String> footnotes) {
        CoverageGoal goal = result.goal();
        List<String> notes = new ArrayList<>();
        if (result.periods().isEmpty()) {
            notes.add("No periods: no contacts were counted.");
        }
        notes.add("Target: " + goal.targetPercent() + "% of families reached at least once per " + unit(goal.period())
                + ".");
        notes.add("Gap threshold: " + Words.count(goal.gapThreshold(), "point") + "; ! marks a group more than "
                + Words.count(goal.gapThreshold(), "point") + " below all families.");
        if (gapToTarget) {
            notes.add("(+n.n) or (-n.n): the reached percent minus the " + goal.targetPercent()
                    + "% target, in points.");
        }
        notes.add("Small cells: " + result.rule().describe() + ".");
        footnotes.forEach((text, mark) -> notes.add(mark + " " + text));
        notes.add(Words.count(result.unrosteredContacts(), "contact") + " from families not on the roster; "
                + Words.count(result.contactsOutsidePeriods(), "contact") + " outside the periods.");
        return notes;
    }

    private static String and(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }
}
