package org.engagementrubrics.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.groups.GroupedTally;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePointsScheme;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.Fixtures;

/**
 * The values the golden files under {@code golden/} were written from, by file name.
 *
 * <p>Instruments come from {@link Fixtures}, responses are made here by hand, results are what
 * {@link ScoringEngine#defaults()} (or a named variant of it) gives for those responses, and coverage results
 * are {@link CoverageSamples}.
 */
final class GoldenValues {

    private static final Instant WHEN = Fixtures.WHEN;

    private GoldenValues() {
    }

    /** Every golden value by file name ({@code <kind>[-variant].json}), in a fixed order. */
    /** The matrix with a lenient rule that needs at least 3 resolved rows (issue 9 item 15). */
    private static ArchetypeMatrix minResolvedRows(ArchetypeMatrix m) {
        List<org.engagementrubrics.core.matrix.ProfileRule> rules = new java.util.ArrayList<>(m.profileRules());
        rules.add(new org.engagementrubrics.core.matrix.ProfileRule("emerging", 0,
                org.engagementrubrics.core.LocalizedText.of("Emerging"), List.of(
                        org.engagementrubrics.core.matrix.ProfileCondition.in(
                                org.engagementrubrics.core.matrix.ProfileCondition.Comparison.AT_MOST, 0, "fortress")),
                3));
        return new ArchetypeMatrix(m.id(), m.version(), m.title(), m.source(), m.errata(), m.extensions(),
                m.instructions(), m.archetypes(), m.dimensions(), rules);
    }

