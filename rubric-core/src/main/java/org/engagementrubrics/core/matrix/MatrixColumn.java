package org.engagementrubrics.core.matrix;

import org.engagementrubrics.core.LocalizedText;

/**
 * A column of a matrix instrument: a {@link Stage} or an {@link Archetype}.
 */
public sealed interface MatrixColumn permits Stage, Archetype {

    /**
     * Returns the column's id.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the column's label.
     *
     * @return the label
     */
    LocalizedText label();

    /**
     * Returns the column's level: a larger rank is a higher level of practice.
     *
     * @return the rank
     */
    int rank();
}
