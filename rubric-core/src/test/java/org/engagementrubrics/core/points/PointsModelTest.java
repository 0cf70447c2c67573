package org.engagementrubrics.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Issue 14: the points rubric model, its canonical numbers, its validation and the check of its responses. */
class PointsModelTest {

    private static final RubricValidator FAST = RubricValidator.create();
    private static final RubricValidator REFLECTIVE = RubricValidator.using(Validation.byProvider(HibernateValidator.class)
            .configure().messageInterpolator(new ParameterMessageInterpolator(Set.of(), Locale.ENGLISH, false))
            .buildValidatorFactory().getValidator());

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Level level(String id, String points) {
        return Level.of(id, LocalizedText.of(id.toUpperCase(Locale.ROOT)), d(points));
    }

    private static PointsRubric rubric(List<Criterion> criteria) {
        return new PointsRubric("family-conference", "1.0.0", LocalizedText.of("Family conference"),
                Source.of("Test", "Us"), List.of(), Extensions.empty(), criteria);
    }

    private static PointsRubric sample() {
        return rubric(List.of(
                Criterion.of("welcome", LocalizedText.of("Welcome"),
                        CriterionScale.levels(List.of(level("warm", "2"), level("polite", "1"), level("cool", "0")))),
                Criterion.of("listening", LocalizedText.of("Listening"),
                        CriterionScale.ranges(List.of(level("full", "4"), level("partial", "2.5"), level("none", "1"))))
                        .withWeight(d("2")),
                Criterion.of("notes", LocalizedText.of("Notes"), CriterionScale.freeForm(d("5")))));
    }

