package org.engagementrubrics.core.matrix;

import java.util.List;
import org.engagementrubrics.core.LocalizedText;

/**
 * A row of a matrix instrument: a {@link Standard} or a {@link Dimension}.
 *
 * <p>Scoring finds one best fit per row. All implementations are immutable and thread-safe.
 */
public sealed interface MatrixRow permits Standard, Dimension {

    /**
     * Returns the id that results use to name this row.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the row heading: a standard's title or a dimension's name.
     *
     * @return the label
     */
    LocalizedText label();

    /**
     * Returns the row's cells in column order, at most one per column; a column without a cell has no
     * statements in this row.
     *
     * @return the cells
     */
    List<Cell> cells();
}
