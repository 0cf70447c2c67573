package org.engagementrubrics.core.groups;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.internal.Phrases;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.Message;
import org.engagementrubrics.core.scoring.ScoreResult;

/**
 * Every sentence of a {@link GroupedResult}, in one place: the tally decides, this class says what it
 * decided, as messages of the explanation bundle.
 */
final class GroupExplanations {

    private GroupExplanations() {
    }

    /**
     * The grouping: a summary, the groups and the rule, then a line for all responses and one per group. The
     * pooled results explain themselves; {@link #withResults} nests their explanations under these lines.
     */
    static <R extends ScoreResult> Explanation result(R all, SmallCellRule rule, int families, int respondents,
            long unrostered, List<GroupResult<R>> groups) {
        Message summary = Message.of("groups.summary", Phrases.count("count.group", groups.size()),
                Phrases.count("count.family", families));
        List<Message> details = new ArrayList<>();
        details.add(groups.isEmpty() ? Message.of("groups.none")
                : Message.of("groups.list", Phrases.join("list.comma", groups.stream().map(GroupResult::groupId).toList())));
        details.add(Message.of("groups.smallCells", rule.describe()));
        String plural = unrostered == 1 ? ".one" : ".other";
        if (unrostered > 0) {
            details.add(Message.of("groups.unrostered" + plural, Phrases.count("count.response", unrostered)));
        }
        List<Explanation> parts = new ArrayList<>(groups.size() + 1);
        parts.add(Explanation.of(unrostered == 0 ? Message.of("groups.all", responded(respondents))
                : Message.of("groups.allUnrostered" + plural, responded(respondents),
                        Phrases.count("count.response", unrostered))));
        for (GroupResult<R> group : groups) {
            parts.add(group(group, rule));
        }
        return Explanation.of(summary, details, parts);
    }

    private static Explanation group(GroupResult<?> group, SmallCellRule rule) {
        if (group instanceof GroupResult.Shown<?> shown) {
            return Explanation.of(Message.of("groups.shown", group.groupId(), responded(shown.respondents())));
        } else if (group instanceof GroupResult.Withheld<?> withheld) {
            return Explanation.of(Message.of("groups.withheld", group.groupId(), reason(withheld.reason(), rule)));
        }
        return Explanation.of(Message.of("groups.noneResponded", group.groupId()));
    }

    /**
     * The explanation of a result with the explanation of all responses nested under its line and each shown
     * group's under the group's line.
     */
    static Explanation withResults(GroupedResult<?> result) {
        Explanation grouping = result.explanation();
        List<Explanation> parts = new ArrayList<>(grouping.parts().size());
        for (int i = 0; i < grouping.parts().size(); i++) {
            Explanation line = grouping.parts().get(i);
            ScoreResult nested = i == 0 ? result.all()
                    : i <= result.groups().size() && result.groups().get(i - 1) instanceof GroupResult.Shown<?> shown
                            ? shown.result() : null;
            List<Explanation> under = new ArrayList<>(line.parts());
            if (nested != null) {
                under.add(nested.explanation());
            }
            parts.add(line.withParts(under));
        }
        return grouping.withParts(parts);
    }

    private static Message responded(int families) {
        return Message.of("groups.responded", Phrases.count("count.family", families));
    }

    private static Message reason(SuppressionReason reason, SmallCellRule rule) {
        switch (reason) {
            case SMALL_GROUP:
                return Message.of("groups.reasonSmall", rule.minimum());
            case COMPLEMENTARY:
                return Message.of("groups.reasonComplementary");
            default:
                return Message.of("groups.reasonRoster", rule.minimum());
        }
    }
}
