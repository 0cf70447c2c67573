package org.engagementrubrics.testkit;

import java.util.List;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * Generators of valid instruments and of valid responses to them.
 *
 * <p>Every instrument these generators give passes {@code RubricValidator.create().validate(instrument)}
 * with no problem, and every response passes {@code validate(response, instrument)}: ids are unique
 * within the instrument, labels are distinct, positions, numbers and scale values ascend, ranks are
 * distinct, cells follow column order and every reference resolves. Within those rules the shapes vary
 * widely: random ids, texts in one or two languages (sometimes with a non-English default), optional
 * components present or absent, vendor extensions, empty cells, rows without a cell for some columns,
 * scales with gaps, and evidence from nothing marked to everything marked.
 *
 * <p>Every generator here also shrinks ({@link Gen#shrink(Object)}): instruments towards fewer rows,
 * columns, conditions, indicators, statements, goals, groups and items, proposing only candidates that
 * still pass validation; evidence towards fewer marks, ratings, statuses and answers; responses towards
 * smaller evidence; lists of responses towards fewer responses.
 *
 * <pre>{@code
 * Gen<ArchetypeMatrix> matrices = Generators.archetypeMatrices();
 * Gen<Response> responses = matrices.flatMap(Generators::response);
 * }</pre>
 */
public final class Generators {

    private Generators() {
    }

    // ----- building blocks ----------------------------------------------------------------------

    /**
     * Returns a generator of valid ids, not necessarily distinct.
     *
     * @return the generator
     * @see IdPool#randomId(RandomGenerator)
     */
    public static Gen<String> ids() {
        return ValueGenerators.ids();
    }

    /**
     * Returns a generator of non-blank texts of one to six words, some of them outside ASCII.
     *
     * @return the generator
     */
    public static Gen<String> texts() {
        return ValueGenerators.texts();
    }

    /**
     * Returns a generator of localized texts: mostly English only, sometimes with a second language,
     * and then sometimes with the second language as the default.
     *
     * @return the generator
     */
    public static Gen<LocalizedText> localizedTexts() {
        return ValueGenerators.localizedTexts();
    }

    /**
     * Returns a generator of free JSON values for extensions: strings, numbers with a scale, booleans,
     * nulls, and arrays and objects nested at most two deep.
     *
     * @return the generator
     */
    public static Gen<ExtensionValue> extensionValues() {
        return ValueGenerators.extensionValues();
    }

    /**
     * Returns a generator of vendor extensions: mostly empty, otherwise one to three keys.
     *
     * @return the generator
     */
    public static Gen<Extensions> extensions() {
        return ValueGenerators.extensions();
    }

    /**
     * Returns a generator of statements with random (not necessarily distinct) ids.
     *
     * @return the generator
     */
    public static Gen<Statement> statements() {
        return ValueGenerators.statements();
    }

    /**
     * Returns a generator of rating scales: 2 to 7 points with strictly increasing values that may start
     * below, at or above 1 and may skip values (such as 0..6, 1..4 or 1, 3, 5), with distinct labels.
     *
     * @return the generator
     */
    public static Gen<RatingScale> ratingScales() {
        return RatingGenerators.ratingScales();
    }

    // ----- instruments ---------------------------------------------------------------------------

    /**
     * Returns a generator of valid archetype matrices: 2 to 5 archetypes with distinct ranks (in
     * ascending or random order), 1 to 6 dimensions with a cell for most archetypes and 0 to 5 statements
     * per cell, and 0 to 4 profile rules whose conditions name real archetypes (distinct within a
     * condition).
     *
     * @return the generator
     */
    public static Gen<ArchetypeMatrix> archetypeMatrices() {
        return archetypeMatrices(Sizes.typical());
    }

    /**
     * Returns a generator of valid archetype matrices of the given sizes: columns bound the archetypes,
     * rows the dimensions.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<ArchetypeMatrix> archetypeMatrices(Sizes sizes) {
        return MatrixGenerators.archetypeMatrices(checked(sizes)).withShrinker(InstrumentShrinkers::archetypeMatrix);
    }

    /**
     * Returns a generator of valid staged rubrics: 2 to 4 stages with ascending (possibly gapped)
     * positions and distinct labels, 1 to 5 standards with ascending numbers, each with cells on a
     * non-empty subset of the stages and 0 to 5 statements per cell.
     *
     * @return the generator
     */
    public static Gen<StagedRubric> stagedRubrics() {
        return stagedRubrics(Sizes.typical());
    }

    /**
     * Returns a generator of valid staged rubrics of the given sizes: columns bound the stages, rows the
     * standards.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<StagedRubric> stagedRubrics(Sizes sizes) {
        return MatrixGenerators.stagedRubrics(checked(sizes)).withShrinker(InstrumentShrinkers::stagedRubric);
    }

    /**
     * Returns a generator of valid matrix instruments: archetype matrices and staged rubrics in equal
     * measure.
     *
     * @return the generator
     */
    public static Gen<MatrixInstrument> matrixInstruments() {
        return matrixInstruments(Sizes.typical());
    }

    /**
     * Returns a generator of valid matrix instruments of the given sizes.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<MatrixInstrument> matrixInstruments(Sizes sizes) {
        return Gen.<MatrixInstrument>oneOf(archetypeMatrices(sizes), stagedRubrics(sizes))
                .withShrinker(InstrumentShrinkers::ofKind);
    }

    /**
     * Returns a generator of valid conditions assessments: a random {@linkplain #ratingScales() scale},
     * 1 to 4 conditions with ascending numbers, each with 0 to 5 indicators with ascending numbers and 0 to
     * 2 citations.
     *
     * @return the generator
     */
    public static Gen<ConditionsAssessment> conditionsAssessments() {
        return conditionsAssessments(Sizes.typical());
    }

    /**
     * Returns a generator of valid conditions assessments of the given sizes: rows bound the conditions,
     * items the indicators of each.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<ConditionsAssessment> conditionsAssessments(Sizes sizes) {
        return RatingGenerators.conditionsAssessments(checked(sizes))
                .withShrinker(InstrumentShrinkers::conditionsAssessment);
    }

    /**
     * Returns a generator of valid surveys: a random {@linkplain #ratingScales() scale}, 1 to 8 statements
     * and 0 to 2 contact goals with 0 to 3 monitored groups each.
     *
     * @return the generator
     */
    public static Gen<Survey> surveys() {
        return surveys(Sizes.typical());
    }

    /**
     * Returns a generator of valid surveys of the given sizes: items bound the statements.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<Survey> surveys(Sizes sizes) {
        return RatingGenerators.surveys(checked(sizes)).withShrinker(InstrumentShrinkers::survey);
    }

    /**
     * Returns a generator of valid district indicators: 1 to 8 indicators over dimensions A to E, with
     * optional core functions and effective practices and 0 to 3 guiding questions.
     *
     * @return the generator
     */
    public static Gen<DistrictIndicators> districtIndicators() {
        return districtIndicators(Sizes.typical());
    }

    /**
     * Returns a generator of valid district indicators of the given sizes: items bound the indicators.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<DistrictIndicators> districtIndicators(Sizes sizes) {
        return DistrictGenerators.districtIndicators(checked(sizes)).withShrinker(InstrumentShrinkers::districtIndicators);
    }

    /**
     * Returns a generator of valid checklists: 1 to 3 groups of 1 to 5 items, some items labelled.
     *
     * @return the generator
     */
    public static Gen<Checklist> checklists() {
        return checklists(Sizes.typical());
    }

    /**
     * Returns a generator of valid checklists of the given sizes: rows bound the groups, items the items of
     * each.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<Checklist> checklists(Sizes sizes) {
        return ChecklistGenerators.checklists(checked(sizes)).withShrinker(InstrumentShrinkers::checklist);
    }

    /**
     * Returns a generator of valid points rubrics: 1 to 4 criteria, each free-form, with 1 to 5 levels, or with
     * 1 to 5 ranged levels of distinct points; points from 0 to 100 with up to two decimals, some weights
     * other than 1.
     *
     * @return the generator
     */
    public static Gen<PointsRubric> pointsRubrics() {
        return pointsRubrics(Sizes.typical());
    }

    /**
     * Returns a generator of valid points rubrics of the given sizes: rows bound the criteria, items the levels
     * of each.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<PointsRubric> pointsRubrics(Sizes sizes) {
        return PointsGenerators.pointsRubrics(checked(sizes)).withShrinker(InstrumentShrinkers::pointsRubric);
    }

    /**
     * Returns a generator of valid instruments of every kind, in equal measure.
     *
     * @return the generator
     */
    public static Gen<Instrument> instruments() {
        return instruments(Sizes.typical());
    }

    /**
     * Returns a generator of valid instruments of every kind, in equal measure, of the given sizes.
     *
     * @param sizes the sizes, not null
     * @return the generator
     */
    public static Gen<Instrument> instruments(Sizes sizes) {
        return Gen.<Instrument>oneOf(archetypeMatrices(sizes), stagedRubrics(sizes), conditionsAssessments(sizes),
                surveys(sizes), districtIndicators(sizes), checklists(sizes), pointsRubrics(sizes))
                .withShrinker(InstrumentShrinkers::instrument);
    }

    // ----- evidence and responses ---------------------------------------------------------------

    /**
     * Returns a generator of marks on a matrix instrument: each statement marked with one probability
     * per generated value, drawn from nothing marked to everything marked.
     *
     * @param matrix the instrument, not null
     * @return the generator
     */
    public static Gen<MarkedStatements> marks(MatrixInstrument matrix) {
        return MatrixGenerators.marks(matrix).withShrinker(InstrumentShrinkers::evidenceOfKind);
    }

    /**
     * Returns a generator of ratings of a conditions assessment's indicators or a survey's statements:
     * per item, no answer, a value on the scale, not rated or not applicable.
     *
     * @param instrument a conditions assessment or a survey, not null
     * @return the generator
     * @throws IllegalArgumentException if the instrument takes no ratings
     */
    public static Gen<Ratings> ratings(Instrument instrument) {
        return RatingGenerators.ratings(instrument).withShrinker(InstrumentShrinkers::evidenceOfKind);
    }

    /**
     * Returns a generator of statuses of district indicators: per indicator, no assessment or a status
     * with optional evidence text, and a priority only with status NONE.
     *
     * @param district the indicators, not null
     * @return the generator
     */
    public static Gen<Statuses> statuses(DistrictIndicators district) {
        return DistrictGenerators.statuses(district).withShrinker(InstrumentShrinkers::evidenceOfKind);
    }

    /**
     * Returns a generator of checklist answers: per item, no answer or a mark with optional notes.
     *
     * @param checklist the checklist, not null
     * @return the generator
     */
    public static Gen<ChecklistAnswers> answers(Checklist checklist) {
        return ChecklistGenerators.answers(checklist).withShrinker(InstrumentShrinkers::evidenceOfKind);
    }

    /**
     * Returns a generator of criterion ratings of a points rubric: per criterion, no rating, a level, points
     * within its range or maximum (for ranged and free-form criteria), not rated or not applicable.
     *
     * @param rubric the rubric, not null
     * @return the generator
     */
    public static Gen<CriterionRatings> criterionRatings(PointsRubric rubric) {
        return PointsGenerators.criterionRatings(rubric).withShrinker(InstrumentShrinkers::evidenceOfKind);
    }

    /**
     * Returns a generator of the evidence an instrument takes: marks, ratings, statuses, answers or criterion
     * ratings.
     *
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<Evidence> evidence(Instrument instrument) {
        return ResponseGenerators.evidence(instrument).withShrinker(InstrumentShrinkers::evidence);
    }

    /**
     * Returns a generator of valid responses to an instrument, with a random id and evidence.
     *
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<Response> response(Instrument instrument) {
        return ResponseGenerators.response(instrument).withShrinker(InstrumentShrinkers::response);
    }

    /**
     * Returns a generator of valid responses to an instrument, with a random id and the given evidence.
     *
     * @param instrument the instrument, not null
     * @param evidence the evidence generator, which must fit the instrument, not null
     * @return the generator
     */
    public static Gen<Response> response(Instrument instrument, Gen<? extends Evidence> evidence) {
        return ResponseGenerators.response(instrument, evidence).withShrinker(InstrumentShrinkers::response);
    }

    /**
     * Returns a generator of lists of valid responses to an instrument, with distinct ids.
     *
     * @param instrument the instrument, not null
     * @param min the fewest responses, at least 0
     * @param max the most responses, at least {@code min}
     * @return the generator
     */
    public static Gen<List<Response>> responses(Instrument instrument, int min, int max) {
        return ResponseGenerators.responses(instrument, min, max)
                .withShrinker(list -> Shrinking.list(list, min, InstrumentShrinkers::response));
    }

    /**
     * Returns a generator of distinct values drawn from another generator, for sets of ids.
     *
     * @param <T> the value type
     * @param values the generator of candidates, not null
     * @param min the fewest values, at least 0
     * @param max the most values, at least {@code min}
     * @return the generator; it throws {@link GenerationException} if candidates repeat too often
     */
    public static <T> Gen<List<T>> distinct(Gen<T> values, int min, int max) {
        return ValueGenerators.distinct(values, min, max);
    }

    static Sizes checked(Sizes sizes) {
        return java.util.Objects.requireNonNull(sizes, "sizes");
    }
}
