package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, done-when: points totals, weights, ranges, free-form and not-applicable criteria on a small rubric,
 * worked by hand.
 *
 * <pre>
 * welcome      levels  warm 2, polite 1, cool 0          weight 1    possible 2
 * listening    ranges  full 4, partial 2.5, none 1       weight 2    possible 4: none [0, 1], partial (1, 2.5],
 *                                                                    full (2.5, 4]
 * notes        free-form, maximum 5                      weight 1.5  possible 5
 * translation  levels  yes 3, no 0                       weight 1    possible 3
 *
 * A: welcome warm        2    x1   =  2    of 2
 *    listening 3.25      3.25 x2   =  6.5  of 8    (3.25 lies in full's range)
 *    notes 2.5           2.5  x1.5 =  3.75 of 7.5
 *    translation n/a                 leaves the points possible
 *    total 12.25 of 17.5 = 70%
 * B: welcome (missing)   not rated =  0    of 2
 *    listening partial   2.5  x2   =  5    of 8
 *    notes not rated               =  0    of 7.5
 *    translation yes     3    x1   =  3    of 3
 *    total 8 of 20.5 = 39.02439024390243902439024390243902% (34 digits, PointsTotal) = 39.02 shown
 * A+B pooled: total 20.25 of 38 = 53.28947368421052631578947368421053% = 53.29 shown
 *    mean total 20.25 / 2 = 10.125 = 10.12 shown (half-even)
 *    mean percent (70 + 39.02439024390243902439024390243902) / 2, the sum exact
 *    = 109.02439024390243902439024390243902 / 2 = 54.51219512195121951219512195121951 = 54.51 shown
 * C: every criterion n/a: no points possible, no percent
 * </pre>
 */
class PointsKnownAnswerTest {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Level level(String id, String label, String points) {
        return Level.of(id, LocalizedText.of(label), d(points));
    }

    static PointsRubric familyConference() {
        return new PointsRubric("family-conference", "1.0.0", LocalizedText.of("Family conference"),
                Source.of("Known-answer test", "engagement-rubrics"), List.of(), Extensions.empty(), List.of(
                        Criterion.of("welcome", LocalizedText.of("Welcome"), CriterionScale.levels(List.of(
                                level("warm", "Warm", "2"), level("polite", "Polite", "1"), level("cool", "Cool", "0")))),
                        Criterion.of("listening", LocalizedText.of("Listening"), CriterionScale.ranges(List.of(
                                level("full", "Full", "4"), level("partial", "Partial", "2.5"),
                                level("none", "None", "1")))).withWeight(d("2")),
                        Criterion.of("notes", LocalizedText.of("Notes"), CriterionScale.freeForm(d("5")))
                                .withWeight(d("1.5")),
                        Criterion.of("translation", LocalizedText.of("Translation"), CriterionScale.levels(List.of(
                                level("yes", "Yes", "3"), level("no", "No", "0"))))));
    }

    private static Response response(String id, Map<String, CriterionRating> ratings) {
        return Response.of(id, "family-conference", "team", "school-1", Instant.parse("2026-11-30T10:00:00Z"),
                CriterionRatings.of(ratings));
    }

    static final Response A = response("a", Map.of("welcome", CriterionRating.level("warm"),
            "listening", CriterionRating.points(d("3.25")), "notes", CriterionRating.points(d("2.5")),
            "translation", CriterionRating.notApplicable()));
    static final Response B = response("b", Map.of("listening", CriterionRating.level("partial"),
            "notes", CriterionRating.notRated(), "translation", CriterionRating.level("yes")));

    @Test
    void oneResponseTotalsWeightedPointsAndLeavesNotApplicableOutOfThePointsPossible() {
        PointsResult a = (PointsResult) ENGINE.score(familyConference(), A);
        assertThat(a.total()).isEqualByComparingTo("12.25");
        assertThat(a.possible()).isEqualByComparingTo("17.5");
        assertThat(a.percent()).contains(new BigDecimal("70"));
        assertThat(a.displayPercent()).contains(new BigDecimal("70.00"));
        assertThat(a.criteria()).extracting(CriterionPoints::criterionId, c -> c.earned().toPlainString(),
                c -> c.weightedEarned().toPlainString(), c -> c.weightedPossible().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("welcome", "2", "2", "2"),
                        org.assertj.core.groups.Tuple.tuple("listening", "3.25", "6.5", "8"),
                        org.assertj.core.groups.Tuple.tuple("notes", "2.5", "3.75", "7.5"),
                        org.assertj.core.groups.Tuple.tuple("translation", "0", "0", "0"));
        assertThat(a.criteria().get(1).levels()).containsExactly(Map.entry("full", 1));
        assertThat(a.criteria().get(3).notApplicable()).isEqualTo(1);
        assertThat(a.explanation().toText()).isEqualTo(String.join("\n",
                "Family conference: 12.25 of 17.5 points (70.00%)",
                "  - not-applicable criteria leave the points possible; not-rated criteria count 0 of their points possible",
                "  - each criterion's weight multiplies its points earned and possible",
                "  Welcome: Warm, 2 of 2 points",
                "  Listening: Full, 3.25 of 4 points; weight 2: 6.5 of 8",
                "  Notes: points entered, 2.5 of 5 points; weight 1.5: 3.75 of 7.5",
                "  Translation: not applicable, so it leaves the points possible", ""));
    }

    @Test
    void notRatedCriteriaCountZeroOfTheirPointsPossible() {
        PointsResult b = (PointsResult) ENGINE.score(familyConference(), B);
        assertThat(b.total()).isEqualByComparingTo("8");
        assertThat(b.possible()).isEqualByComparingTo("20.5");
        assertThat(b.percent()).contains(new BigDecimal("39.02439024390243902439024390243902"));
        assertThat(b.displayPercent()).contains(new BigDecimal("39.02"));
        assertThat(b.criteria().get(0).notRated()).isEqualTo(1);
        assertThat(b.criteria().get(2).notRated()).isEqualTo(1);
        assertThat(b.explanation().parts().get(0).summary()).isEqualTo("Welcome: not rated, 0 of 2 points");
    }

    @Test
    void poolingSumsExactlyAndMeansRoundHalfEven() {
        PointsResult pooled = (PointsResult) ENGINE.summarize(familyConference(), List.of(B, A));
        assertThat(pooled.total()).isEqualByComparingTo("20.25");
        assertThat(pooled.possible()).isEqualByComparingTo("38");
        assertThat(pooled.percent()).contains(new BigDecimal("53.28947368421052631578947368421053"));
        assertThat(pooled.displayPercent()).contains(new BigDecimal("53.29"));
        assertThat(pooled.meanTotal()).isEqualTo(new BigDecimal("10.125"));
        assertThat(PointsResult.shown(pooled.meanTotal())).isEqualTo("10.12");
        assertThat(pooled.meanPercent()).contains(new BigDecimal("54.51219512195121951219512195121951"));
        assertThat(pooled.points().count(PointsTotal.Status.RATED)).isEqualTo(4);
        assertThat(pooled.criteria().get(1).levels()).containsExactly(Map.entry("full", 1), Map.entry("partial", 1));
        assertThat(pooled.explanation().summary()).isEqualTo("Family conference: 2 responses, mean total 10.12 points, "
                + "mean percent 54.51% over 2 responses with points possible; pooled 20.25 of 38 points (53.29%)");
        assertThat(pooled.explanation().parts().get(1).summary()).isEqualTo("Listening: 5.75 of 8 points over 2 "
                + "responses it applied to (rated 2, not rated 0, not applicable 0); mean 2.88 of 4; weight 2: 11.5 of 16; "
                + "levels Full 1, Partial 1");
        PreparedInstrument<PointsRubric, PointsResult> prepared = ENGINE.prepare(familyConference());
        Tally<PointsResult> left = prepared.tally().add(A);
        Tally<PointsResult> right = prepared.tally().add(B);
        assertThat(prepared.tally(left.state()).merge(right.state()).result()).isEqualTo(pooled);
        assertThat(ENGINE.summarize(familyConference(), List.of(A, B))).isEqualTo(pooled);
    }

    @Test
    void aResponseWithEveryCriterionNotApplicableHasNoPercent() {
        Response c = response("c", Map.of("welcome", CriterionRating.notApplicable(),
                "listening", CriterionRating.notApplicable(), "notes", CriterionRating.notApplicable(),
                "translation", CriterionRating.notApplicable()));
        PointsResult result = (PointsResult) ENGINE.score(familyConference(), c);
        assertThat(result.possible()).isEqualByComparingTo("0");
        assertThat(result.percent()).isEmpty();
        assertThat(result.displayPercent()).isEmpty();
        assertThat(result.meanPercent()).isEmpty();
        assertThat(result.points().count(PointsTotal.Status.NOT_APPLICABLE)).isEqualTo(4);
        assertThat(result.explanation().summary()).isEqualTo("Family conference: every criterion is not applicable, "
                + "so there are no points possible and no percent");
        PointsResult withA = (PointsResult) ENGINE.summarize(familyConference(), List.of(A, c));
        assertThat(withA.meanPercent()).contains(new BigDecimal("70"));
        assertThat(withA.meanTotal()).isEqualTo(new BigDecimal("6.125"));
    }

    @Test
    void aRangedPickOutsideEveryRangeAnUnknownLevelOrPointsAboveTheMaximumAreLocatedProblems() {
        Response bad = response("bad", Map.of("listening", CriterionRating.points(d("4.5")),
                "welcome", CriterionRating.level("hot"), "notes", CriterionRating.points(d("5.01"))));
        assertThatThrownBy(() -> ENGINE.score(familyConference(), bad)).isInstanceOfSatisfying(
                InvalidDataException.class, e -> assertThat(e.problems()).extracting(Problem::path, Problem::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("evidence.byCriterion[listening]", "out-of-scale"),
                                org.assertj.core.groups.Tuple.tuple("evidence.byCriterion[notes]", "out-of-scale"),
                                org.assertj.core.groups.Tuple.tuple("evidence.byCriterion[welcome]", "unknown-reference")));
    }
}
