package org.engagementrubrics.core.matrix;

import org.engagementrubrics.core.LocalizedText;

/**
 * A column of a matrix instrument: a {@link Stage} or an {@link Archetype}.
 *
 * <p>The best fit of a row is the column whose cell holds the most marks. All implementations are immutable
 * and thread-safe.
 */
public sealed interface MatrixColumn permits Stage, Archetype {

    /**
     * Returns the id by which cells name this column in {@link Cell#columnId()}.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the column heading: a stage's label or an archetype's name.
     *
     * @return the label
     */
    LocalizedText label();

    /**
     * Returns the column's level: a larger rank is a higher level of practice, so results can order columns
     * and tie policies can prefer the lower or the higher one.
     *
     * @return the rank
     */
    int rank();
}
