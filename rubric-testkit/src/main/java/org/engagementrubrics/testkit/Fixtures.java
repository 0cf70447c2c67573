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
 */
public final class Fixtures {

    public static final Instant WHEN = Instant.parse("2026-10-01T15:00:00Z");
    public static final List<String> ARCHETYPES = List.of("partnership", "open-door", "come-if-we-call", "fortress");
    public static final List<String> DIMENSIONS = List.of("br", "ll", "ad", "sa", "sp");

    private Fixtures() {
    }

    /** 4 archetypes x 5 dimensions, 2 statements per cell: ids like "br-partnership-1". */
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

    /** Marks that make each dimension's best fit the given archetype (null for no marks), one mark each. */
    public static MarkedStatements fits(String... archetypePerDimension) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < archetypePerDimension.length; i++) {
            if (archetypePerDimension[i] != null) {
                marks.add(DIMENSIONS.get(i) + "-" + archetypePerDimension[i] + "-1");
            }
        }
        return MarkedStatements.of(marks);
    }

    public static Response response(String instrumentId, Evidence evidence) {
        return Response.of("r-1", instrumentId, "team-a", "school-12", WHEN, evidence);
    }

    /** 3 stages; standard 1 has 2 / 4 / 3 statements on exploration / expansion / integration. */
    public static StagedRubric stagedRubric() {
        return stagedRubric(List.of(Stage.of("exploration", 1, "Exploration"), Stage.of("expansion", 2, "Expansion"),
                Stage.of("integration", 3, "Integration")), "integration");
    }

    /** The rubric with the given stages; the third cell of standard 1 goes to {@code thirdCellStage}. */
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

    /** Scale 1-4; condition 1 has no indicators, condition 4 has i1..i5. */
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

    public static Survey survey() {
        return new Survey("guardian-survey", "1.0.0", LocalizedText.of("Guardian survey"), Source.of("Test", "Tests"),
                List.of(), Extensions.empty(), LocalizedText.of("How true is each statement for you?"),
                RatingScale.of(ScalePoint.of(1, "Not at all true"), ScalePoint.of(2, "A little true"),
                        ScalePoint.of(3, "Mostly true"), ScalePoint.of(4, "Completely true")),
                List.of(Statement.of("s1", "I know whom to reach out to."), Statement.of("s2", "I know how to contact the teacher.")),
                List.of(new ContactGoal("quarterly", LocalizedText.of("100% of families hear from teachers each quarter"),
                        100, ContactPeriod.QUARTER, List.of(new MonitoredGroup("ell", LocalizedText.of("Multilingual learners"))))));
    }

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

    public static Map<String, Rating> ratings(Object... pairs) {
        Map<String, Rating> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            map.put((String) pairs[i], value instanceof Rating rating ? rating : Rating.of((Integer) value));
        }
        return map;
    }
}
