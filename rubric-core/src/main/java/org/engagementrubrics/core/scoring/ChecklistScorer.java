package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.Response;

/**
 * Counts checklist answers over one or more responses, per group and overall; not applicable is left out
 * of the observed share.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ChecklistScorer extends InstrumentScorer.Pooled<Checklist, ChecklistResult> {

    /** A group's id, title and item ids. */
    private record Group(String id, String title, List<String> itemIds) {
    }

    private final List<Group> groups;
    private final String title;

    ChecklistScorer(Checklist checklist) {
        super(checklist);
        List<Group> list = new ArrayList<>();
        for (ChecklistGroup group : checklist.groups()) {
            list.add(new Group(group.id(), group.title().text(), group.items().stream().map(ChecklistItem::id).toList()));
        }
        this.groups = List.copyOf(list);
        this.title = checklist.title().text();
    }

    @Override
    ChecklistResult summarize(InstrumentRef ref, List<Response> sorted) {
        List<ChecklistCounts> counts = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        MarkTally overall = new MarkTally();
        for (Group group : groups) {
            MarkTally tally = new MarkTally();
            for (String itemId : group.itemIds()) {
                for (Response response : sorted) {
                    ChecklistAnswer answer = ((ChecklistAnswers) response.evidence()).byItem().get(itemId);
                    tally.add(answer);
                    overall.add(answer);
                }
            }
            ChecklistCounts result = tally.counts(group.id());
            counts.add(result);
            parts.add(Explanations.group(group.title(), result));
        }
        ChecklistCounts total = overall.counts("overall");
        return new ChecklistResult(ref, ids(sorted), counts, total, Explanations.checklist(title, total, parts));
    }

    /** Counts answers by mark, and the items left unanswered. */
    private static final class MarkTally {
        private final Map<ChecklistMark, Integer> byMark = new EnumMap<>(ChecklistMark.class);
        private int unanswered;

        void add(ChecklistAnswer answer) {
            if (answer == null) {
                unanswered++;
            } else {
                byMark.merge(answer.mark(), 1, Integer::sum);
            }
        }

        ChecklistCounts counts(String key) {
            return new ChecklistCounts(key, count(ChecklistMark.OBSERVED), count(ChecklistMark.NOT_OBSERVED),
                    count(ChecklistMark.NOT_APPLICABLE), unanswered);
        }

        private int count(ChecklistMark mark) {
            return byMark.getOrDefault(mark, 0);
        }
    }
}
