package org.engagementrubrics.core.privacy;

import java.util.Objects;
import java.util.regex.Pattern;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One cell of a table of group figures, as a {@link SmallCellRule} sees it: a group and its number of
 * members. The figures themselves (such as how many were reached) play no part in the decision.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param groupId the group: {@code partition:value} or a flag group's id, a well-formed id
 * @param members the number of members, at least 0
 */
public record GroupCell(String groupId, int members) {

    private static final Pattern ID = Pattern.compile(WellFormedId.PATTERN);

    /**
     * Creates a cell of a table before suppression.
     *
     * @param groupId the group, a well-formed id
     * @param members the number of members, at least 0
     * @throws NullPointerException if the group id is null
     * @throws IllegalArgumentException if the group id is not well formed or the members are negative
     */
    public GroupCell {
        Objects.requireNonNull(groupId, "groupId");
        if (!ID.matcher(groupId).matches()) {
            throw new IllegalArgumentException("groupId: '" + groupId + "' is not a well-formed id ("
                    + WellFormedId.PATTERN + ")");
        }
        if (members < 0) {
            throw new IllegalArgumentException("members: group '" + groupId + "' must have at least 0; was " + members);
        }
    }

    /**
     * Obtains a cell.
     *
     * @param groupId the group id
     * @param members the number of members
     * @return the cell
     */
    public static GroupCell of(String groupId, int members) {
        return new GroupCell(groupId, members);
    }

    /**
     * Returns the partition the group is a value of: the part of its id before the first {@code ':'}.
     *
     * @return the partition, or null for a flag group
     */
    public String partition() {
        int colon = groupId.indexOf(':');
        return colon < 0 ? null : groupId.substring(0, colon);
    }
}
