package org.engagementrubrics.core.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.engagementrubrics.core.internal.Arguments;

/**
 * The changes from one review to a later one, unit by unit in the order of the later instrument version
 * (removed units last). Immutable and thread-safe.
 *
 * @param from the date of the earlier review, not null
 * @param to the date of the later review, not null
 * @param changes one change per unit, not null
 */
public record Step(LocalDate from, LocalDate to, List<UnitChange> changes) {

    /**
     * Creates a step.
     *
     * @param from the date of the earlier review, not null
     * @param to the date of the later review, not null
     * @param changes one change per unit, not null
     */
    public Step {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        changes = Arguments.copyOf(changes, "changes");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " must be before to " + to);
        }
    }

    /**
     * Returns how many units moved in the given way.
     *
     * @param movement the movement, not null
     * @return the count
     */
    public long count(Movement movement) {
        Objects.requireNonNull(movement, "movement");
        return changes.stream().filter(change -> change.movement() == movement).count();
    }
}
