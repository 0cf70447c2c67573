package org.engagementrubrics.core.groups;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.internal.Words;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.ScoreResult;

/**
 * Every English sentence of a {@link GroupedResult}, in one place: the tally decides, this class says what it
 * decided.
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
        String summary = "Results by roster group: " + Words.count(groups.size(), "group") + ", "
                + Words.count(families, "family", "families") + " on the roster";
        List<String> details = new ArrayList<>();
        details.add(groups.isEmpty() ? "groups: none"
                : "groups: " + String.join(", ", groups.stream().map(GroupResult::groupId).toList()));
        details.add("small cells: " + rule.describe() + "; a group's size is the number of its families that"
                + " responded");
        if (unrostered > 0) {
            details.add(Words.count(unrostered, "response") + " from " + raters(unrostered) + " not on the roster: in"
                    + " all responses, in no group");
        }
        List<Explanation> parts = new ArrayList<>(groups.size() + 1);
        parts.add(new Explanation("all responses: " + responded(respondents) + (unrostered == 0 ? ""
                : ", and " + Words.count(unrostered, "response") + " came from " + raters(unrostered)
                        + " not on the roster"),
                List.of(), List.of()));
        for (GroupResult<R> group : groups) {
            parts.add(group(group, rule));
        }
        return new Explanation(summary, details, parts);
    }

    private static Explanation group(GroupResult<?> group, SmallCellRule rule) {
        if (group instanceof GroupResult.Shown<?> shown) {
            return Explanation.of(group.groupId() + ": " + responded(shown.respondents()));
        } else if (group instanceof GroupResult.Withheld<?> withheld) {
            return Explanation.of(group.groupId() + " withheld: " + reason(withheld.reason(), rule));
        }
        return Explanation.of(group.groupId() + ": no families responded");
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
            parts.add(new Explanation(line.summary(), line.details(), under));
        }
        return new Explanation(grouping.summary(), grouping.details(), parts);
    }

    private static String raters(long responses) {
        return responses == 1 ? "a rater" : "raters";
    }

    private static String responded(int families) {
        return Words.count(families, "family", "families") + " responded";
    }

    private static String reason(SuppressionReason reason, SmallCellRule rule) {
        switch (reason) {
            case SMALL_GROUP:
                return "fewer than " + rule.minimum() + " families responded";
            case COMPLEMENTARY:
                return "would reveal a smaller group by subtraction";
            default:
                return "fewer than " + rule.minimum() + " families on the roster responded";
        }
    }
}