    private static List<String> codesAndPaths(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.path()).toList();
    }

    @Test
    void pointsThatDifferOnlyInScaleMakeEqualInstrumentsAndFingerprints() {
        PointsRubric plain = rubric(List.of(Criterion.of("c", LocalizedText.of("C"),
                CriterionScale.levels(List.of(level("a", "2"), level("b", "1.5"))))));
        PointsRubric padded = rubric(List.of(new Criterion("c", LocalizedText.of("C"), null, d("1.000"),
                CriterionScale.levels(List.of(level("a", "2.00"), level("b", "1.50"))), Extensions.empty())));
        assertThat(padded).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(padded.fingerprint()).isEqualTo(plain.fingerprint());
        assertThat(padded.criteria().get(0).levels().get(0).points()).hasToString("2");
        assertThat(new Level("x", LocalizedText.of("X"), null, d("1E+2"), Extensions.empty()).points()).hasToString("100");
        assertThat(CriterionRating.points(d("2.50"))).isEqualTo(CriterionRating.points(d("2.5")));
        assertThat(CriterionRating.points(d("0.00"))).isEqualTo(CriterionRating.points(BigDecimal.ZERO));
    }

    @Test
    void aRubricKnowsItsKindItemsAndPointsPossible() {
        PointsRubric rubric = sample();
        assertThat(rubric.kind()).isEqualTo(InstrumentKind.POINTS_RUBRIC);
        assertThat(InstrumentKind.fromWireName("points-rubric")).isEqualTo(InstrumentKind.POINTS_RUBRIC);
        assertThat(rubric.itemIds()).containsExactly("welcome", "listening", "notes");
        // 2 + 4 + 5, before weights
        assertThat(rubric.pointsPossible()).isEqualByComparingTo("11");
        Criterion listening = rubric.criteria().get(1);
        assertThat(listening.ranged()).isTrue();
        assertThat(listening.freeForm()).isFalse();
        assertThat(listening.weight()).isEqualByComparingTo("2");
        assertThat(rubric.criteria().get(2).levels()).isEmpty();
        assertThat(rubric.criteria().get(2).freeForm()).isTrue();
        assertThat(FAST.validate(rubric)).isEmpty();
        assertThat(REFLECTIVE.validate(rubric)).isEmpty();
    }

    @Test
    void structuralNullsFailWhereTheRecordIsMade() {
        assertThatThrownBy(() -> Level.of("a", LocalizedText.of("A"), null)).hasMessage("points");
        assertThatThrownBy(() -> CriterionScale.freeForm(null)).hasMessage("maximum");
        assertThatThrownBy(() -> Criterion.of("c", LocalizedText.of("C"), null)).hasMessage("scale");
        assertThatThrownBy(() -> CriterionRating.level(null)).hasMessage("levelId");
    }

    @Test
    void dataDefectsAreReportedAtTheirPlaceAndAgreeWithBeanValidation() {
        PointsRubric broken = rubric(List.of(
                new Criterion("dup", LocalizedText.of("One"), null, d("0"),
                        CriterionScale.ranges(List.of(level("a", "2"), level("a", "2.0"), level("c", "-1"))),
                        Extensions.empty()),
                Criterion.of("dup", LocalizedText.of("Two"), CriterionScale.levels(List.of(level("x", "1.005")))),
                Criterion.of("free", LocalizedText.of("Free"), CriterionScale.freeForm(BigDecimal.ZERO)),
                Criterion.of("empty", LocalizedText.of("Empty"), CriterionScale.levels(List.of()))));
        List<Problem> problems = FAST.validate(broken);
        assertThat(problems).isEqualTo(REFLECTIVE.validate(broken));
        assertThat(codesAndPaths(problems)).containsExactlyInAnyOrder(
                "out-of-range criteria[0].weight",
                "duplicate-id criteria[0].scale.levels[1].id",
                "inconsistent-order criteria[0].scale.levels[1].points",
                "out-of-range criteria[0].scale.levels[2].points",
                "duplicate-id criteria[1].id",
                "invalid-value criteria[1].scale.levels[0].points",
                "out-of-range criteria[2].scale.maximum",
                "empty criteria[3].scale.levels");
        assertThat(problems).filteredOn(p -> p.path().equals("criteria[1].scale.levels[0].points"))
                .singleElement().extracting(Problem::message).asString().contains("<2 digits>");
        assertThat(codesAndPaths(FAST.validate(rubric(List.of())))).containsExactly("empty criteria");
    }

    @Test
    void aLevelledCriterionMayRepeatPointsButARangedOneMayNot() {
        PointsRubric levelled = rubric(List.of(Criterion.of("c", LocalizedText.of("C"),
                CriterionScale.levels(List.of(level("a", "1"), level("b", "1"))))));
        assertThat(FAST.validate(levelled)).isEmpty();
        PointsRubric ranged = rubric(List.of(Criterion.of("c", LocalizedText.of("C"),
                CriterionScale.ranges(List.of(level("a", "1"), level("b", "1.00"))))));
        assertThat(FAST.validate(ranged)).singleElement().extracting(Problem::message).asString()
                .contains("points 1 are used by both criteria[0].scale.levels[0] and criteria[0].scale.levels[1]");
    }

    @Test
    void responsesAreCheckedAgainstTheirCriteria() {
        PointsRubric rubric = sample();
        Response good = Response.of("r-1", rubric.id(), "team", "school", Instant.EPOCH, CriterionRatings.of(Map.of(
                "welcome", CriterionRating.level("warm"), "listening", CriterionRating.points(d("3.25")),
                "notes", CriterionRating.notApplicable())));
        assertThat(FAST.validate(good, rubric)).isEmpty();
        Response bad = good.withEvidence(CriterionRatings.of(Map.of(
                "welcome", CriterionRating.points(d("1")),
                "listening", CriterionRating.points(d("4.01")),
                "notes", CriterionRating.level("any"),
                "ghost", CriterionRating.notRated())));
        List<Problem> problems = FAST.validate(bad, rubric);
        assertThat(codesAndPaths(problems)).containsExactly(
                "unknown-reference evidence.byCriterion[ghost]",
                "out-of-scale evidence.byCriterion[listening]",
                "out-of-scale evidence.byCriterion[notes]",
                "out-of-scale evidence.byCriterion[welcome]");
        assertThat(problems.get(1).message()).isEqualTo("points 4.01 for criterion 'listening' are outside every "
                + "level's range; expected from 0 to 4");
        Response unknownLevel = good.withEvidence(CriterionRatings.of(Map.of("welcome", CriterionRating.level("hot"),
                "notes", CriterionRating.points(d("2.125")))));
        assertThat(FAST.validate(unknownLevel, rubric)).extracting(Problem::message).containsExactly(
                "points 2.125 for criterion 'notes' have 3 decimals; expected at most 2",
                "level 'hot' is not a level of criterion 'welcome'; expected one of [warm, polite, cool], "
                        + "not rated or not applicable");
    }
}
