package org.engagementrubrics.core.matrix;

import java.util.List;
import org.engagementrubrics.core.Instrument;

/**
 * An instrument whose statements sit in a grid of rows by columns, scored by best fit per row.
 *
 * <p>Sealed over the staged rubric (standards by stages) and the archetype matrix (dimensions by
 * archetypes); the engine's best-fit scoring works on either, and a response answers either with
 * {@link org.engagementrubrics.core.response.MarkedStatements}. All implementations are immutable and
 * thread-safe.
 */
public sealed interface MatrixInstrument extends Instrument permits StagedRubric, ArchetypeMatrix {

    /**
     * Returns the columns in display order: the stages or the archetypes.
     *
     * @return the columns
     */
    List<? extends MatrixColumn> columns();

    /**
     * Returns the rows in display order: the standards or the dimensions.
     *
     * @return the rows
     */
    List<? extends MatrixRow> rows();

    /**
     * Returns the ids of every statement, in document order: row by row, each row's cells in column order,
     * each cell's statements in order. These are the ids that {@link
     * org.engagementrubrics.core.response.MarkedStatements} may mark; the same list as {@link #itemIds()}.
     *
     * @return the statement ids, unmodifiable
     */
    default List<String> statementIds() {
        return itemIds();
    }
}