    static Map<String, Object> all() {
        ScoringEngine engine = ScoringEngine.defaults();
        Map<String, Object> values = new LinkedHashMap<>();

        StagedRubric staged = Fixtures.stagedRubric();
        ArchetypeMatrix matrix = Fixtures.fourVersions();
        ConditionsAssessment conditions = Fixtures.conditions();
        DistrictIndicators district = Fixtures.district();
        Checklist checklist = Fixtures.checklist();
        Survey survey = Fixtures.survey();
        ArchetypeMatrix localized = localizedMatrix();

        // ----- instruments, one per kind, and one with translations, nullable fields and extensions
        values.put("staged-rubric.json", staged);
        values.put("archetype-matrix.json", matrix);
        values.put("archetype-matrix-localized-extensions.json", localized);
        values.put("archetype-matrix-min-resolved-rows.json", minResolvedRows(matrix)); // issue 9 item 15
        values.put("conditions-assessment.json", conditions);
        values.put("district-indicators.json", district);
        values.put("checklist.json", checklist);
        values.put("survey.json", survey);
        PointsRubric points = Fixtures.pointsRubric();
        values.put("points-rubric.json", points);

        // ----- responses, one per evidence kind, and one with nullable fields and extensions
        Response marks = Response.of("r-marks", staged.id(), "team-a", "school-12", WHEN,
                MarkedStatements.of("x2", "x1", "i1", "e1"));
        Response ratings = Response.of("r-ratings", conditions.id(), "team-a", "school-12", WHEN,
                Ratings.of(Fixtures.ratings("c4-i1", 3, "c4-i2", 4, "c4-i3", 2, "c4-i4", Rating.notRated(),
                        "c4-i5", Rating.notApplicable())));
        Response statuses = Response.of("r-statuses", district.id(), "district-office", "district-7", WHEN,
                Statuses.of(Map.of(
                        "6837", new IndicatorAssessment(ImplementationStatus.LIMITED, "Newsletter only goes one way",
                                false),
                        "6838", IndicatorAssessment.of(ImplementationStatus.FULL),
                        "7001", new IndicatorAssessment(ImplementationStatus.NONE, null, true))));
        Response answers = Response.of("r-answers", checklist.id(), "parent-3", "school-12", WHEN,
                ChecklistAnswers.of(Map.of(
                        "look-1", ChecklistAnswer.of(ChecklistMark.OBSERVED),
                        "look-2", new ChecklistAnswer(ChecklistMark.NOT_OBSERVED, "only in the hallway"),
                        "q-pace", ChecklistAnswer.of(ChecklistMark.OBSERVED),
                        "q-tech", ChecklistAnswer.of(ChecklistMark.NOT_APPLICABLE))));
        Response matrixMarks = Response.of("r-matrix", matrix.id(), "team-a", "school-12", WHEN,
                Fixtures.fits("partnership", "partnership", "partnership", "open-door", "open-door"));
        Response extended = new Response("r-extended", localized.id(), localized.version(), "team-b",
                "school-12", Instant.parse("2026-10-02T08:30:15.250Z"),
                MarkedStatements.of("br-partnership-1", "ll-fortress-2", "ll-open-door-1"),
                extensions("response"));
        values.put("response-marks.json", marks);
        values.put("response-marks-extensions.json", extended);
        values.put("response-ratings.json", ratings);
        values.put("response-statuses.json", statuses);
        values.put("response-checklist-answers.json", answers);
        Response criterionRatings = Response.of("r-points", points.id(), "team-a", "school-12", WHEN,
                CriterionRatings.of(Map.of("welcome", CriterionRating.level("warm"),
                        "listening", CriterionRating.points(new java.math.BigDecimal("3.25")),
                        "notes", CriterionRating.points(new java.math.BigDecimal("2.5")),
                        "translation", CriterionRating.notApplicable())));
        Response criterionRatings2 = Response.of("r-points-2", points.id(), "team-b", "school-12", WHEN,
                CriterionRatings.of(Map.of("listening", CriterionRating.level("partial"),
                        "notes", CriterionRating.notRated(), "translation", CriterionRating.level("yes"))));
        values.put("response-criterion-ratings.json", criterionRatings);

        // ----- results, one per kind, and variants for every fit and profile outcome
        values.put("matrix-result.json", engine.bestFit(staged, marks));
        values.put("archetype-result.json", engine.score(matrix, matrixMarks));
        values.put("archetype-result-unclassified.json", engine.score(matrix, Response.of("r-gaps", matrix.id(),
                "team-a", "school-12", WHEN, Fixtures.fits("partnership", "partnership", "open-door",
                        "come-if-we-call", "fortress"))));
        values.put("archetype-result-resolved-tie.json", engine.withTiePolicy(TiePolicies.lowerLevel())
                .score(localized, extended));
        values.put("stage-result.json", engine.score(staged, marks));
        values.put("stage-result-below-threshold.json", engine.withStagePlacement(StagePlacements.cumulative(0.5))
                .score(staged, Response.of("r-high", staged.id(), "team-a", "school-12", WHEN,
                        MarkedStatements.of("i1", "i2", "i3"))));
        values.put("rating-result.json", engine.summarize(conditions, List.of(ratings)));
        values.put("rollup-result.json", engine.summarize(district, List.of(statuses)));
        values.put("checklist-result.json", engine.summarize(checklist, List.of(answers)));
        List<Response> guardians = List.of(
                Response.of("g-1", survey.id(), "g-1", "school-12", WHEN,
                        Ratings.of(Fixtures.ratings("s1", 4, "s2", 1))),
                Response.of("g-2", survey.id(), "g-2", "school-12", WHEN, Ratings.of(Fixtures.ratings("s1", 3))),
                Response.of("g-3", survey.id(), "g-3", "school-12", WHEN,
                        Ratings.of(Fixtures.ratings("s1", Rating.notApplicable(), "s2", 2))));
        values.put("survey-result.json", engine.summarize(survey, guardians));
        values.put("points-result.json", engine.score(points, criterionRatings));
        values.put("points-result-pooled.json", engine.summarize(points, List.of(criterionRatings, criterionRatings2)));
        Response otherSchool = new Response("r-answers-2", checklist.id(), null, "parent-4", "school-14", WHEN,
                ChecklistAnswers.of(Map.of("look-1", ChecklistAnswer.of(ChecklistMark.NOT_OBSERVED))),
                Extensions.empty());
        values.put("checklist-result-two-subjects.json", engine.summarize(checklist, List.of(answers, otherSchool)));

        // ----- the states of tallies, one per pooled kind, and an empty one (issue 10 item 1)
        values.put("rating-tally.json", engine.prepare(conditions).tally().add(ratings).state());
        values.put("rollup-tally.json", engine.prepare(district).tally().add(statuses).state());
        values.put("checklist-tally.json", engine.prepare(checklist).tally().add(answers).add(otherSchool).state());
        Tally<SurveyResult> guardianTally = engine.prepare(survey).tally();
        guardians.forEach(guardianTally::add);
        values.put("survey-tally.json", guardianTally.state());
        values.put("survey-tally-empty.json", engine.prepare(survey).tally().state());
        values.put("points-tally.json", engine.prepare(points).tally().add(criterionRatings).add(criterionRatings2)
                .state());

        // ----- survey results by roster group: shown, withheld (small, complementary), no respondents, a stranger
        Roster roster = Roster.of(Family.of("fam-1", "race-ethnicity:hispanic", "iep"),
                Family.of("fam-2", "race-ethnicity:hispanic"), Family.of("fam-3", "race-ethnicity:white"),
                Family.of("fam-4", "race-ethnicity:white"), Family.of("fam-5", "race-ethnicity:asian"),
                Family.of("fam-6", "foster-care"));
        List<Response> families = List.of(
                Response.of("b-1", survey.id(), "fam-1", "school-12", WHEN,
                        Ratings.of(Fixtures.ratings("s1", 4, "s2", 1))),
                Response.of("b-2", survey.id(), "fam-2", "school-12", WHEN,
                        Ratings.of(Fixtures.ratings("s1", 3))),
                Response.of("b-3", survey.id(), "fam-3", "school-12", WHEN,
                        Ratings.of(Fixtures.ratings("s1", 2, "s2", 2))),
                Response.of("b-4", survey.id(), "fam-4", "school-12", WHEN,
                        Ratings.of(Fixtures.ratings("s1", 4, "s2", 4))),
                Response.of("b-5", survey.id(), "fam-5", "school-12", WHEN,
                        Ratings.of(Fixtures.ratings("s1", 1, "s2", 3))),
                Response.of("b-6", survey.id(), "stranger", "school-12", WHEN,
                        Ratings.of(Fixtures.ratings("s1", Rating.notApplicable(), "s2", 3))));
        GroupedTally<SurveyResult> byGroup = GroupedTally.of(engine.prepare(survey), roster);
        families.forEach(byGroup::add);
        values.put("survey-by-group-result.json", byGroup.result(SmallCellRule.minimum(2)));
        values.put("survey-by-group-result-rule-off.json", byGroup.result(SmallCellRule.off()));

        // ----- contact coverage: every kind of figures and withholding, rule off, another calendar, no periods
        values.put("coverage-result.json", CoverageSamples.twoQuarters());
        values.put("coverage-result-months-rule-off.json", CoverageSamples.monthsRuleOff());
        values.put("coverage-result-small-total.json", CoverageSamples.smallTotal());
        values.put("coverage-result-no-periods.json", CoverageSamples.noPeriods());

        // ----- change over time: every standing and movement, two versions through a mapping, a withheld statement
        values.put("comparison.json", ChangeSamples.stagedAcrossVersions());
        values.put("comparison-matrix.json", ChangeSamples.matrix());
        values.put("comparison-survey.json", ChangeSamples.survey());
        values.put("comparison-conditions.json", ChangeSamples.conditions());
        values.put("comparison-district.json", ChangeSamples.district());
        values.put("id-mapping.json", ChangeSamples.MAPPING);
        // ----- panels of raters: aggregates and agreement reports (issue 11)
        values.putAll(PanelSamples.goldenValues());
        // ----- points of a staged rubric (issue 14): a weighted scheme excluding unplaced standards, and one with
        // decimal points counting them as zero; the results beside their placements
        StagePointsScheme byStage = StagePointsScheme.of("by-stage", List.of(new BigDecimal("1"), new BigDecimal("2"),
                new BigDecimal("3"))).withWeights(Map.of("standard-1", new BigDecimal("2")));
        StagePointsScheme zero = new StagePointsScheme("half-points", List.of(new BigDecimal("0.5"),
                new BigDecimal("1.5"), new BigDecimal("2.5")), Map.of(), StagePointsScheme.Unplaced.ZERO);
        values.put("stage-points-scheme.json", byStage);
        values.put("stage-points-scheme-zero.json", zero);
        values.put("stage-result-points.json", engine.withStagePoints(byStage).score(staged, marks));
        values.put("stage-result-points-zero.json", engine.withStagePoints(zero).score(staged, marks));
        return values;
    }

