package org.engagementrubrics.core.matrix;

import java.util.List;
import org.engagementrubrics.core.Instrument;

/**
 * An instrument whose statements sit in a grid of rows by columns, scored by best fit per row.
 *
 * <p>The staged rubric (standards by stages) and the archetype matrix (dimensions by archetypes) are
 * both matrices; the engine's best-fit scoring works on either.
 */
public sealed interface MatrixInstrument extends Instrument permits StagedRubric, ArchetypeMatrix {

    /**
     * Returns the columns in display order.
     *
     * @return the columns
     */
    List<? extends MatrixColumn> columns();

    /**
     * Returns the rows in display order.
     *
     * @return the rows
     */
    List<? extends MatrixRow> rows();
}
