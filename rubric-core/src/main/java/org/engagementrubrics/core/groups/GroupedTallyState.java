package org.engagementrubrics.core.groups;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.scoring.TallyState;

/**
 * What a {@link GroupedTally} has counted, as an immutable value, so that the grouped tallies of parts of the
 * responses (such as the partitions of a distributed job) can be sent elsewhere and
 * {@linkplain GroupedTally#merge(GroupedTallyState) merged} there: the tally of every response, one per
 * group, which families on the roster responded, and how many responses had a rater not on the roster.
 *
 * <pre>{@code
 * GroupedTallyState part = partitionTally.state();       // send it
 * whole.merge(part);                                     // same instrument, roster and groups; any order
 * }</pre>
 *
 * <p>Its size grows with the groups and the families that responded, never with the number of responses.
 * This class is immutable and thread-safe.
 *
 * @param all the tally state of every response, not null
 * @param groupIds the groups, in the tally's order, not null
 * @param groups one tally state per group, in the order of {@code groupIds}, not null
 * @param respondents the ids of the families on the roster that responded, in roster order, not null
 * @param unrostered how many responses had a rater not on the roster, zero or more
 */
public record GroupedTallyState(TallyState all, List<String> groupIds, List<TallyState> groups,
        List<String> respondents, long unrostered) {

    /**
     * Checks and copies the components.
     *
     * @param all the tally state of every response, not null
     * @param groupIds the groups, in the tally's order, not null
     * @param groups one tally state per group, in the order of {@code groupIds}, not null
     * @param respondents the ids of the families on the roster that responded, in roster order, not null
     * @param unrostered how many responses had a rater not on the roster, zero or more
     * @throws IllegalArgumentException if there are not as many group states as groups, or unrostered is negative
     */
    public GroupedTallyState {
        Objects.requireNonNull(all, "all");
        groupIds = List.copyOf(Objects.requireNonNull(groupIds, "groupIds"));
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        respondents = List.copyOf(Objects.requireNonNull(respondents, "respondents"));
        if (groups.size() != groupIds.size()) {
            throw new IllegalArgumentException("groups: one state per group, " + groupIds.size() + "; was "
                    + groups.size());
        }
        if (unrostered < 0) {
            throw new IllegalArgumentException("unrostered must be zero or more; was " + unrostered);
        }
    }
}
