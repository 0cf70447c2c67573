package org.engagementrubrics.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.Survey;

/**
 * Gathers the ids a response may answer, per instrument kind, in document order. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ItemIds {

    private ItemIds() {
    }

    /**
     * Returns the answerable ids of an instrument in document order: a matrix's statements row by row and
     * cell by cell, a conditions assessment's indicators condition by condition, a district instrument's
     * indicators, a checklist's items group by group, a survey's statements, a points rubric's criteria.
     *
     * @param instrument the instrument, not null
     * @return the ids, unmodifiable
     */
    public static List<String> of(Instrument instrument) {
        List<String> ids = new ArrayList<>();
        if (instrument instanceof MatrixInstrument matrix) {
            matrix.rows().forEach(row -> row.cells().forEach(cell -> cell.statements().forEach(s -> ids.add(s.id()))));
        } else if (instrument instanceof ConditionsAssessment assessment) {
            assessment.conditions().forEach(c -> c.indicators().forEach(i -> ids.add(i.id())));
        } else if (instrument instanceof Survey survey) {
            survey.statements().forEach(s -> ids.add(s.id()));
        } else if (instrument instanceof DistrictIndicators district) {
            district.indicators().forEach(i -> ids.add(i.id()));
        } else if (instrument instanceof PointsRubric rubric) {
            rubric.criteria().forEach(c -> ids.add(c.id()));
        } else {
            ((Checklist) instrument).groups().forEach(g -> g.items().forEach(i -> ids.add(i.id())));
        }
        return List.copyOf(ids);
    }
}
