package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The statements of one row under one column of a matrix instrument, such as Standard 2's statements under
 * Exploration.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param columnId the id of the column (a stage or an archetype), not null
 * @param statements the statements in seed order, possibly empty
 */
public record Cell(String columnId, List<@Valid Statement> statements) {

    /**
     * Creates a cell; the statements are copied. Only a null required component fails here; the data rules
     * are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param columnId the id of the column (a stage or an archetype), not null
     * @param statements the statements in seed order, possibly empty
     */
    public Cell {
        Objects.requireNonNull(columnId, "columnId");
        statements = Arguments.copyOf(statements, "statements");
    }

    /**
     * Obtains a cell.
     *
     * @param columnId the column's id, not null
     * @param statements the statements, not null
     * @return the cell
     */
    public static Cell of(String columnId, Statement... statements) {
        return new Cell(columnId, Arguments.copyOf("statements", statements));
    }
}
