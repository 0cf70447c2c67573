package org.engagementrubrics.testkit;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.Survey;

/**
 * Reads the parts of an instrument that evidence refers to: statement ids, rated or answered item ids,
 * the rating scale and the cells of a matrix.
 *
 * <p>Property tests use these to compute expected results independently of the scoring engine.
 */
public final class Contents {

    private Contents() {
    }

    /**
     * Returns the ids of every statement of a matrix instrument, in row, cell and statement order.
     *
     * @param matrix the instrument, not null
     * @return the ids
     */
    public static List<String> statementIds(MatrixInstrument matrix) {
        List<String> ids = new ArrayList<>();
        for (MatrixRow row : matrix.rows()) {
            for (Cell cell : row.cells()) {
                for (Statement statement : cell.statements()) {
                    ids.add(statement.id());
                }
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Returns the cell of a row for a column.
     *
     * @param row the row, not null
     * @param columnId the column's id, not null
     * @return the cell, or null if the row has none for the column
     */
    public static Cell cell(MatrixRow row, String columnId) {
        for (Cell cell : row.cells()) {
            if (cell.columnId().equals(columnId)) {
                return cell;
            }
        }
        return null;
    }

    /**
     * Returns the column of a matrix with an id.
     *
     * @param matrix the instrument, not null
     * @param columnId the column's id, not null
     * @return the column
     * @throws IllegalArgumentException if the matrix has no such column
     */
    public static MatrixColumn column(MatrixInstrument matrix, String columnId) {
        for (MatrixColumn column : matrix.columns()) {
            if (column.id().equals(columnId)) {
                return column;
            }
        }
        throw new IllegalArgumentException("no column '" + columnId + "' in " + matrix.id());
    }

    /**
     * Returns the ids of the items evidence answers, in instrument order: indicators of a conditions
     * assessment, statements of a survey or a matrix, district indicators, checklist items, or criteria of a points rubric.
     *
     * @param instrument the instrument, not null
     * @return the ids
     */
    public static List<String> itemIds(Instrument instrument) {
        List<String> ids = new ArrayList<>();
        if (instrument instanceof ConditionsAssessment assessment) {
            assessment.conditions().forEach(c -> c.indicators().forEach(i -> ids.add(i.id())));
        } else if (instrument instanceof Survey survey) {
            survey.statements().forEach(s -> ids.add(s.id()));
        } else if (instrument instanceof DistrictIndicators district) {
            district.indicators().stream().map(DistrictIndicator::id).forEach(ids::add);
        } else if (instrument instanceof Checklist checklist) {
            checklist.groups().forEach(g -> g.items().forEach(i -> ids.add(i.id())));
        } else if (instrument instanceof PointsRubric rubric) {
            rubric.criteria().forEach(c -> ids.add(c.id()));
        } else {
            ids.addAll(statementIds((MatrixInstrument) instrument));
        }
        return List.copyOf(ids);
    }

    /**
     * Returns the rating scale of a conditions assessment or a survey.
     *
     * @param instrument the instrument, not null
     * @return the scale
     * @throws IllegalArgumentException if the instrument has no rating scale
     */
    public static RatingScale scale(Instrument instrument) {
        if (instrument instanceof ConditionsAssessment assessment) {
            return assessment.scale();
        } else if (instrument instanceof Survey survey) {
            return survey.scale();
        }
        throw new IllegalArgumentException("a " + instrument.kind().kindName() + " has no rating scale");
    }
}
