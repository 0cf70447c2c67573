package org.engagementrubrics.core.matrix;

import java.util.List;
import org.engagementrubrics.core.LocalizedText;

/**
 * A row of a matrix instrument: a {@link Standard} or a {@link Dimension}.
 */
public sealed interface MatrixRow permits Standard, Dimension {

    /**
     * Returns the row's id.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the row's label.
     *
     * @return the label
     */
    LocalizedText label();

    /**
     * Returns the row's cells in column order.
     *
     * @return the cells
     */
    List<Cell> cells();
}
