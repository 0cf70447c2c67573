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
    private final Map<String, Family> byId;
    private final List<String> groupIds;

    private Roster(List<Family> families, Map<String, Family> byId, List<String> groupIds) {
        this.families = families;
        this.byId = byId;
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
        Map<String, Family> byId = new HashMap<>(Math.max(16, families.size() * 4 / 3 + 1));
        TreeSet<String> groups = new TreeSet<>();
        for (Family family : families) {
            Objects.requireNonNull(family, "families: a family is null");
            if (byId.putIfAbsent(family.id(), family) != null) {
                throw new IllegalArgumentException("families: the family id '" + family.id() + "' appears twice");
            }
            sorted.add(family);
            groups.addAll(family.groups());
        }
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        return new Roster(Collections.unmodifiableList(sorted), Collections.unmodifiableMap(byId),
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
        return Optional.ofNullable(byId.get(Objects.requireNonNull(familyId, "familyId")));
    }

    /**
     * Checks if a family is on the roster.
     *
     * @param familyId the family id, not null
     * @return true if it is
     */
    public boolean contains(String familyId) {
        return byId.containsKey(Objects.requireNonNull(familyId, "familyId"));
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
