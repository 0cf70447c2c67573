package org.engagementrubrics.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictDimension;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;

/**
 * Small hand-made instruments and responses with answers that can be worked out by hand.
 *
 * <p>The instruments and responses are immutable; the class holds no state and is thread-safe.
 */
public final class Fixtures {

    /** The submission time of {@link #response(String, Evidence)}: 1 October 2026, 15:00 UTC. */
    public static final Instant WHEN = Instant.parse("2026-10-01T15:00:00Z");
    /** The archetype ids of {@link #fourVersions()}, from the highest rank (4) down to the lowest (1). */
    public static final List<String> ARCHETYPES = List.of("partnership", "open-door", "come-if-we-call", "fortress");
    /** The dimension ids of {@link #fourVersions()}, in order; {@link #fits(String...)} takes one archetype each. */
    public static final List<String> DIMENSIONS = List.of("br", "ll", "ad", "sa", "sp");

    private Fixtures() {
    }

    /**
     * Returns an archetype matrix of 4 archetypes x 5 dimensions with 2 statements per cell (ids such as
     * {@code br-partnership-1}) and one profile rule per archetype, "Advanced" (rank 4) to "Below Basic" (rank 1).
     *
     * @return the matrix {@code four-versions}, version 1.0.0
     */
    public static ArchetypeMatrix fourVersions() {
        List<Archetype> archetypes = new ArrayList<>();
        String[] levels = {"Advanced", "Proficient", "Basic", "Below Basic"};
        for (int i = 0; i < ARCHETYPES.size(); i++) {
            archetypes.add(new Archetype(ARCHETYPES.get(i), 4 - i, LocalizedText.of(name(ARCHETYPES.get(i))),
                    null, LocalizedText.of(levels[i]), Extensions.empty()));
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            List<Cell> cells = new ArrayList<>();
            for (String archetype : ARCHETYPES) {
                cells.add(Cell.of(archetype, Statement.of(dimension + "-" + archetype + "-1", dimension + " " + archetype + " one"),
                        Statement.of(dimension + "-" + archetype + "-2", dimension + " " + archetype + " two")));
            }
            dimensions.add(new Dimension(dimension, LocalizedText.of("Dimension " + dimension), cells, Extensions.empty()));
        }
        List<ProfileRule> rules = List.of(
                new ProfileRule("advanced", 4, LocalizedText.of("Advanced"), List.of(
                        ProfileCondition.in(ProfileCondition.Comparison.AT_LEAST, 3, "partnership"),
                        ProfileCondition.notIn(ProfileCondition.Comparison.AT_MOST, 0, "partnership", "open-door"))),
                new ProfileRule("proficient", 3, LocalizedText.of("Proficient"), List.of(
                        ProfileCondition.in(ProfileCondition.Comparison.AT_LEAST, 4, "open-door", "partnership"),
                        ProfileCondition.in(ProfileCondition.Comparison.AT_MOST, 0, "fortress"))),
                new ProfileRule("basic", 2, LocalizedText.of("Basic"), List.of(
                        ProfileCondition.in(ProfileCondition.Comparison.AT_LEAST, 3, "come-if-we-call"),
                        ProfileCondition.in(ProfileCondition.Comparison.AT_MOST, 0, "partnership"))),
                new ProfileRule("below-basic", 1, LocalizedText.of("Below Basic"), List.of(
                        ProfileCondition.in(ProfileCondition.Comparison.AT_LEAST, 3, "fortress"),
                        ProfileCondition.in(ProfileCondition.Comparison.AT_MOST, 0, "open-door", "partnership"))));
        return new ArchetypeMatrix("four-versions", "1.0.0", LocalizedText.of("4 Versions"), Source.of("Test", "Tests"),
                List.of(), Extensions.empty(), LocalizedText.of("Check only 1 box in each row"), archetypes, dimensions,
                rules);
    }

