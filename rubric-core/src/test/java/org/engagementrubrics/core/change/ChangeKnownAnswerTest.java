package org.engagementrubrics.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Issue 11 item 3, worked by hand for each kind of instrument, through the public API. */
class ChangeKnownAnswerTest {

    static final ScoringEngine ENGINE = ScoringEngine.defaults();
    static final StagedRubric RUBRIC = Fixtures.stagedRubric();
    static final LocalDate SPRING_25 = LocalDate.parse("2025-03-01");
    static final LocalDate SPRING_26 = LocalDate.parse("2026-03-01");
    static final LocalDate SPRING_27 = LocalDate.parse("2027-03-01");

    static Response response(String id, String instrumentId, String rater, Evidence evidence) {
        return Response.of(id, instrumentId, rater, "school-12", Instant.parse("2026-03-01T10:00:00Z"), evidence);
    }

    static ScoreResult stage(StagedRubric rubric, String rater, String... marks) {
        return ENGINE.score(rubric, response(rater + "-" + String.join("", marks), rubric.id(), rater,
                MarkedStatements.of(marks)));
    }

    @Test
    void standardMovesUpAndStopsBeingPlaced() {
        // 2025: standard-1 all exploration statements (position 1), standard-2 exploration (1).
        // 2026: standard-1 all expansion statements (position 2), standard-2 nothing marked.
        Comparison comparison = ChangeComparer.defaults().compare(List.of(
                Review.of(SPRING_26, stage(RUBRIC, "team", "x1", "x2", "x3", "x4")),
                Review.of(SPRING_25, stage(RUBRIC, "team", "e1", "e2", "f1"))));

        assertThat(comparison.reviews()).extracting(ReviewSummary::date).containsExactly(SPRING_25, SPRING_26);
        List<UnitChange> changes = comparison.overall().changes();
        assertThat(changes).extracting(UnitChange::unitId).containsExactly("standard-1", "standard-2");
        assertThat(changes.get(0).movement()).isEqualTo(Movement.UP);
        assertThat(changes.get(0).before()).isEqualTo(new Standing.Placed(1, "exploration", 1));
        assertThat(changes.get(0).after()).isEqualTo(new Standing.Placed(2, "expansion", 1));
        assertThat(changes.get(0).explanation()).isEqualTo("Standard 'standard-1' moved up from stage 'exploration'"
                + " (position 1) to stage 'expansion' (position 2).");
        assertThat(changes.get(1).movement()).isEqualTo(Movement.NO_LONGER_PLACED);
        assertThat(changes.get(1).explanation()).isEqualTo("Standard 'standard-2' stood at stage 'exploration'"
                + " (position 1) and now has no standing.");
    }

    @Test
    void severalRatersStandAtTheMedianPositionAndTheMeanOfTheMiddleTwo() {
        // 2026: three raters place standard-1 at 1, 2, 3: median 2. 2027: two raters at 1 and 2: 1.5.
        Review three = Review.of(SPRING_26, stage(RUBRIC, "a", "e1", "e2"), stage(RUBRIC, "b", "x1", "x2", "x3", "x4"),
                stage(RUBRIC, "c", "i1", "i2", "i3"));
        Review two = Review.of(SPRING_27, stage(RUBRIC, "a", "e1", "e2"), stage(RUBRIC, "b", "x1", "x2", "x3", "x4"));
        Review one = Review.of(SPRING_25, stage(RUBRIC, "a", "e1", "e2"));
        Comparison comparison = ChangeComparer.defaults().compare(List.of(three, two, one));

        assertThat(comparison.steps()).hasSize(2);
        UnitChange first = comparison.steps().get(0).changes().get(0);
        assertThat(first.after()).isEqualTo(new Standing.Placed(2, "expansion", 3));
        assertThat(first.movement()).isEqualTo(Movement.UP);
        UnitChange second = comparison.steps().get(1).changes().get(0);
        assertThat(second.after()).isEqualTo(new Standing.Placed(1.5, null, 2));
        assertThat(second.movement()).isEqualTo(Movement.DOWN);
        assertThat(second.explanation()).isEqualTo("Standard 'standard-1' moved down from stage 'expansion'"
                + " (position 2) (median of 3 raters) to position 1.50, between two stages (median of 2 raters).");
        UnitChange overall = comparison.overall().changes().get(0);
        assertThat(overall.movement()).isEqualTo(Movement.UP);
        assertThat(comparison.toText()).contains("First to last, 2025-03-01 -> 2027-03-01: 1 up, 0 down, 0 same");
    }

