package org.engagementrubrics.core.roster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One family on a roster and the groups its student belongs to, such as {@code race-ethnicity:hispanic},
 * {@code iep} or {@code multilingual-learner}: whatever groups the district lists.
 *
 * <p>A group id of the form {@code partition:value} names one value of a partition (every family has at
 * most one value of {@code race-ethnicity}); any other id names a group a family is in or not. The family
 * id is the id that survey responses carry as their rater id and contact records as their family id. This
 * class is immutable and thread-safe.
 *
 * @param id the family id, not blank
 * @param groups the group ids, sorted, distinct, each a well-formed id; possibly empty
 */
public record Family(String id, List<String> groups) {

    private static final Pattern GROUP_ID = Pattern.compile(WellFormedId.PATTERN);

    /**
     * Checks the id, then sorts and copies the groups.
     *
     * @param id the family id, not blank
     * @param groups the group ids, each a well-formed id, none twice; possibly empty
     * @throws NullPointerException if an argument or a group is null
     * @throws IllegalArgumentException if the id is blank, a group id is not well formed or appears twice,
     *     or two groups are values of one partition
     */
    public Family {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id: a family id must not be blank");
        }
        List<String> sorted = new ArrayList<>(Arguments.copyOf(groups, "groups"));
        sorted.sort(null);
        for (int i = 0; i < sorted.size(); i++) {
            String group = sorted.get(i);
            if (!GROUP_ID.matcher(group).matches()) {
                throw new IllegalArgumentException("groups: family '" + id + "' has the group id '" + group
                        + "'; expected a well-formed id (" + WellFormedId.PATTERN + ")");
            }
            if (i > 0 && sorted.get(i - 1).equals(group)) {
                throw new IllegalArgumentException("groups: family '" + id + "' lists the group '" + group
                        + "' twice");
            }
            if (i > 0 && partitionOf(group) != null && partitionOf(group).equals(partitionOf(sorted.get(i - 1)))) {
                throw new IllegalArgumentException("groups: family '" + id + "' is in both '" + sorted.get(i - 1)
                        + "' and '" + group + "', two values of the partition '" + partitionOf(group) + "'");
            }
        }
        groups = List.copyOf(sorted);
    }

    /**
     * Obtains a family.
     *
     * @param id the family id, not blank
     * @param groups the group ids
     * @return the family
     */
    public static Family of(String id, String... groups) {
        return new Family(id, Arguments.copyOf("groups", groups));
    }

    /**
     * Obtains a family.
     *
     * @param id the family id, not blank
     * @param groups the group ids
     * @return the family
     */
    public static Family of(String id, Collection<String> groups) {
        return new Family(id, List.copyOf(Objects.requireNonNull(groups, "groups")));
    }

    /**
     * Checks if the family is in a group.
     *
     * @param groupId the group id, not null
     * @return true if the family lists it
     */
    public boolean isIn(String groupId) {
        Objects.requireNonNull(groupId, "groupId");
        return java.util.Collections.binarySearch(groups, groupId) >= 0;
    }

    /**
     * Returns the partition a group id is a value of: the part before the first {@code ':'}.
     *
     * @param groupId a group id, not null
     * @return the partition, or null if the group id names no partition value
     */
    public static String partitionOf(String groupId) {
        Objects.requireNonNull(groupId, "groupId");
        int colon = groupId.indexOf(':');
        return colon <= 0 ? null : groupId.substring(0, colon);
    }
}