    private static String name(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1) + " School";
    }

    /**
     * Returns marks for {@link #fourVersions()} that make each dimension's best fit the given archetype, one mark
     * (the cell's first statement) per dimension.
     *
     * @param archetypePerDimension an archetype id per dimension, in {@link #DIMENSIONS} order; null leaves that
     *        dimension unmarked, and dimensions past the end of the array stay unmarked too
     * @return the marked statements
     */
    public static MarkedStatements fits(String... archetypePerDimension) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < archetypePerDimension.length; i++) {
            if (archetypePerDimension[i] != null) {
                marks.add(DIMENSIONS.get(i) + "-" + archetypePerDimension[i] + "-1");
            }
        }
        return MarkedStatements.of(marks);
    }

    /**
     * Returns a response {@code r-1} by rater {@code team-a} about subject {@code school-12}, submitted at
     * {@link #WHEN}.
     *
     * @param instrumentId the id of the instrument the response answers, not null
     * @param evidence the marks or ratings, not null
     * @return the response
     */
    public static Response response(String instrumentId, Evidence evidence) {
        return Response.of("r-1", instrumentId, "team-a", "school-12", WHEN, evidence);
    }

    /**
     * Returns a staged rubric of 3 stages (exploration, expansion, integration) and 2 standards: standard 1 has
     * 2 / 4 / 3 statements on the three stages, standard 2 one statement on each of the first two.
     *
     * @return the rubric {@code family-engagement}, version 1.0.0
     */
    public static StagedRubric stagedRubric() {
        return stagedRubric(List.of(Stage.of("exploration", 1, "Exploration"), Stage.of("expansion", 2, "Expansion"),
                Stage.of("integration", 3, "Integration")), "integration");
    }

    /**
     * Returns the rubric of {@link #stagedRubric()} with other stages, to build rubrics that break a rule about
     * stages: the cells still name exploration and expansion, and the third cell of standard 1 names
     * {@code thirdCellStage}.
     *
     * @param stages the rubric's stages, not null
     * @param thirdCellStage the stage id of standard 1's third cell (statements i1 to i3)
     * @return the rubric, not checked against the validation rules
     */
    public static StagedRubric stagedRubric(List<Stage> stages, String thirdCellStage) {
        Standard one = new Standard("standard-1", 1, LocalizedText.of("The school welcomes all families."),
                LocalizedText.of("Families feel welcomed."), List.of(
                        Cell.of("exploration", Statement.of("e1", "E one"), Statement.of("e2", "E two")),
                        Cell.of("expansion", Statement.of("x1", "X one"), Statement.of("x2", "X two"),
                                Statement.of("x3", "X three"), Statement.of("x4", "X four")),
                        Cell.of(thirdCellStage, Statement.of("i1", "I one"), Statement.of("i2", "I two"),
                                Statement.of("i3", "I three"))),
                Extensions.empty());
        Standard two = new Standard("standard-2", 2, LocalizedText.of("Every family is invited."),
                LocalizedText.of("Families are invited."), List.of(
                        Cell.of("exploration", Statement.of("f1", "F one")),
                        Cell.of("expansion", Statement.of("g1", "G one"))),
                Extensions.empty());
        return new StagedRubric("family-engagement", "1.0.0", LocalizedText.of("Family Engagement Rubric"),
                Source.of("Test", "Tests"), List.of(), Extensions.empty(), stages, List.of(one, two));
    }

    /**
     * Returns a conditions assessment rated on a scale of 1 to 4: condition {@code c1} has no indicators,
     * condition {@code c4} has indicators {@code c4-i1} to {@code c4-i5}, and {@code c4-i2} has two citations.
     *
     * @return the assessment {@code conditions}, version 1.0.0
     */
    public static ConditionsAssessment conditions() {
        RatingScale scale = RatingScale.of(ScalePoint.of(1, "Planning"), ScalePoint.of(2, "Partially in place"),
                ScalePoint.of(3, "In place"), ScalePoint.of(4, "High level"));
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            indicators.add(new Indicator("c4-i" + i, i, LocalizedText.of("Indicator " + i),
                    i == 2 ? List.of(Citation.of("CCSSO", "III.2.c.i"), Citation.of("CCSSO", "IV.2.b")) : List.of(),
                    Extensions.empty()));
        }
        return new ConditionsAssessment("conditions", "1.0.0", LocalizedText.of("School Conditions"),
                Source.of("Test", "Tests"), List.of(), Extensions.empty(), null, scale, List.of(
                        new Condition("c1", 1, LocalizedText.of("School Leadership & Vision"), List.of(), Extensions.empty()),
                        new Condition("c4", 4, LocalizedText.of("Family and Community Partnerships"), indicators,
                                Extensions.empty())));
    }

    /**
     * Returns a survey of two statements ({@code s1}, {@code s2}) on a 4-point "how true" scale, with one
     * quarterly contact goal of 100% that monitors the group {@code ell}.
     *
     * @return the survey {@code guardian-survey}, version 1.0.0
     */
    public static Survey survey() {
        return new Survey("guardian-survey", "1.0.0", LocalizedText.of("Guardian survey"), Source.of("Test", "Tests"),
                List.of(), Extensions.empty(), LocalizedText.of("How true is each statement for you?"),
                RatingScale.of(ScalePoint.of(1, "Not at all true"), ScalePoint.of(2, "A little true"),
                        ScalePoint.of(3, "Mostly true"), ScalePoint.of(4, "Completely true")),
                List.of(Statement.of("s1", "I know whom to reach out to."), Statement.of("s2", "I know how to contact the teacher.")),
                List.of(new ContactGoal("quarterly", LocalizedText.of("100% of families hear from teachers each quarter"),
                        100, ContactPeriod.QUARTER, List.of(new MonitoredGroup("ell", LocalizedText.of("Multilingual learners"))))));
    }

    /**
     * Returns district indicators {@code 6837} and {@code 6838} in dimension E and {@code 7001} in dimension F.
     *
     * @return the indicators {@code district}, version 1.0.0
     */
    public static DistrictIndicators district() {
        return new DistrictIndicators("district", "1.0.0", LocalizedText.of("District indicators"),
                Source.of("Test", "Tests"), List.of(), Extensions.empty(), List.of(
                        indicator("6837", "E"), indicator("6838", "E"), indicator("7001", "F")));
    }

    private static DistrictIndicator indicator(String id, String dimension) {
        return new DistrictIndicator(id, null, DistrictDimension.of(dimension, "Dimension " + dimension), null,
                LocalizedText.of("Indicator " + id), LocalizedText.of("Explanation " + id),
                List.of(LocalizedText.of("Question?")), Extensions.empty());
    }

    /**
     * Returns a checklist of two groups: {@code look-fors} with items {@code look-1} and {@code look-2}, and
     * {@code questions} with titled items {@code q-pace}, {@code q-path} and {@code q-tech}.
     *
     * @return the checklist {@code checklist}, version 1.0.0
     */
    public static Checklist checklist() {
        return new Checklist("checklist", "1.0.0", LocalizedText.of("Is Your Child's School Student-Centered?"),
                Source.of("Test", "Tests"), List.of(), Extensions.empty(), List.of(
                        new ChecklistGroup("look-fors", LocalizedText.of("Look for:"), List.of(
                                new ChecklistItem("look-1", null, LocalizedText.of("Students work at their own pace."), Extensions.empty()),
                                new ChecklistItem("look-2", null, LocalizedText.of("Student work is visible."), Extensions.empty())),
                                Extensions.empty()),
                        new ChecklistGroup("questions", LocalizedText.of("Questions"), List.of(
                                new ChecklistItem("q-pace", LocalizedText.of("Pace"), LocalizedText.of("Do students move at their own pace?"), Extensions.empty()),
                                new ChecklistItem("q-path", LocalizedText.of("Path"), LocalizedText.of("Is each child on a unique path?"), Extensions.empty()),
                                new ChecklistItem("q-tech", LocalizedText.of("Technology"), LocalizedText.of("How is technology used?"), Extensions.empty())),
                                Extensions.empty())));
    }

    /**
     * Returns a small points rubric, "Family conference": welcome (levels 2, 1, 0), listening (ranged levels 4,
     * 2.5, 1, weight 2), notes (free-form up to 5, weight 1.5) and translation (levels 3, 0, with descriptions).
     *
     * @return the rubric
     */
    public static PointsRubric pointsRubric() {
        return new PointsRubric("family-conference", "1.0.0", LocalizedText.of("Family conference"),
                Source.of("Test", "Tests"), List.of(), Extensions.empty(), List.of(
                        Criterion.of("welcome", LocalizedText.of("Welcome"), CriterionScale.levels(List.of(
                                level("warm", "Warm", "2"), level("polite", "Polite", "1"), level("cool", "Cool", "0")))),
                        new Criterion("listening", LocalizedText.of("Listening"),
                                LocalizedText.of("Staff listen before they answer."), new BigDecimal("2"),
                                CriterionScale.ranges(List.of(level("full", "Full", "4"), level("partial", "Partial", "2.5"),
                                        level("none", "None", "1"))), Extensions.empty()),
                        new Criterion("notes", LocalizedText.of("Notes"), null, new BigDecimal("1.5"),
                                CriterionScale.freeForm(new BigDecimal("5")), Extensions.empty()),
                        Criterion.of("translation", LocalizedText.of("Translation"), CriterionScale.levels(List.of(
                                new Level("yes", LocalizedText.of("Yes"), LocalizedText.of("An interpreter was there."),
                                        new BigDecimal("3"), Extensions.empty()),
                                level("no", "No", "0"))))));
    }

    private static Level level(String id, String label, String points) {
        return Level.of(id, LocalizedText.of(label), new BigDecimal(points));
    }

    /**
     * Returns ratings by id from alternating ids and values.
     *
     * @param pairs an id ({@code String}) followed by its rating: a {@link Rating} or an {@code Integer} scale value
     * @return a new mutable map, so that tests can add or remove a rating
     * @throws ClassCastException if an id is not a string or a value neither a rating nor an integer
     * @throws ArrayIndexOutOfBoundsException if the last id has no value
     */
    public static Map<String, Rating> ratings(Object... pairs) {
        Map<String, Rating> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            map.put((String) pairs[i], value instanceof Rating rating ? rating : Rating.of((Integer) value));
        }
        return map;
    }
}