    @Test
    void matrixRowsStandAtTheModalBestFitAndTiesStayTies() {
        ArchetypeMatrix matrix = Fixtures.fourVersions();
        ScoreResult before = ENGINE.score(matrix, response("m1", matrix.id(), "a",
                Fixtures.fits("partnership", "fortress", "open-door", null, null)));
        ScoreResult afterA = ENGINE.score(matrix, response("m2", matrix.id(), "a",
                Fixtures.fits("open-door", "come-if-we-call", "open-door", null, null)));
        ScoreResult afterB = ENGINE.score(matrix, response("m3", matrix.id(), "b",
                Fixtures.fits("fortress", "come-if-we-call", "open-door", "fortress", null)));
        Comparison comparison = ChangeComparer.defaults().compare(List.of(Review.of(SPRING_25, before),
                Review.of(SPRING_26, afterA, afterB)));

        Map<String, UnitChange> byRow = new java.util.HashMap<>();
        comparison.overall().changes().forEach(change -> byRow.put(change.unitId(), change));
        assertThat(byRow.get("br").after()).isEqualTo(new Standing.BestFit(List.of("open-door", "fortress"), 0));
        assertThat(byRow.get("br").movement()).isEqualTo(Movement.CHANGED);
        assertThat(byRow.get("br").explanation()).isEqualTo("Row 'br' changed from 'partnership' to a tie of"
                + " 'open-door', 'fortress'.");
        assertThat(byRow.get("ll").movement()).isEqualTo(Movement.UP);
        assertThat(byRow.get("ad").movement()).isEqualTo(Movement.SAME);
        assertThat(byRow.get("sa").movement()).isEqualTo(Movement.NEWLY_PLACED);
        assertThat(byRow.get("sp").movement()).isEqualTo(Movement.NEVER_PLACED);
    }

