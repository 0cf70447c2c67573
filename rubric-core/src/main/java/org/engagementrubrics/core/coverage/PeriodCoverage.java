package org.engagementrubrics.core.coverage;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.scoring.Explanation;

/**
 * The contact coverage of one period: all families, each monitored roster group, and the contacts that
 * could not be joined to the roster. Counts only: no family id appears here.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the period, not null
 * @param contacts every contact dated in the period, at least 0
 * @param unrosteredContacts the contacts in the period with a family id not on the roster, 0 to
 *     {@code contacts}
 * @param allFamilies the figures of every family on the roster, not null
 * @param groups the figures of each roster group matched by a monitored group, sorted by group id, not null
 * @param explanation the period's line and its details, not null
 */
public record PeriodCoverage(Period period, long contacts, long unrosteredContacts, Figures allFamilies,
        List<GroupCoverage> groups, Explanation explanation) {

    /**
     * Creates a period's coverage, copying the list of groups.
     *
     * @param period the period, not null
     * @param contacts every contact dated in the period, at least 0
     * @param unrosteredContacts the contacts in the period with a family id not on the roster, 0 to
     *        {@code contacts}
     * @param allFamilies the figures of every family on the roster, not null
     * @param groups the figures of each roster group matched by a monitored group, sorted by group id, not null
     * @param explanation the period's line and its details, not null
     * @throws IllegalArgumentException if the contact counts are out of range
     */
    public PeriodCoverage {
        Objects.requireNonNull(period, "period");
        if (contacts < 0 || unrosteredContacts < 0 || unrosteredContacts > contacts) {
            throw new IllegalArgumentException("unrosteredContacts: must be 0 to contacts (" + contacts + "); was "
                    + unrosteredContacts);
        }
        Objects.requireNonNull(allFamilies, "allFamilies");
        groups = Arguments.copyOf(groups, "groups");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns the figures of one group.
     *
     * @param groupId the roster group id, not null
     * @return its coverage
     * @throws IllegalArgumentException if the period has no row for the group
     */
    public GroupCoverage group(String groupId) {
        Objects.requireNonNull(groupId, "groupId");
        for (GroupCoverage group : groups) {
            if (group.groupId().equals(groupId)) {
                return group;
            }
        }
        throw new IllegalArgumentException("groupId: no row for '" + groupId + "' in " + period.label());
    }
}
