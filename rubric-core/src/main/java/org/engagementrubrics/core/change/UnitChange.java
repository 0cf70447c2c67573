package org.engagementrubrics.core.change;

import java.util.Objects;

/**
 * How one unit changed between two reviews, with the one sentence that explains it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of unit, not null
 * @param unitId the unit's id in the later review (in the earlier one for a removed unit), not null
 * @param formerId the unit's id in the earlier review when a mapping renamed it, else null
 * @param movement how it moved, not null
 * @param before the standing at the earlier review, or null when added or withheld
 * @param after the standing at the later review, or null when removed or withheld
 * @param withheld why the figures are withheld (the small-cell rule), or null when shown
 * @param explanation one sentence, not null
 */
public record UnitChange(UnitKind kind, String unitId, String formerId, Movement movement, Standing before,
        Standing after, String withheld, String explanation) {

    /**
     * Creates a change, checking that the standings agree with the movement.
     *
     * @param kind the kind of unit, not null
     * @param unitId the unit's id in the later review (in the earlier one for a removed unit), not null
     * @param formerId the unit's id in the earlier review when a mapping renamed it, else null
     * @param movement how it moved, not null
     * @param before the standing at the earlier review, or null when added or withheld
     * @param after the standing at the later review, or null when removed or withheld
     * @param withheld why the figures are withheld (the small-cell rule), or null when shown
     * @param explanation one sentence, not null
     */
    public UnitChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(explanation, "explanation");
        boolean added = movement == Movement.ADDED;
        boolean removed = movement == Movement.REMOVED;
        boolean hidden = movement == Movement.WITHHELD;
        if ((before == null) != (added || hidden) || (after == null) != (removed || hidden)) {
            throw new IllegalArgumentException("a '" + word(movement) + "' change of " + kind.noun() + " '" + unitId
                    + "' has " + (before == null ? "no " : "a ") + "standing before and "
                    + (after == null ? "no " : "a ") + "standing after");
        }
        if ((withheld == null) == hidden) {
            throw new IllegalArgumentException("a withheld change says why, and only a withheld change; " + kind.noun()
                    + " '" + unitId + "' is '" + word(movement) + "' with reason " + withheld);
        }
    }

    private static String word(Movement movement) {
        return movement.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
