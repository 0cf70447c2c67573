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
    private final List<String> groupIds;
    private final int largestGroup;
    private final String title;

    ChecklistScorer(Checklist checklist) {
        super(checklist);
        List<Group> list = new ArrayList<>();
        for (ChecklistGroup group : checklist.groups()) {
            list.add(new Group(group.id(), group.title().text(), group.items().stream().map(ChecklistItem::id).toList()));
        }
        this.groups = List.copyOf(list);
        this.groupIds = groups.stream().map(Group::id).toList();
        this.largestGroup = groups.stream().mapToInt(group -> group.itemIds().size()).max().orElse(0);
        this.title = checklist.title().text();
    }

    @Override
    Accumulator<ChecklistResult> accumulator() {
        return new Counts();
    }

    /** The answers counted per group; the overall counts are their sum. */
    private final class Counts extends Accumulator<ChecklistResult> {

        private final List<MarkTally> byGroup = new ArrayList<>();

        Counts() {
            super(largestGroup);
            groups.forEach(group -> byGroup.add(new MarkTally()));
        }

        @Override
        void count(Response response) {
            Map<String, ChecklistAnswer> answers = ((ChecklistAnswers) response.evidence()).byItem();
            for (int i = 0; i < groups.size(); i++) {
                for (String itemId : groups.get(i).itemIds()) {
                    byGroup.get(i).add(answers.get(itemId));
                }
            }
        }

        @Override
        void mergeCounts(Accumulator<?> other) {
            List<MarkTally> others = ((Counts) other).byGroup;
            for (int i = 0; i < byGroup.size(); i++) {
                byGroup.get(i).add(others.get(i).counts("merged"));
            }
        }

        @Override
        void check(TallyState state) {
            ChecklistTallyState checklist = requireKind(state, ChecklistTallyState.class, "checklist");
            requireKeys("groups", checklist.groups().stream().map(ChecklistCounts::key).toList(), groupIds);
            long responses = checklist.responses().count();
            for (int i = 0; i < groups.size(); i++) {
                ChecklistCounts counts = checklist.groups().get(i);
                long items = groups.get(i).itemIds().size();
                long found = (long) counts.observed() + counts.notObserved() + counts.notApplicable()
                        + counts.unanswered();
                if (found != responses * items) {
                    throw new IllegalArgumentException("the tally state counts " + found + " answers in group '"
                            + counts.key() + "'; " + responses + " responses on its " + items + " items give "
                            + responses * items);
                }
            }
        }

        @Override
        void restoreCounts(TallyState state) {
            List<ChecklistCounts> counts = ((ChecklistTallyState) state).groups();
            for (int i = 0; i < byGroup.size(); i++) {
                byGroup.get(i).add(counts.get(i));
            }
        }

        @Override
        TallyState state(InstrumentRef ref) {
            List<ChecklistCounts> counts = new ArrayList<>(byGroup.size());
            for (int i = 0; i < byGroup.size(); i++) {
                counts.add(byGroup.get(i).counts(groupIds.get(i)));
            }
            return new ChecklistTallyState(ref, pool(), counts);
        }

        @Override
        ChecklistResult result(InstrumentRef ref) {
            List<ChecklistCounts> counts = new ArrayList<>();
            MarkTally overall = new MarkTally();
            for (int i = 0; i < groups.size(); i++) {
                ChecklistCounts result = byGroup.get(i).counts(groups.get(i).id());
                overall.add(result);
                counts.add(result);
            }
            ChecklistCounts total = overall.counts("overall");
            return new ChecklistResult(ref, pool(), counts, total, explain(counts, total));
        }
    }

    @Override
    ChecklistResult explained(ScoreResult result, String tiePolicy) {
        ChecklistResult checklist = requireResult(result, ChecklistResult.class);
        requireParts("groups", checklist.groups().stream().map(ChecklistCounts::key).toList(), groupIds);
        return new ChecklistResult(checklist.instrument(), checklist.responses(), checklist.groups(),
                checklist.overall(), explain(checklist.groups(), checklist.overall()));
    }

    private Explanation explain(List<ChecklistCounts> counts, ChecklistCounts overall) {
        List<Explanation> parts = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            parts.add(Explanations.group(groups.get(i).title(), counts.get(i)));
        }
        return Explanations.checklist(title, overall, parts);
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

        /**
         * Adds counts made elsewhere.
         *
         * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
         */
        void add(ChecklistCounts counts) {
            byMark.merge(ChecklistMark.OBSERVED, counts.observed(), Math::addExact);
            byMark.merge(ChecklistMark.NOT_OBSERVED, counts.notObserved(), Math::addExact);
            byMark.merge(ChecklistMark.NOT_APPLICABLE, counts.notApplicable(), Math::addExact);
            unanswered = Math.addExact(unanswered, counts.unanswered());
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
