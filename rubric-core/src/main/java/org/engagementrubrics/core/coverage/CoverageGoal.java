package org.engagementrubrics.core.coverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * What contact coverage is measured against: the share of families to reach at least once per period, the
 * groups whose coverage is compared with all families', and how wide a gap is flagged.
 *
 * <pre>{@code
 * CoverageGoal goal = CoverageGoal.from(survey.goals().get(0));          // 100% per quarter, its groups
 * CoverageGoal custom = CoverageGoal.builder().targetPercent(95).period(ContactPeriod.MONTH)
 *         .monitor("iep", "multilingual-learner", "race-ethnicity").gapThreshold(5).build();
 * }</pre>
 *
 * <p>A monitored group id {@code G} matches the roster group {@code G} (a flag group, such as {@code iep})
 * and every roster group {@code G:v} (the values of a partition, such as {@code race-ethnicity:hispanic}
 * for {@code race-ethnicity}). This class is immutable and thread-safe.
 *
 * @param targetPercent the share of families to reach in every period, 1 to 100
 * @param period how often each family must be reached, not null
 * @param monitoredGroups the monitored group ids, each a well-formed id, none twice, in the order given
 * @param gapThreshold how many percentage points below all families' share a group's share must fall to be
 *     flagged, 0 to 100
 */
public record CoverageGoal(int targetPercent, ContactPeriod period, List<String> monitoredGroups, int gapThreshold) {

    /** The default gap threshold, in percentage points: a group more than 10 points below all families. */
    public static final int DEFAULT_GAP_THRESHOLD = 10;

    private static final Pattern ID = Pattern.compile(WellFormedId.PATTERN);

