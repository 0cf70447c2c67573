package org.engagementrubrics.core.raters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.survey.Survey;

/**
 * What the unit and the value are for one instrument kind, and how one scored response gives a value per
 * unit: a position on the scale from 1, or a missing reason coded as {@code -(ordinal + 1)}.
 */
final class PanelReading {

    private final PanelScale scale;
    private final List<String> units;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> categoryIndex = new HashMap<>();

    private PanelReading(PanelScale scale, List<String> units) {
        this.scale = scale;
        this.units = List.copyOf(units);
        for (String unit : units) {
            unitIndex.put(unit, unitIndex.size());
        }
        for (String category : scale.categories()) {
            categoryIndex.put(category, categoryIndex.size() + 1);
        }
    }

    static PanelReading of(Instrument instrument) {
        if (instrument instanceof PointsRubric) {
            throw new IllegalArgumentException("a points rubric has no panel reading: each criterion has its own "
                    + "levels, so raters' values share no scale; compare its points results instead");
        }
        List<String> units = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        if (instrument instanceof MatrixInstrument) {
            MatrixInstrument matrix = (MatrixInstrument) instrument;
            matrix.rows().stream().map(MatrixRow::id).forEach(units::add);
            matrix.columns().stream().map(MatrixColumn::id).forEach(categories::add);
            return new PanelReading(new PanelScale(matrix.kind(), ValueKind.ORDINAL, categories), units);
        }
        if (instrument instanceof ConditionsAssessment) {
            ConditionsAssessment assessment = (ConditionsAssessment) instrument;
            for (Condition condition : assessment.conditions()) {
                condition.indicators().stream().map(Indicator::id).forEach(units::add);
            }
            assessment.scale().values().forEach(v -> categories.add(Integer.toString(v)));
            return new PanelReading(new PanelScale(assessment.kind(), ValueKind.RATING, categories), units);
        }
        if (instrument instanceof Survey) {
            Survey survey = (Survey) instrument;
            survey.statements().stream().map(Statement::id).forEach(units::add);
            survey.scale().values().forEach(v -> categories.add(Integer.toString(v)));
            return new PanelReading(new PanelScale(survey.kind(), ValueKind.RATING, categories), units);
        }
        if (instrument instanceof DistrictIndicators) {
            ((DistrictIndicators) instrument).indicators().stream().map(DistrictIndicator::id).forEach(units::add);
            for (ImplementationStatus status : ImplementationStatus.values()) {
                categories.add(wire(status.name()));
            }
            return new PanelReading(new PanelScale(instrument.kind(), ValueKind.ORDINAL, categories), units);
        }
        Checklist checklist = (Checklist) instrument;
        for (ChecklistGroup group : checklist.groups()) {
            group.items().stream().map(ChecklistItem::id).forEach(units::add);
        }
        categories.add(wire(ChecklistMark.OBSERVED.name()));
        categories.add(wire(ChecklistMark.NOT_OBSERVED.name()));
        return new PanelReading(new PanelScale(checklist.kind(), ValueKind.NOMINAL, categories), units);
    }

    private static String wire(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    PanelScale scale() {
        return scale;
    }

    List<String> units() {
        return units;
    }

    static int missing(MissingReason reason) {
        return -(reason.ordinal() + 1);
    }

    static MissingReason reasonOf(int code) {
        return MissingReason.values()[-code - 1];
    }

    /** Returns a value per unit from a response the instrument accepted and its score. */
    int[] read(Response response, ScoreResult score) {
        int[] codes = new int[units.size()];
        switch (scale.kind()) {
            case STAGED_RUBRIC:
            case ARCHETYPE_MATRIX: {
                List<RowFit> rows = score instanceof StageResult ? ((StageResult) score).rows()
                        : ((ArchetypeResult) score).rows();
                for (RowFit row : rows) {
                    codes[unitIndex.get(row.rowId())] = fit(row.fit());
                }
                return codes;
            }
            case CONDITIONS_ASSESSMENT:
            case SURVEY: {
                Map<String, Rating> ratings = ((Ratings) response.evidence()).byItem();
                for (int u = 0; u < codes.length; u++) {
                    Rating rating = ratings.get(units.get(u));
                    codes[u] = rating instanceof Rating.Rated
                            ? categoryIndex.get(Integer.toString(((Rating.Rated) rating).value()))
                            : missing(rating instanceof Rating.NotApplicable ? MissingReason.NOT_APPLICABLE
                                    : MissingReason.NOT_RATED);
                }
                return codes;
            }
            case DISTRICT_INDICATORS: {
                Map<String, IndicatorAssessment> statuses = ((Statuses) response.evidence()).byIndicator();
                for (int u = 0; u < codes.length; u++) {
                    IndicatorAssessment assessment = statuses.get(units.get(u));
                    codes[u] = assessment == null ? missing(MissingReason.NOT_ASSESSED)
                            : categoryIndex.get(wire(assessment.status().name()));
                }
                return codes;
            }
            default: {
                Map<String, ChecklistAnswer> answers = ((ChecklistAnswers) response.evidence()).byItem();
                for (int u = 0; u < codes.length; u++) {
                    ChecklistAnswer answer = answers.get(units.get(u));
                    codes[u] = answer == null ? missing(MissingReason.UNANSWERED)
                            : answer.mark() == ChecklistMark.NOT_APPLICABLE ? missing(MissingReason.NOT_APPLICABLE)
                            : categoryIndex.get(wire(answer.mark().name()));
                }
                return codes;
            }
        }
    }

    // A tie that a tie policy resolved counts as the column the policy chose: the rater's scoring settled it.
    private int fit(Fit fit) {
        if (fit.columnId().isPresent()) {
            return categoryIndex.get(fit.columnId().get());
        }
        if (scale.kind() == InstrumentKind.STAGED_RUBRIC) {
            return missing(MissingReason.NO_PLACEMENT);
        }
        if (fit instanceof Fit.Tie) {
            return missing(MissingReason.TIE);
        }
        return missing(fit instanceof Fit.NoEvidence ? MissingReason.NO_EVIDENCE : MissingReason.BELOW_THRESHOLD);
    }
}
