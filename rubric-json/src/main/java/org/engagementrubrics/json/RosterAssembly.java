package org.engagementrubrics.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.core.validation.WellFormedId;
import org.engagementrubrics.json.roster.RosterRead;

/**
 * Makes a roster of rows, whatever their format: checks what makes a row bad besides its form (a group id
 * not well formed, two values of one partition, an unknown group, a family listed again) and counts good
 * and bad rows. Not thread-safe: one read at a time.
 */
final class RosterAssembly {

    private static final Pattern GROUP_ID = Pattern.compile(WellFormedId.PATTERN);
    /** How many known ids a message lists before it says how many more there are. */
    private static final int LISTED = 12;

    /** A group a row names, and where: a cell, or an element of a JSON array. */
    record Group(String id, String pointer, int line, int column) {
    }

    private final Set<String> knownGroups;
    private final Set<String> knownPartitions;
    /** Where each family id was first seen, for the message about a row that lists it again. */
    private final Map<String, String> firstPlaces = new HashMap<>();
    private final List<Family> families = new ArrayList<>();
    private final List<FormatProblem> problems = new ArrayList<>();
    private int bad;

    /**
     * @param knownGroups the group ids the caller knows, or null when it gave none
     * @param knownPartitions the partitions the caller knows, or null when it gave none
     */
    RosterAssembly(Set<String> knownGroups, Set<String> knownPartitions) {
        this.knownGroups = knownGroups;
        this.knownPartitions = knownPartitions;
    }

    /**
     * Adds a row: a family when it has no problem, else a bad row whose problems are kept.
     *
     * @param problems the row's problems so far; places are lines and columns of these problems
     * @param familyId the family id, or null when the row has none (a problem says why)
     * @param family where the family id stands (its id is ignored)
     * @param groups the groups the row names, in the order they stand
     */
    void add(Problems problems, String familyId, Group family, List<Group> groups) {
        if (familyId != null) {
            String first = firstPlaces.putIfAbsent(familyId, problems.place(family.line(), family.column()));
            if (first != null) {
                problems.add(family.pointer(), family.line(), family.column(), ProblemCodes.DUPLICATE_ID, "family '" + familyId
                        + "' appears again (first at " + first + "); expected each family once");
            }
        }
        Map<String, Group> byId = new LinkedHashMap<>();
        Map<String, Group> byPartition = new HashMap<>();
        for (Group group : groups) {
            if (!GROUP_ID.matcher(group.id()).matches()) {
                problems.add(group.pointer(), group.line(), group.column(), ProblemCodes.INVALID_ID, "the group id '"
                        + group.id() + "' is not well formed; expected a letter or digit, then letters, digits, '.',"
                        + " '_', ':' or '-', at most 128 characters (" + WellFormedId.PATTERN + ")");
                continue;
            }
            if (byId.putIfAbsent(group.id(), group) != null) {
                continue;
            }
            String partition = Family.partitionOf(group.id());
            if (partition != null) {
                Group other = byPartition.putIfAbsent(partition, group);
                if (other != null) {
                    problems.add(group.pointer(), group.line(), group.column(), ProblemCodes.INVALID_VALUE, "the family"
                            + " is in both '" + other.id() + "' (" + problems.place(other.line(), other.column())
                            + ") and '" + group.id() + "', two values of the partition '" + partition + "'; expected at"
                            + " most one value of a partition");
                }
            }
            if (!isKnown(group.id(), partition)) {
                problems.add(group.pointer(), group.line(), group.column(), ProblemCodes.UNKNOWN_REFERENCE, "the group '"
                        + group.id() + "' is not known; expected " + known());
            }
        }
        if (familyId == null || !problems.isEmpty()) {
            bad(problems);
            return;
        }
        families.add(Family.of(familyId, byId.keySet()));
    }

    /** Counts a bad row and keeps its problems. */
    void bad(Problems rowProblems) {
        bad++;
        problems.addAll(rowProblems.sorted());
    }

    private boolean isKnown(String groupId, String partition) {
        if (knownGroups == null && knownPartitions == null) {
            return true;
        }
        return knownGroups != null && knownGroups.contains(groupId)
                || partition != null && knownPartitions != null && knownPartitions.contains(partition);
    }

    /** Names what is known, for a message: the known groups and partitions, the first few of each. */
    private String known() {
        List<String> parts = new ArrayList<>();
        if (knownGroups != null) {
            parts.add("one of the known groups " + listed(knownGroups));
        }
        if (knownPartitions != null) {
            parts.add("a value of a known partition " + listed(knownPartitions));
        }
        return String.join(" or ", parts);
    }

    private static String listed(Set<String> ids) {
        List<String> sorted = ids.stream().sorted().toList();
        if (sorted.size() <= LISTED) {
            return sorted.toString();
        }
        return sorted.subList(0, LISTED).toString().replace("]", ", and " + (sorted.size() - LISTED) + " more]");
    }

    /** The roster of the good rows, the counts, and every problem in file order. */
    RosterRead finish() {
        return new RosterRead(Roster.of(families), families.size(), bad, problems);
    }
}
