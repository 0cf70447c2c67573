package org.engagementrubrics.core.groups;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.InstrumentRef;
import org.engagementrubrics.core.scoring.ScoreResult;

/**
 * Pooled results by roster group: the result of all responses, and for each roster group the result of the
 * responses of its families, its number of respondents (families that responded), or why it is withheld by a
 * {@link SmallCellRule}. Counts and pooled results only: no family id appears in a result.
 *
 * <pre>{@code
 * GroupedResult<SurveyResult> result = tally.result(SmallCellRule.defaults());
 * SurveyResult everyone = result.all();
 * if (result.group("iep") instanceof GroupResult.Shown<SurveyResult> iep) {
 *     SurveyResult families = iep.result();
 * }
 * String text = result.explanationWithResults().toText();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param all the result of every response, rostered or not, not null
 * @param rule the small-cell rule applied, not null
 * @param families the number of families on the roster, at least 0
 * @param respondents how many families on the roster responded, 0 to {@code families}
 * @param unrosteredResponses the responses whose rater is not on the roster, counted in {@code all} and in no
 *     group, 0 to the responses of {@code all}
 * @param groups one entry per roster group reported, sorted by group id, each group once, not null
 * @param explanation the grouping in plain text: who responded, the groups and the rule, a line for all
 *     responses and one per group saying how many families responded or why it is withheld; the pooled results
 *     explain themselves ({@link #explanationWithResults()}), not null
 * @param <R> the pooled result kind, such as {@code SurveyResult}
 */
public record GroupedResult<R extends ScoreResult>(R all, SmallCellRule rule, int families, int respondents,
        long unrosteredResponses, List<GroupResult<R>> groups, Explanation explanation) {

    /**
     * Checks and copies the components, and that the counts fit together: each respondent gave at least one
     * response on the roster, and every group shown is a part of all responses on the same instrument.
     *
     * @param all the result of every response, rostered or not, not null
     * @param rule the small-cell rule applied, not null
     * @param families the number of families on the roster, at least 0
     * @param respondents how many families on the roster responded, 0 to {@code families}
     * @param unrosteredResponses the responses whose rater is not on the roster, counted in {@code all} and in no
     *        group, 0 to the responses of {@code all}
     * @param groups one entry per roster group reported, sorted by group id, each group once, not null
     * @param explanation the grouping in plain text: who responded, the groups and the rule, a line for all
     *        responses and one per group saying how many families responded or why it is withheld; the pooled results
     *        explain themselves ({@link #explanationWithResults()}), not null
     * @throws NullPointerException if a component or a group is null
     * @throws IllegalArgumentException if a count is out of range, a group id appears twice, or a group's
     *     result is on another instrument or holds more respondents or responses than all responses
     */
    public GroupedResult {
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(rule, "rule");
        groups = Arguments.copyOf(groups, "groups");
        Objects.requireNonNull(explanation, "explanation");
        if (families < 0 || respondents < 0 || respondents > families) {
            throw new IllegalArgumentException("respondents: must be 0 to families (" + families + ", at least 0); was "
                    + respondents);
        }
        long responses = all.responseCount();
        if (unrosteredResponses < 0 || unrosteredResponses > responses) {
            throw new IllegalArgumentException("unrosteredResponses: must be 0 to the " + responses + " responses of"
                    + " all; was " + unrosteredResponses);
        }
        long rostered = responses - unrosteredResponses;
        if (respondents > rostered || respondents == 0 && rostered > 0) {
            throw new IllegalArgumentException("respondents: " + rostered + " responses on the roster need 1 to "
                    + rostered + " respondents (0 only when there are none); was " + respondents);
        }
        Set<String> seen = new HashSet<>();
        for (GroupResult<R> group : groups) {
            if (!seen.add(group.groupId())) {
                throw new IllegalArgumentException("groups: the group '" + group.groupId() + "' appears twice");
            }
            if (group instanceof GroupResult.Shown<R> shown) {
                requirePart(shown, all.instrument(), respondents, rostered);
            }
        }
    }

    private static void requirePart(GroupResult.Shown<?> shown, InstrumentRef instrument, int respondents,
            long rostered) {
        if (!shown.result().instrument().equals(instrument)) {
            throw new IllegalArgumentException("groups: the result of '" + shown.groupId() + "' is on "
                    + shown.result().instrument() + ", not on " + instrument);
        }
        if (shown.respondents() > respondents || shown.result().responseCount() > rostered) {
            throw new IllegalArgumentException("groups: '" + shown.groupId() + "' has " + shown.respondents()
                    + " respondents and " + shown.result().responseCount() + " responses, more than the " + respondents
                    + " respondents and " + rostered + " responses on the roster");
        }
    }

    /**
     * Returns the instrument every result is on.
     *
     * @return the instrument's id, version and fingerprint
     */
    public InstrumentRef instrument() {
        return all.instrument();
    }

    /**
     * Returns the explanation with each result's own explanation nested under its line: all responses' under
     * the line for all responses, each shown group's under the group's line. This is what
     * {@code rubric score --by-group} prints.
     *
     * @return the explanation
     */
    public Explanation explanationWithResults() {
        return GroupExplanations.withResults(this);
    }

    /**
     * Returns what the result says about one group.
     *
     * @param groupId the roster group id, not null
     * @return its entry
     * @throws IllegalArgumentException if the group is not reported
     */
    public GroupResult<R> group(String groupId) {
        Objects.requireNonNull(groupId, "groupId");
        for (GroupResult<R> group : groups) {
            if (group.groupId().equals(groupId)) {
                return group;
            }
        }
        throw new IllegalArgumentException("groupId: '" + groupId + "' is not reported; the groups are "
                + groups.stream().map(GroupResult::groupId).toList());
    }
}