    /**
     * Creates a goal, copying the list of monitored groups.
     *
     * @param targetPercent the share of families to reach in every period, 1 to 100
     * @param period how often each family must be reached, not null
     * @param monitoredGroups the monitored group ids, each a well-formed id, none twice, in the order given
     * @param gapThreshold how many percentage points below all families' share a group's share must fall to be
     *        flagged, 0 to 100
     * @throws NullPointerException if the period, the list or a group id is null
     * @throws IllegalArgumentException if the target or the threshold is out of range, or a group id is not
     *     well formed or appears twice
     */
    public CoverageGoal {
        if (targetPercent < 1 || targetPercent > 100) {
            throw new IllegalArgumentException("targetPercent: must be 1 to 100; was " + targetPercent);
        }
        Objects.requireNonNull(period, "period");
        monitoredGroups = Arguments.copyOf(monitoredGroups, "monitoredGroups");
        Set<String> seen = new HashSet<>();
        for (String id : monitoredGroups) {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("monitoredGroups: '" + id + "' is not a well-formed id ("
                        + WellFormedId.PATTERN + ")");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("monitoredGroups: '" + id + "' appears twice");
            }
        }
        if (gapThreshold < 0 || gapThreshold > 100) {
            throw new IllegalArgumentException("gapThreshold: must be 0 to 100 percentage points; was " + gapThreshold);
        }
    }

    /**
     * Obtains the coverage goal of a survey's contact goal: its target, its period and the ids of its
     * monitored groups, with the default gap threshold.
     *
     * @param goal the contact goal, not null
     * @return the coverage goal
     */
    public static CoverageGoal from(ContactGoal goal) {
        Objects.requireNonNull(goal, "goal");
        List<String> groups = goal.monitoredGroups().stream().map(MonitoredGroup::id).toList();
        return new CoverageGoal(goal.targetPercent(), goal.period(), groups, DEFAULT_GAP_THRESHOLD);
    }

    /**
     * Obtains the coverage goal of a survey's contact goal with its monitored groups renamed to the roster's
     * group ids, such as {@code students-with-ieps} to {@code iep}, with the default gap threshold. A monitored
     * group the map does not name keeps its id.
     *
     * <pre>{@code
     * CoverageGoal goal = CoverageGoal.from(contactGoal, Map.of(
     *         "racial-demographic-groups", "race-ethnicity", "students-with-ieps", "iep"));
     * }</pre>
     *
     * @param goal the contact goal, not null
     * @param rosterGroups the roster group id of each monitored group id, not null, no value null
     * @return the coverage goal, its monitored groups in the contact goal's order
     * @throws IllegalArgumentException if a roster group id is not well formed, or two monitored groups give
     *     one roster group
     */
    public static CoverageGoal from(ContactGoal goal, Map<String, String> rosterGroups) {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(rosterGroups, "rosterGroups");
        List<String> groups = new ArrayList<>(goal.monitoredGroups().size());
        for (MonitoredGroup group : goal.monitoredGroups()) {
            String id = rosterGroups.containsKey(group.id()) ? rosterGroups.get(group.id()) : group.id();
            groups.add(Objects.requireNonNull(id, () -> "rosterGroups: '" + group.id() + "' maps to null"));
        }
        return new CoverageGoal(goal.targetPercent(), goal.period(), groups, DEFAULT_GAP_THRESHOLD);
    }

    /**
     * Obtains a builder, starting from a 100% target per quarter, no monitored groups and the default gap
     * threshold.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a copy with another gap threshold.
     *
     * @param points the threshold in percentage points, 0 to 100
     * @return the copy, or this goal if the threshold is unchanged
     */
    public CoverageGoal withGapThreshold(int points) {
        return points == gapThreshold ? this : new CoverageGoal(targetPercent, period, monitoredGroups, points);
    }

    /**
     * Checks if a monitored group id matches a roster group id: the same id, or a value of it as a partition.
     *
     * @param monitoredGroup a monitored group id, not null
     * @param rosterGroup a roster group id, not null
     * @return true if {@code rosterGroup} is {@code monitoredGroup} or starts with {@code monitoredGroup:}
     */
    public static boolean matches(String monitoredGroup, String rosterGroup) {
        Objects.requireNonNull(monitoredGroup, "monitoredGroup");
        Objects.requireNonNull(rosterGroup, "rosterGroup");
        return rosterGroup.equals(monitoredGroup) || rosterGroup.length() > monitoredGroup.length()
                && rosterGroup.startsWith(monitoredGroup) && rosterGroup.charAt(monitoredGroup.length()) == ':';
    }

    /**
     * Builds a {@link CoverageGoal}; every check is made by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {

        private int targetPercent = 100;
        private ContactPeriod period = ContactPeriod.QUARTER;
        private final List<String> monitoredGroups = new ArrayList<>();
        private int gapThreshold = DEFAULT_GAP_THRESHOLD;

        private Builder() {
        }

        /**
         * Sets the target share of families, 100 unless set.
         *
         * @param percent 1 to 100
         * @return this builder
         */
        public Builder targetPercent(int percent) {
            this.targetPercent = percent;
            return this;
        }

        /**
         * Sets the period, {@link ContactPeriod#QUARTER} unless set.
         *
         * @param unit the period, not null
         * @return this builder
         */
        public Builder period(ContactPeriod unit) {
            this.period = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Adds monitored group ids.
         *
         * @param groupIds the ids, not null
         * @return this builder
         */
        public Builder monitor(String... groupIds) {
            monitoredGroups.addAll(Arguments.copyOf("groupIds", groupIds));
            return this;
        }

        /**
         * Sets the gap threshold, {@value CoverageGoal#DEFAULT_GAP_THRESHOLD} percentage points unless set.
         *
         * @param points 0 to 100
         * @return this builder
         */
        public Builder gapThreshold(int points) {
            this.gapThreshold = points;
            return this;
        }

        /**
         * Builds the goal.
         *
         * @return the goal
         * @throws IllegalArgumentException naming the setting that is out of range
         */
        public CoverageGoal build() {
            return new CoverageGoal(targetPercent, period, monitoredGroups, gapThreshold);
        }
    }
}
