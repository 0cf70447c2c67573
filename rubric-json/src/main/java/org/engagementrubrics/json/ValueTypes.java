package org.engagementrubrics.json;

import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Fingerprint;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.coverage.GroupCoverage;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictDimension;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.scoring.ChecklistCounts;
import org.engagementrubrics.core.scoring.ColumnTally;
import org.engagementrubrics.core.scoring.CriterionPoints;
import org.engagementrubrics.core.scoring.ConditionSummary;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.InstrumentRef;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.RatingCounts;
import org.engagementrubrics.core.scoring.RatingSummary;
import org.engagementrubrics.core.scoring.ResponsePool;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.StatusCounts;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.MonitoredGroup;

/**
 * The table of value types that can sit in an embedder's own record, outside a whole document, each with
 * the codec of its shape in the format: a member of a sealed family (a {@code Fit.Tie}, {@code Ratings})
 * is written by its family's codec, with its {@code outcome} or {@code kind}, and read by it. The Jackson
 * module registers every row; documents are in {@link DocumentKind}.
 */
final class ValueTypes {

    /**
     * A value type and the codec of its shape: its own, or its sealed family's.
     *
     * @param <T> the value type
     */
    record Row<T>(Class<T> type, Codec<? super T> codec) {
    }

    static final List<Row<?>> ROWS = List.of(
            // values
            row(Fingerprint.class, ValueCodecs.FINGERPRINT),
            row(LocalizedText.class, ValueCodecs.TEXT),
            row(Extensions.class, ValueCodecs.EXTENSIONS),
            row(ExtensionValue.class, ValueCodecs.EXTENSION_VALUE),
            row(ExtensionValue.NullValue.class, ValueCodecs.EXTENSION_VALUE),
            row(ExtensionValue.BooleanValue.class, ValueCodecs.EXTENSION_VALUE),
            row(ExtensionValue.NumberValue.class, ValueCodecs.EXTENSION_VALUE),
            row(ExtensionValue.StringValue.class, ValueCodecs.EXTENSION_VALUE),
            row(ExtensionValue.ArrayValue.class, ValueCodecs.EXTENSION_VALUE),
            row(ExtensionValue.ObjectValue.class, ValueCodecs.EXTENSION_VALUE),
            // parts of instruments
            row(Source.class, InstrumentCodecs.SOURCE),
            row(Erratum.class, InstrumentCodecs.ERRATUM),
            row(Statement.class, InstrumentCodecs.STATEMENT),
            row(Cell.class, InstrumentCodecs.CELL),
            row(ScalePoint.class, InstrumentCodecs.Scales.SCALE_POINT),
            row(RatingScale.class, InstrumentCodecs.Scales.SCALE),
            row(Stage.class, InstrumentCodecs.Staged.STAGE),
            row(Standard.class, InstrumentCodecs.Staged.STANDARD),
            row(Archetype.class, InstrumentCodecs.Matrix.ARCHETYPE),
            row(Dimension.class, InstrumentCodecs.Matrix.DIMENSION),
            row(ProfileCondition.class, InstrumentCodecs.Matrix.PROFILE_CONDITION),
            row(ProfileRule.class, InstrumentCodecs.Matrix.PROFILE_RULE),
            row(Citation.class, InstrumentCodecs.Conditions.CITATION),
            row(Indicator.class, InstrumentCodecs.Conditions.INDICATOR),
            row(Condition.class, InstrumentCodecs.Conditions.CONDITION),
            row(DistrictDimension.class, InstrumentCodecs.District.DISTRICT_DIMENSION),
            row(DistrictIndicator.class, InstrumentCodecs.District.DISTRICT_INDICATOR),
            row(ChecklistItem.class, InstrumentCodecs.Checklists.CHECKLIST_ITEM),
            row(ChecklistGroup.class, InstrumentCodecs.Checklists.CHECKLIST_GROUP),
            row(MonitoredGroup.class, InstrumentCodecs.Surveys.MONITORED_GROUP),
            row(ContactGoal.class, InstrumentCodecs.Surveys.CONTACT_GOAL),
            row(Level.class, InstrumentCodecs.Points.LEVEL),
            row(CriterionScale.class, InstrumentCodecs.Points.SCALE),
            row(CriterionScale.Levels.class, InstrumentCodecs.Points.SCALE),
            row(CriterionScale.FreeForm.class, InstrumentCodecs.Points.SCALE),
            row(Criterion.class, InstrumentCodecs.Points.CRITERION),
            // evidence
            row(Evidence.class, ResponseCodecs.EVIDENCE),
            row(MarkedStatements.class, ResponseCodecs.EVIDENCE),
            row(Ratings.class, ResponseCodecs.EVIDENCE),
            row(Statuses.class, ResponseCodecs.EVIDENCE),
            row(ChecklistAnswers.class, ResponseCodecs.EVIDENCE),
            row(CriterionRatings.class, ResponseCodecs.EVIDENCE),
            row(CriterionRating.class, ResponseCodecs.CRITERION_RATING),
            row(CriterionRating.LevelChosen.class, ResponseCodecs.CRITERION_RATING),
            row(CriterionRating.Points.class, ResponseCodecs.CRITERION_RATING),
            row(CriterionRating.NotRated.class, ResponseCodecs.CRITERION_RATING),
            row(CriterionRating.NotApplicable.class, ResponseCodecs.CRITERION_RATING),
            row(Rating.class, ResponseCodecs.RATING),
            row(Rating.Rated.class, ResponseCodecs.RATING),
            row(Rating.NotRated.class, ResponseCodecs.RATING),
            row(Rating.NotApplicable.class, ResponseCodecs.RATING),
            row(IndicatorAssessment.class, ResponseCodecs.ASSESSMENT),
            row(ChecklistAnswer.class, ResponseCodecs.ANSWER),
            // parts of results
            row(InstrumentRef.class, ResultCodecs.INSTRUMENT_REF),
            row(Explanation.class, ResultCodecs.EXPLANATION),
            row(ColumnTally.class, ResultCodecs.TALLY),
            row(Fit.class, ResultCodecs.FIT),
            row(Fit.Winner.class, ResultCodecs.FIT),
            row(Fit.Tie.class, ResultCodecs.FIT),
            row(Fit.Resolved.class, ResultCodecs.FIT),
            row(Fit.NoEvidence.class, ResultCodecs.FIT),
            row(Fit.BelowThreshold.class, ResultCodecs.FIT),
            row(RowFit.class, ResultCodecs.ROW_FIT),
            row(Profile.class, ResultCodecs.PROFILE),
            row(Profile.Classified.class, ResultCodecs.PROFILE),
            row(Profile.Unclassified.class, ResultCodecs.PROFILE),
            row(Profile.NoRules.class, ResultCodecs.PROFILE),
            row(RatingSummary.class, ResultCodecs.RATING_SUMMARY),
            row(ConditionSummary.class, ResultCodecs.CONDITION_SUMMARY),
            row(StatusCounts.class, ResultCodecs.STATUS_COUNTS),
            row(ChecklistCounts.class, ResultCodecs.CHECKLIST_COUNTS),
            row(ResponsePool.class, ResultCodecs.RESPONSE_POOL),
            row(CriterionPoints.class, ResultCodecs.CRITERION_POINTS),
            // parts of tally states
            row(RatingCounts.class, TallyCodecs.RATING_COUNTS),
            // parts of coverage results
            row(CoverageGoal.class, CoverageCodecs.GOAL),
            row(SmallCellRule.class, CoverageCodecs.RULE),
            row(SchoolCalendar.class, CoverageCodecs.CALENDAR),
            row(Figures.class, CoverageCodecs.FIGURES),
            row(Figures.Shown.class, CoverageCodecs.FIGURES),
            row(Figures.NoFamilies.class, CoverageCodecs.FIGURES),
            row(Figures.Withheld.class, CoverageCodecs.FIGURES),
            row(GroupCoverage.class, CoverageCodecs.GROUP));

    private ValueTypes() {
    }

    private static <T> Row<T> row(Class<T> type, Codec<? super T> codec) {
        return new Row<>(type, codec);
    }
}
