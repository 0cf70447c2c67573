package org.engagementrubrics.core.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagementrubrics.core.internal.Phrases;
import org.engagementrubrics.core.internal.Words;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.Message;
import org.engagementrubrics.core.survey.ContactPeriod;

/**
 * Every sentence of a coverage result, in one place: the report decides, this class says what it decided,
 * as messages of the explanation bundle (the table's notes stay English). Percentages and points have one decimal, rounded half up.
 */
final class CoverageExplanations {

    private CoverageExplanations() {
    }

    static Explanation result(CoverageGoal goal, SmallCellRule rule, int families, List<Period> range,
            List<PeriodCoverage> periods, long outside) {
        Message span = range.isEmpty() ? Message.of("coverage.noPeriods")
                : range.size() == 1 ? Message.of("coverage.span", Phrases.count("count.period", 1), range.get(0).label())
                : Message.of("coverage.spanRange", Phrases.count("count.period", range.size()), range.get(0).label(),
                        range.get(range.size() - 1).label());
        Message summary = Message.of("coverage.summary", Phrases.count("count.family", families), goal.targetPercent(),
                unitMessage(goal.period()), span);
        List<Message> details = new ArrayList<>();
        details.add(goal.monitoredGroups().isEmpty() ? Message.of("coverage.monitoredNone")
                : Message.of("coverage.monitored", Phrases.join("list.comma", goal.monitoredGroups()),
                        goal.gapThreshold()));
        details.add(Message.of("coverage.smallCells", rule.describe()));
        long unrostered = periods.stream().mapToLong(PeriodCoverage::unrosteredContacts).sum();
        if (unrostered > 0) {
            details.add(Message.of("coverage.unrostered", Phrases.count("count.contact", unrostered)));
        }
        if (outside > 0) {
            details.add(Message.of("coverage.outside", Phrases.count("count.contact", outside)));
        }
        return Explanation.of(summary, details, periods.stream().map(PeriodCoverage::explanation).toList());
    }

    static Explanation period(Period period, CoverageGoal goal, SmallCellRule rule, Figures all,
            List<GroupCoverage> groups, long unrostered) {
        Message line;
        if (all instanceof Figures.Withheld) {
            line = Message.of("coverage.allWithheld", rule.minimum());
        } else if (all instanceof Figures.NoFamilies) {
            line = Message.of("coverage.noFamilies");
        } else {
            Figures.Shown shown = (Figures.Shown) all;
            Message target = shown.pointsBelowTarget() <= 0 ? Message.of("coverage.meetsTarget", goal.targetPercent())
                    : Message.of("coverage.belowTarget", Phrases.decimal(shown.pointsBelowTarget(), 1),
                            goal.targetPercent());
            List<Message> parts = new ArrayList<>();
            parts.add(Message.of("coverage.reached", shown.reached(), Phrases.count("count.family", shown.families()),
                    percent(shown.percent()), target));
            for (GroupCoverage group : groups) {
                parts.add(group(group, rule));
            }
            line = Phrases.join("list.semicolon", parts);
        }
        List<Message> details = unrostered == 0 ? List.of()
                : List.of(Message.of("coverage.unrostered", Phrases.count("count.contact", unrostered)));
        return Explanation.of(Message.of("title.line", period.label(), line), details, List.of());
    }

    private static Message group(GroupCoverage group, SmallCellRule rule) {
        Figures figures = group.figures();
        if (figures instanceof Figures.NoFamilies) {
            return Message.of("coverage.groupNoFamilies", group.groupId());
        } else if (figures instanceof Figures.Withheld withheld) {
            return Message.of("coverage.groupWithheld", group.groupId(), reasonMessage(withheld.reason(), rule));
        }
        Figures.Shown shown = (Figures.Shown) figures;
        double below = shown.pointsBelowAllFamilies();
        Message gap = below > 0 ? Message.of("coverage.gapBelow", Phrases.decimal(below, 1))
                : below < 0 ? Message.of("coverage.gapAbove", Phrases.decimal(-below, 1))
                : Message.of("coverage.gapLevel");
        return Message.of(shown.flagged() ? "coverage.groupFlagged" : "coverage.group", group.groupId(),
                shown.reached(), shown.families(), percent(shown.percent()), gap);
    }

    private static Message percent(double percent) {
        return Message.of("number.percent", Phrases.decimal(percent, 1));
    }

    private static String reason(SuppressionReason reason, SmallCellRule rule) {
        return reasonMessage(reason, rule).toString();
    }

    private static Message reasonMessage(SuppressionReason reason, SmallCellRule rule) {
        switch (reason) {
            case SMALL_GROUP:
                return Message.of("coverage.reasonSmall", rule.minimum());
            case COMPLEMENTARY:
                return Message.of("coverage.reasonComplementary");
            default:
                return Message.of("coverage.reasonRoster", rule.minimum());
        }
    }

    private static Message unitMessage(ContactPeriod period) {
        return Message.of("coverage.unit." + period.name().toLowerCase(Locale.ROOT));
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