    @Test
    void surveyStatementsChangeInMeanAndTopTwoShareAndSmallOnesAreWithheld() {
        Survey survey = Fixtures.survey();
        // 2025: 10 families rate s1 3 (mean 3, top two 100%); 5 rate s2, 5 not applicable.
        // 2026: 12 families: 6 rate s1 4, 6 rate s1 1 (mean 2.5, top two 50%); all rate s2.
        List<Response> earlier = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            earlier.add(response("a" + i, survey.id(), "f" + i, Ratings.of(Fixtures.ratings("s1", 3, "s2",
                    i < 5 ? Rating.of(2) : Rating.notApplicable()))));
        }
        List<Response> later = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            later.add(response("b" + i, survey.id(), "f" + i, Ratings.of(Fixtures.ratings("s1", i < 6 ? 4 : 1,
                    "s2", 3))));
        }
        Comparison comparison = ChangeComparer.defaults().compare(List.of(
                Review.of(SPRING_25, ENGINE.summarize(survey, earlier)),
                Review.of(SPRING_26, ENGINE.summarize(survey, later))));

        UnitChange s1 = comparison.overall().changes().get(0);
        assertThat(s1.movement()).isEqualTo(Movement.DOWN);
        assertThat(s1.before()).isEqualTo(new Standing.Statement(3.0, 1.0, 10));
        assertThat(s1.after()).isEqualTo(new Standing.Statement(2.5, 0.5, 12));
        assertThat(s1.explanation()).isEqualTo("Statement 's1' moved down from a mean of 3 with 100% in the top two"
                + " (n = 10) to a mean of 2.50 with 50% in the top two (n = 12).");
        UnitChange s2 = comparison.overall().changes().get(1);
        assertThat(s2.movement()).isEqualTo(Movement.WITHHELD);
        assertThat(s2.before()).isNull();
        assertThat(s2.withheld()).isEqualTo("rated by 5 before and 12 after; the small-cell rule withholds figures"
                + " on fewer than 10");

        Comparison open = ChangeComparer.defaults().withSmallCellRule(SmallCellRule.off()).compare(List.of(
                Review.of(SPRING_25, ENGINE.summarize(survey, earlier)),
                Review.of(SPRING_26, ENGINE.summarize(survey, later))));
        assertThat(open.overall().changes().get(1).movement()).isEqualTo(Movement.UP);
        assertThat(open.smallCellMinimum()).isZero();
    }

    @Test
    void districtDimensionsCompareCountsPerStatus() {
        var district = Fixtures.district();
        // Dimension E holds 6837 and 6838, F holds 7001.
        Response before = response("d1", district.id(), "team", Statuses.of(Map.of(
                "6837", IndicatorAssessment.of(ImplementationStatus.NONE),
                "6838", IndicatorAssessment.of(ImplementationStatus.LIMITED),
                "7001", IndicatorAssessment.of(ImplementationStatus.FULL))));
        Response after = response("d2", district.id(), "team", Statuses.of(Map.of(
                "6837", IndicatorAssessment.of(ImplementationStatus.FULL),
                "6838", IndicatorAssessment.of(ImplementationStatus.LIMITED),
                "7001", IndicatorAssessment.of(ImplementationStatus.FULL))));
        Comparison comparison = ChangeComparer.defaults().compare(List.of(
                Review.of(SPRING_25, ENGINE.summarize(district, List.of(before))),
                Review.of(SPRING_26, ENGINE.summarize(district, List.of(after)))));

        UnitChange e = comparison.overall().changes().get(0);
        assertThat(e.kind()).isEqualTo(UnitKind.DIMENSION);
        assertThat(e.movement()).isEqualTo(Movement.CHANGED);
        assertThat(e.explanation()).isEqualTo("Dimension 'E' changed from none 1, limited 1, full 0, not assessed 0,"
                + " priorities 0 to none 0, limited 1, full 1, not assessed 0, priorities 0.");
        assertThat(comparison.overall().changes().get(1).movement()).isEqualTo(Movement.SAME);
    }

    @Test
    void conditionIndicatorsCompareMeansWithBothCounts() {
        var conditions = Fixtures.conditions();
        Response before = response("c1", conditions.id(), "team", Ratings.of(Fixtures.ratings("c4-i1", 2)));
        Response after1 = response("c2", conditions.id(), "team", Ratings.of(Fixtures.ratings("c4-i1", 3)));
        Response after2 = response("c3", conditions.id(), "lead", Ratings.of(Fixtures.ratings("c4-i1", 4)));
        Comparison comparison = ChangeComparer.defaults().compare(List.of(
                Review.of(SPRING_25, ENGINE.summarize(conditions, List.of(before))),
                Review.of(SPRING_26, ENGINE.summarize(conditions, List.of(after1, after2)))));

        UnitChange i1 = comparison.overall().changes().stream()
                .filter(change -> change.unitId().equals("c4-i1")).findFirst().orElseThrow();
        assertThat(i1.kind()).isEqualTo(UnitKind.INDICATOR);
        assertThat(i1.movement()).isEqualTo(Movement.UP);
        assertThat(i1.explanation()).isEqualTo("Indicator 'c4-i1' moved up from a mean of 2 (n = 1) to a mean of"
                + " 3.50 (n = 2).");
    }

    @Test
    void differentVersionsWithoutMappingFailNamingBothVersions() {
        StagedRubric next = renamed("2.0.0", "standard-one");
        Review before = Review.of(SPRING_25, stage(RUBRIC, "team", "e1", "e2"));
        Review after = Review.of(SPRING_26, stage(next, "team", "x1", "x2", "x3", "x4"));

        assertThatThrownBy(() -> ChangeComparer.defaults().compare(List.of(before, after)))
                .isInstanceOf(ComparisonException.class)
                .hasMessageContaining("family-engagement@1.0.0 (" + RUBRIC.fingerprint().value().substring(0, 19)
                        + ")")
                .hasMessageContaining("family-engagement@2.0.0 (" + next.fingerprint().value().substring(0, 19) + ")")
                .hasMessageContaining("give an id mapping");
    }

    @Test
    void aMappingComparesRenamedUnitsAndReportsTheRestAsAddedOrRemoved() {
        StagedRubric next = renamed("2.0.0", "standard-one");
        Review before = Review.of(SPRING_25, stage(RUBRIC, "team", "e1", "e2"));
        Review after = Review.of(SPRING_26, stage(next, "team", "x1", "x2", "x3", "x4"));

        Comparison mapped = ChangeComparer.defaults()
                .withMapping(IdMapping.empty().with(UnitKind.STANDARD, "standard-1", "standard-one"))
                .compare(List.of(before, after));
        UnitChange one = mapped.overall().changes().get(0);
        assertThat(one.unitId()).isEqualTo("standard-one");
        assertThat(one.formerId()).isEqualTo("standard-1");
        assertThat(one.movement()).isEqualTo(Movement.UP);
        assertThat(one.explanation()).startsWith("Standard 'standard-one' (formerly 'standard-1') moved up");

        Comparison unmapped = ChangeComparer.defaults().withMapping(IdMapping.empty()).compare(List.of(before, after));
        assertThat(unmapped.overall().changes()).extracting(UnitChange::unitId, UnitChange::movement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("standard-one", Movement.ADDED),
                        org.assertj.core.groups.Tuple.tuple("standard-2", Movement.NEVER_PLACED),
                        org.assertj.core.groups.Tuple.tuple("standard-1", Movement.REMOVED));
    }

    @Test
    void aMappingThatNamesAnAbsentIdFailsNamingIt() {
        StagedRubric next = renamed("2.0.0", "standard-one");
        Review before = Review.of(SPRING_25, stage(RUBRIC, "team", "e1", "e2"));
        Review after = Review.of(SPRING_26, stage(next, "team", "x1"));

        assertThatThrownBy(() -> ChangeComparer.defaults()
                .withMapping(IdMapping.empty().with(UnitKind.STANDARD, "standard-9", "standard-one"))
                .compare(List.of(before, after)))
                .isInstanceOf(ComparisonException.class)
                .hasMessageContaining("standard 'standard-9', which family-engagement@1.0.0");
        assertThatThrownBy(() -> ChangeComparer.defaults()
                .withMapping(IdMapping.empty().with(UnitKind.STANDARD, "standard-1", "standard-x"))
                .compare(List.of(before, after)))
                .isInstanceOf(ComparisonException.class)
                .hasMessageContaining("'standard-1' to 'standard-x', which family-engagement@2.0.0");
    }

    @Test
    void twoReviewsOnOneDateAreAnErrorNamingThem() {
        assertThatThrownBy(() -> ChangeComparer.defaults().compare(List.of(
                Review.of(SPRING_25, stage(RUBRIC, "a", "e1")), Review.of(SPRING_25, stage(RUBRIC, "b", "x1")))))
                .isInstanceOf(ComparisonException.class)
                .hasMessageContaining("two reviews of 'school-12' on 2025-03-01");
    }

    static StagedRubric renamed(String version, String firstStandardId) {
        Standard one = RUBRIC.standards().get(0);
        Standard renamed = new Standard(firstStandardId, one.number(), one.title(), one.intent(), one.cells(),
                one.extensions());
        return new StagedRubric(RUBRIC.id(), version, RUBRIC.title(), RUBRIC.source(), RUBRIC.errata(),
                RUBRIC.extensions(), RUBRIC.stages(), List.of(renamed, RUBRIC.standards().get(1)));
    }
}
