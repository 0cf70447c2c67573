package org.engagementrubrics.core.roster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A district's families and their groups: the data that survey responses (by rater id) and contact
 * records (by family id) are joined to.
 *
 * <p>Memory grows with the number of families, which is what a join needs; it never grows with the
 * number of responses or contacts joined to it. This class is immutable and thread-safe.
 */
public final class Roster {

    private final List<Family> families;
    private final Map<String, Integer> positions;
    private final List<String> groupIds;

    private Roster(List<Family> families, Map<String, Integer> positions, List<String> groupIds) {
        this.families = families;
        this.positions = positions;
        this.groupIds = groupIds;
    }

    /**
     * Obtains a roster of the families given, in any order.
     *
     * @param families the families, not null, none null
     * @return the roster, its families sorted by id
     * @throws NullPointerException if the collection or a family is null
     * @throws IllegalArgumentException if two families have one id
     */
    public static Roster of(Collection<Family> families) {
        Objects.requireNonNull(families, "families");
        List<Family> sorted = new ArrayList<>(families.size());
        Map<String, Integer> positions = new HashMap<>(Math.max(16, families.size() * 4 / 3 + 1));
        TreeSet<String> groups = new TreeSet<>();
        for (Family family : families) {
            Objects.requireNonNull(family, "families: a family is null");
            if (positions.putIfAbsent(family.id(), -1) != null) {
                throw new IllegalArgumentException("families: the family id '" + family.id() + "' appears twice");
            }
            sorted.add(family);
            groups.addAll(family.groups());
        }
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        for (int i = 0; i < sorted.size(); i++) {
            positions.put(sorted.get(i).id(), i);
        }
        return new Roster(Collections.unmodifiableList(sorted), Collections.unmodifiableMap(positions),
                List.copyOf(groups));
    }

    /**
     * Obtains a roster of the families given.
     *
     * @param families the families, not null
     * @return the roster
     */
    public static Roster of(Family... families) {
        return of(List.of(Objects.requireNonNull(families, "families")));
    }

    /**
     * Returns the families, sorted by id.
     *
     * @return the families, unmodifiable
     */
    public List<Family> families() {
        return families;
    }

    /**
     * Returns the number of families.
     *
     * @return the size
     */
    public int size() {
        return families.size();
    }

    /**
     * Looks up a family.
     *
     * @param familyId the family id, not null
     * @return the family, or empty if it is not on the roster
     */
    public Optional<Family> family(String familyId) {
        Integer position = positions.get(Objects.requireNonNull(familyId, "familyId"));
        return position == null ? Optional.empty() : Optional.of(families.get(position));
    }

    /**
     * Returns a family's position in {@link #families()}, so that per-family facts (such as "reached this
     * quarter") can be kept in a bit set instead of a set of ids.
     *
     * @param familyId the family id, not null
     * @return the position, from 0, or -1 if the family is not on the roster
     */
    public int indexOf(String familyId) {
        Integer position = positions.get(Objects.requireNonNull(familyId, "familyId"));
        return position == null ? -1 : position;
    }

    /**
     * Checks if a family is on the roster.
     *
     * @param familyId the family id, not null
     * @return true if it is
     */
    public boolean contains(String familyId) {
        return positions.containsKey(Objects.requireNonNull(familyId, "familyId"));
    }

    /**
     * Returns every group id some family lists, sorted.
     *
     * @return the group ids, unmodifiable
     */
    public List<String> groupIds() {
        return groupIds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Roster roster && families.equals(roster.families);
    }

    @Override
    public int hashCode() {
        return families.hashCode();
    }

    @Override
    public String toString() {
        return "Roster[" + families.size() + " families, groups=" + groupIds + "]";
    }
}
