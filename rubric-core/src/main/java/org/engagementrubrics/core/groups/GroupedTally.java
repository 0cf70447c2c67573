package org.engagementrubrics.core.groups;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.privacy.Disclosure;
import org.engagementrubrics.core.privacy.GroupCell;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressedTable;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * Pools responses on one instrument by roster group as they stream past: one {@link Tally} of every response
 * and one per roster group, each response joined to the roster by its rater id (a response never carries
 * demographics), and which families on the roster responded.
 *
 * <pre>{@code
 * PreparedInstrument<Survey, SurveyResult> survey = engine.prepare(guardianSurvey);
 * GroupedTally<SurveyResult> tally = GroupedTally.of(survey, roster, List.of("iep", "race-ethnicity"));
 * responses.forEach(tally::add);                        // checked, in any order, any number
 * GroupedResult<SurveyResult> result = tally.result(SmallCellRule.defaults());
 * }</pre>
 *
 * <p>A response whose rater is not on the roster is counted in the result of all responses and in no group,
 * and the result says how many there were. Memory is one tally per group (groups × instrument) and one bit
 * per family on the roster (who responded); it never grows with the number of responses. The small-cell
 * rule is applied to the families that responded, not to the responses: a family that answers twice is one
 * respondent. Tallies of parts of the responses {@link #merge(GroupedTally) merge} into the tally of the
 * whole, in any order, with the same result: counts are sums and respondents a set union.
 *
 * <p>This class is mutable and not thread-safe: confine a tally to one thread, or give each thread its own
 * and merge them.
 *
 * @param <R> the pooled result kind, such as {@code SurveyResult}
 */
public final class GroupedTally<R extends ScoreResult> {

    private static final Pattern ID = Pattern.compile(WellFormedId.PATTERN);

    private final PreparedInstrument<?, R> prepared;
    private final Roster roster;
    private final List<String> groupIds;
    private final Map<String, Integer> groupPositions;
    private final Tally<R> all;
    private final List<Tally<R>> byGroup;
    private final BitSet respondents = new BitSet();
    private long unrostered;

    private GroupedTally(PreparedInstrument<?, R> prepared, Roster roster, List<String> groupIds) {
        this.prepared = prepared;
        this.roster = roster;
        this.groupIds = groupIds;
        this.groupPositions = new HashMap<>();
        this.all = prepared.tally();
        this.byGroup = new ArrayList<>(groupIds.size());
        for (String groupId : groupIds) {
            groupPositions.put(groupId, byGroup.size());
            byGroup.add(prepared.tally());
        }
    }

    /**
     * Obtains an empty tally that reports every group of the roster.
     *
     * @param prepared the instrument, of a kind whose responses can be pooled, not null
     * @param roster the families and their groups, not null
     * @param <R> the pooled result kind
     * @return the tally
     * @throws UnsupportedOperationException if the instrument is a matrix, scored one response at a time
     */
    public static <R extends ScoreResult> GroupedTally<R> of(PreparedInstrument<?, R> prepared, Roster roster) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(roster, "roster");
        return new GroupedTally<>(prepared, roster, roster.groupIds());
    }

    /**
     * Obtains an empty tally that reports the groups given. Each id is read as {@link CoverageGoal#matches}
     * reads a monitored group: {@code iep} names the roster group {@code iep}, {@code race-ethnicity} every roster
     * group {@code race-ethnicity:v}. An id that matches no roster group is reported as it is, with no
     * respondents, so that a misspelt group is visible.
     *
     * @param prepared the instrument, of a kind whose responses can be pooled, not null
     * @param roster the families and their groups, not null
     * @param groups group ids or partitions, each a well-formed id, not null; possibly empty
     * @param <R> the pooled result kind
     * @return the tally
     * @throws IllegalArgumentException if a group id is not well formed
     * @throws UnsupportedOperationException if the instrument is a matrix, scored one response at a time
     */
    public static <R extends ScoreResult> GroupedTally<R> of(PreparedInstrument<?, R> prepared, Roster roster,
            Collection<String> groups) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(groups, "groups");
        TreeSet<String> ids = new TreeSet<>();
        for (String wanted : groups) {
            Objects.requireNonNull(wanted, "groups: a group id is null");
            if (!ID.matcher(wanted).matches()) {
                throw new IllegalArgumentException("groups: '" + wanted + "' is not a well-formed id ("
                        + WellFormedId.PATTERN + ")");
            }
            boolean matched = false;
            for (String group : roster.groupIds()) {
                if (CoverageGoal.matches(wanted, group)) {
                    ids.add(group);
                    matched = true;
                }
            }
            if (!matched) {
                ids.add(wanted);
            }
        }
        return new GroupedTally<>(prepared, roster, List.copyOf(ids));
    }

    /**
     * Checks a response, as {@link PreparedInstrument#summarize} checks it, and adds it.
     *
     * @param response the response, not null
     * @return this tally
     * @throws InvalidDataException if the response does not fit the instrument; the tally is unchanged
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}; the tally is unchanged
     */
    public GroupedTally<R> add(Response response) {
        Objects.requireNonNull(response, "response");
        return add(prepared.check(response));
    }

    /**
     * Adds a response that this instrument (or one with the same fingerprint) checked, without checking it
     * again.
     *
     * @param checked the checked response, not null
     * @return this tally
     * @throws IllegalArgumentException if the response was checked against another instrument
     * @throws InvalidDataException with the check's problems, if the response did not pass
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}; the tally is unchanged
     */
    public GroupedTally<R> add(CheckedResponse checked) {
        Objects.requireNonNull(checked, "checked");
        all.add(checked);
        // a group's counts never pass those of all responses, so a response that all responses took fits each
        int position = roster.indexOf(checked.response().raterId());
        if (position < 0) {
            unrostered++;
            return this;
        }
        respondents.set(position);
        for (String group : roster.families().get(position).groups()) {
            Integer index = groupPositions.get(group);
            if (index != null) {
                byGroup.get(index).add(checked);
            }
        }
        return this;
    }

    /**
     * Adds everything another tally has counted, as if its responses had been added here; the other is unchanged.
     *
     * @param other a tally of the same instrument, roster and groups, not this one, not null
     * @return this tally
     * @throws IllegalArgumentException if the other tally is this one, or differs in instrument, roster or groups
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}; the tally is unchanged
     */
    public GroupedTally<R> merge(GroupedTally<R> other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("other: a tally cannot be merged into itself (its responses would count"
                    + " twice)");
        }
        if (!other.all.instrument().equals(all.instrument()) || !groupIds.equals(other.groupIds)
                || roster != other.roster && !roster.equals(other.roster)) {
            throw new IllegalArgumentException("other: grouped tallies merge only over the same instrument, roster"
                    + " and groups; this " + describe() + ", the other " + other.describe());
        }
        all.merge(other.all); // the only merge that can refuse: no group holds more than all responses
        for (int g = 0; g < byGroup.size(); g++) {
            byGroup.get(g).merge(other.byGroup.get(g));
        }
        respondents.or(other.respondents);
        unrostered += other.unrostered;
        return this;
    }

    /**
     * Returns what this tally has counted as an immutable value, to send elsewhere and
     * {@linkplain #merge(GroupedTallyState) merge} there.
     *
     * @return the state
     */
    public GroupedTallyState state() {
        List<TallyState> groups = new ArrayList<>(byGroup.size());
        byGroup.forEach(group -> groups.add(group.state()));
        List<String> ids = new ArrayList<>(respondents.cardinality());
        for (int i = respondents.nextSetBit(0); i >= 0; i = respondents.nextSetBit(i + 1)) {
            ids.add(roster.families().get(i).id());
        }
        return new GroupedTallyState(all.state(), groupIds, groups, ids, unrostered);
    }

    /**
     * Adds everything a state of a tally of the same instrument, roster and groups holds, as if its responses had
     * been added here.
     *
     * @param state the state, not null
     * @return this tally
     * @throws IllegalArgumentException if the state has other groups, a respondent not on the roster, or a tally
     *     state of another instrument; the tally is unchanged
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}, as {@link Tally#merge} says
     */
    public GroupedTally<R> merge(GroupedTallyState state) {
        Objects.requireNonNull(state, "state");
        if (!state.groupIds().equals(groupIds)) {
            throw new IllegalArgumentException("state: its groups " + state.groupIds() + " are not this tally's "
                    + groupIds);
        }
        int[] positions = new int[state.respondents().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = roster.indexOf(state.respondents().get(i));
            if (positions[i] < 0) {
                throw new IllegalArgumentException("state: respondent '" + state.respondents().get(i)
                        + "' is not on the roster; merge states of tallies over the same roster");
            }
        }
        List<Tally<R>> merged = new ArrayList<>(byGroup.size());
        Tally<R> everyone = prepared.tally(state.all());
        for (TallyState group : state.groups()) {
            merged.add(prepared.tally(group));
        }
        all.merge(everyone); // the only merge that can refuse: no group holds more than all responses
        for (int g = 0; g < byGroup.size(); g++) {
            byGroup.get(g).merge(merged.get(g));
        }
        for (int position : positions) {
            respondents.set(position);
        }
        unrostered += state.unrostered();
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
     * Returns the roster groups reported.
     *
     * @return the group ids, sorted
     */
    public List<String> groupIds() {
        return groupIds;
    }

    /**
     * Returns how many responses have been added, merges included.
     *
     * @return the number of responses
     */
    public long count() {
        return all.count();
    }

    /**
     * Returns how many responses had a rater not on the roster.
     *
     * @return the number of those responses
     */
    public long unrosteredResponses() {
        return unrostered;
    }

    /**
     * Returns the results under the default small-cell rule.
     *
     * @return the result
     * @throws IllegalStateException if no response has been added
     */
    public GroupedResult<R> result() {
        return result(SmallCellRule.defaults());
    }

    /**
     * Returns the result of all responses and, per group, its result or why it is withheld, decided by
     * {@code rule.suppress(families that responded, families of each group that responded)}, so that
     * complementary suppression applies within each partition.
     *
     * @param rule the small-cell rule, not null
     * @return the result
     * @throws IllegalStateException if no response has been added
     */
    public GroupedResult<R> result(SmallCellRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (all.count() == 0) {
            throw new IllegalStateException("a grouped tally of " + all.instrument() + " has no response yet; add one"
                    + " first");
        }
        int[] members = new int[groupIds.size()];
        for (int i = respondents.nextSetBit(0); i >= 0; i = respondents.nextSetBit(i + 1)) {
            Family family = roster.families().get(i);
            for (String group : family.groups()) {
                Integer index = groupPositions.get(group);
                if (index != null) {
                    members[index]++;
                }
            }
        }
        List<GroupCell> cells = new ArrayList<>(groupIds.size());
        for (int g = 0; g < groupIds.size(); g++) {
            cells.add(GroupCell.of(groupIds.get(g), members[g]));
        }
        int total = respondents.cardinality();
        SuppressedTable table = rule.suppress(total, cells);
        List<GroupResult<R>> groups = new ArrayList<>(groupIds.size());
        for (int g = 0; g < groupIds.size(); g++) {
            Disclosure disclosure = table.cells().get(g);
            if (disclosure instanceof Disclosure.Withheld withheld) {
                groups.add(new GroupResult.Withheld<>(groupIds.get(g), withheld.reason()));
            } else if (members[g] == 0) {
                groups.add(new GroupResult.NoRespondents<>(groupIds.get(g)));
            } else {
                groups.add(new GroupResult.Shown<>(groupIds.get(g), members[g], byGroup.get(g).result()));
            }
        }
        R everyone = all.result();
        return new GroupedResult<>(everyone, rule, roster.size(), total, unrostered, groups,
                GroupExplanations.result(everyone, rule, roster.size(), total, unrostered, groups));
    }

    private String describe() {
        return all.instrument() + ", " + roster + ", groups " + groupIds;
    }

    /**
     * Returns the instrument, the number of responses and the groups.
     */
    @Override
    public String toString() {
        return "GroupedTally[" + all.instrument() + ", " + count() + (count() == 1 ? " response" : " responses")
                + ", groups " + groupIds + "]";
    }
}
