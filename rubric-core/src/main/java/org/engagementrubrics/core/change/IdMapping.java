package org.engagementrubrics.core.change;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which unit of an older instrument version is which unit of a newer one: old id to new id, per kind of unit.
 *
 * <p>An id not named keeps its id. Immutable and thread-safe.
 * <pre>{@code
 * IdMapping mapping = IdMapping.empty().with(UnitKind.STANDARD, "std-welcome", "std-belonging");
 * }</pre>
 *
 * @param renames old id to new id, per kind, not null
 */
public record IdMapping(Map<UnitKind, Map<String, String>> renames) {

    private static final IdMapping EMPTY = new IdMapping(Map.of());

    /**
     * Creates a mapping, checking that no two old ids of one kind name the same new id.
     *
     * @param renames old id to new id, per kind, not null
     */
    public IdMapping {
        Objects.requireNonNull(renames, "renames");
        Map<UnitKind, Map<String, String>> copy = new EnumMap<>(UnitKind.class);
        renames.forEach((kind, ids) -> {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(ids, "renames of " + kind.noun());
            Set<String> targets = new HashSet<>();
            ids.forEach((from, to) -> {
                Objects.requireNonNull(from, kind.noun() + " id");
                Objects.requireNonNull(to, "new id of " + kind.noun() + " '" + from + "'");
                if (!targets.add(to)) {
                    throw new IllegalArgumentException("renames: two " + kind.noun() + "s are mapped to '" + to
                            + "'; each new id takes one old id");
                }
            });
            copy.put(kind, Collections.unmodifiableMap(new TreeMap<>(ids)));
        });
        renames = Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains the mapping that renames nothing.
     *
     * @return the empty mapping
     */
    public static IdMapping empty() {
        return EMPTY;
    }

    /**
     * Returns a copy that also maps one old id to a new id.
     *
     * @param kind the kind of unit, not null
     * @param oldId the id in the older version, not null
     * @param newId the id in the newer version, not null
     * @return the mapping
     */
    public IdMapping with(UnitKind kind, String oldId, String newId) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oldId, "oldId");
        Objects.requireNonNull(newId, "newId");
        if (newId.equals(renames.getOrDefault(kind, Map.of()).get(oldId))) {
            return this;
        }
        Map<UnitKind, Map<String, String>> copy = new EnumMap<>(UnitKind.class);
        copy.putAll(renames);
        Map<String, String> ids = new TreeMap<>(copy.getOrDefault(kind, Map.of()));
        ids.put(oldId, newId);
        copy.put(kind, ids);
        return new IdMapping(copy);
    }

    /**
     * Returns the new id of an old id (the id itself when not renamed).
     *
     * @param kind the kind of unit, not null
     * @param oldId the old id, not null
     * @return the new id
     */
    public String newId(UnitKind kind, String oldId) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oldId, "oldId");
        return renames.getOrDefault(kind, Map.of()).getOrDefault(oldId, oldId);
    }

    /**
     * Checks if this mapping renames nothing.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return renames.values().stream().allMatch(Map::isEmpty);
    }
}