    /**
     * The four-versions matrix with a two-language title and instructions, every nullable field present
     * (a motto, a source citation), an erratum, no profile rules, and extensions holding nested JSON on
     * the instrument, on a row (dimension) and on a statement.
     */
    static ArchetypeMatrix localizedMatrix() {
        ArchetypeMatrix base = Fixtures.fourVersions();
        List<Archetype> archetypes = base.archetypes().stream()
                .map(a -> new Archetype(a.id(), a.rank(), a.name(),
                        LocalizedText.of("Motto of " + a.name().text()).withTranslation("es", "Lema de " + a.id()),
                        a.levelName(), a.extensions()))
                .toList();
        List<Dimension> dimensions = new java.util.ArrayList<>(base.dimensions());
        Dimension first = dimensions.get(0);
        List<Cell> cells = new java.util.ArrayList<>(first.cells());
        Cell cell = cells.get(0);
        List<Statement> statements = new java.util.ArrayList<>(cell.statements());
        Statement statement = statements.get(0);
        statements.set(0, new Statement(statement.id(),
                statement.text().withTranslation("es", "br partnership uno"), extensions("statement")));
        cells.set(0, new Cell(cell.columnId(), statements));
        dimensions.set(0, new Dimension(first.id(), first.name().withTranslation("es", "Dimensión br"), cells,
                extensions("row")));
        return new ArchetypeMatrix("four-versions-es", "2.1.0",
                LocalizedText.of(Map.of("en", "4 Versions", "es", "4 versiones"), "es"),
                new Source(LocalizedText.of("Test"), "Tests", "Tests, p. 12 (2026)"),
                List.of(new Erratum("erratum-1", "dimension br", LocalizedText.of("Partnershp"),
                        LocalizedText.of("Partnership"), LocalizedText.of("A typing error in the seed"))),
                extensions("instrument"),
                LocalizedText.of(Map.of("en", "Check only 1 box in each row", "es", "Marque solo 1 casilla por fila"),
                        "en"),
                archetypes, dimensions, List.of());
    }

    /** Nested vendor data: objects, arrays, a decimal kept as 1.50, a boolean and a null. */
    static Extensions extensions(String where) {
        Map<String, ExtensionValue> nested = new LinkedHashMap<>();
        nested.put("weight", ExtensionValue.of(new BigDecimal("1.50")));
        nested.put("flags", new ExtensionValue.ArrayValue(List.of(ExtensionValue.of(true), new ExtensionValue.NullValue(),
                ExtensionValue.of("x"), new ExtensionValue.ArrayValue(List.of()))));
        nested.put("empty", new ExtensionValue.ObjectValue(Map.of()));
        Map<String, ExtensionValue> values = new LinkedHashMap<>();
        values.put("vendorCode", ExtensionValue.of("FE-" + where));
        values.put("acme", new ExtensionValue.ObjectValue(nested));
        values.put("exported", ExtensionValue.of(false));
        values.put("reviewedBy", new ExtensionValue.NullValue());
        values.put("scores", new ExtensionValue.ArrayValue(List.of(ExtensionValue.of(new BigDecimal("-2")),
                ExtensionValue.of(new BigDecimal("3.0e-2")), ExtensionValue.of(new BigDecimal("1E+3")))));
        return Extensions.of(values);
    }
}
