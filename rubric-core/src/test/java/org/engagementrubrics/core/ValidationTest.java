package org.engagementrubrics.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Fixtures;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();

    private static List<String> codesAndPaths(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.path()).toList();
    }

    @Test
    void theHandMadeFixturesAreValid() {
        for (Instrument instrument : List.of(Fixtures.fourVersions(), Fixtures.stagedRubric(), Fixtures.conditions(),
                Fixtures.survey(), Fixtures.district(), Fixtures.checklist())) {
            assertThat(VALIDATOR.validate(instrument)).as(instrument.id()).isEmpty();
        }
    }

    @Test
    void aStageLabelUsedTwiceIsReportedWithTheRepeatedPosition() {
        StagedRubric asPrinted = Fixtures.stagedRubric(List.of(Stage.of("exploration", 1, "Exploration"),
                Stage.of("expansion", 2, "Expansion"), Stage.of("integration", 3, "Integration"),
                Stage.of("integration-again", 3, "INTEGRATION")), "integration-again");

        List<Problem> problems = VALIDATOR.validate(asPrinted);

        assertThat(codesAndPaths(problems)).containsExactly("duplicate-label stages[3].label",
                "inconsistent-order stages[3].position");
        assertThat(problems.get(0).message()).isEqualTo("stage label 'INTEGRATION' is used by both stages[2] and "
                + "stages[3]; expected each to have its own label");
        assertThat(problems.get(0).pointer()).isEqualTo("/stages/3/label");
    }

    @Test
    void validationReturnsEveryProblemWithItsPath() {
        StagedRubric good = Fixtures.stagedRubric();
        Standard first = good.standards().get(0);
        Standard broken = new Standard("standard-1", 0, LocalizedText.of(" "), first.intent(), List.of(
                first.cells().get(0),
                Cell.of("sustainability", Statement.of("e1", "again")),
                Cell.of("expansion", Statement.of("bad id!", "x"))), Extensions.empty());
        StagedRubric rubric = new StagedRubric("family engagement", " ", good.title(), good.source(), List.of(),
                Extensions.empty(), good.stages(), List.of(broken, good.standards().get(1), good.standards().get(1)));

        List<Problem> problems = VALIDATOR.validate(rubric);

        assertThat(codesAndPaths(problems)).containsExactly(
                "invalid-id id",
                "unknown-reference standards[0].cells[1].columnId",
                "duplicate-id standards[0].cells[1].statements[0].id",
                "invalid-id standards[0].cells[2].statements[0].id",
                "out-of-range standards[0].number",
                "blank standards[0].title.values[en]",
                "duplicate-id standards[2].cells[0].statements[0].id",
                "duplicate-id standards[2].cells[1].statements[0].id",
                "duplicate-id standards[2].id",
                "inconsistent-order standards[2].number",
                "blank version");
        assertThat(problems).filteredOn(p -> p.code().equals("blank") && p.path().startsWith("standards"))
                .singleElement().extracting(Problem::message).isEqualTo("title (language en) must not be blank; was ' '");
    }

    @Test
    void archetypeProblemsNameTheArchetypes() {
        ArchetypeMatrix good = Fixtures.fourVersions();
        List<Archetype> archetypes = new ArrayList<>(good.archetypes());
        Archetype fortress = archetypes.get(3);
        archetypes.set(3, new Archetype(fortress.id(), 3, LocalizedText.of("Open-door School"), null, null,
                Extensions.empty()));
        List<ProfileRule> rules = new ArrayList<>(good.profileRules());
        rules.add(new ProfileRule("sustaining", 5, LocalizedText.of("Sustaining"),
                List.of(ProfileCondition.in(ProfileCondition.Comparison.AT_LEAST, 5, "partnership", "lighthouse"))));
        ArchetypeMatrix matrix = new ArchetypeMatrix(good.id(), good.version(), good.title(), good.source(), good.errata(),
                good.extensions(), good.instructions(), archetypes, good.dimensions(), rules);

        assertThat(codesAndPaths(VALIDATOR.validate(matrix))).containsExactly(
                "duplicate-label archetypes[3].name",
                "inconsistent-order archetypes[3].rank",
                "unknown-reference profileRules[4].conditions[0].columnIds[1]");
    }

    @Test
    void scalesNeedTwoAscendingPointsWithDistinctLabels() {
        ConditionsAssessment good = Fixtures.conditions();
        ConditionsAssessment bad = new ConditionsAssessment(good.id(), good.version(), good.title(), good.source(),
                List.of(), Extensions.empty(), null,
                RatingScale.of(ScalePoint.of(2, "In place"), ScalePoint.of(1, "in place ")), good.conditions());
        ConditionsAssessment tiny = new ConditionsAssessment(good.id(), good.version(), good.title(), good.source(),
                List.of(), Extensions.empty(), null, RatingScale.of(ScalePoint.of(1, "Only")), good.conditions());

        assertThat(codesAndPaths(VALIDATOR.validate(bad)))
                .containsExactly("duplicate-label scale.points[1].label", "inconsistent-order scale.points[1].value");
        assertThat(codesAndPaths(VALIDATOR.validate(tiny))).containsExactly("size scale.points");
    }

    @Test
    void aResponseIsValidatedAgainstItsInstrument() {
        Survey survey = Fixtures.survey();
        Response response = new Response("r-1", "other-survey", "2.0.0", " ", "school", Fixtures.WHEN,
                Ratings.of(Map.of("s1", Rating.of(0), "s9", Rating.of(2))), Extensions.empty());

        List<Problem> problems = VALIDATOR.validate(response, survey);

        assertThat(codesAndPaths(problems)).containsExactly(
                "out-of-scale evidence.byItem[s1]",
                "unknown-reference evidence.byItem[s9]",
                "instrument-mismatch instrumentId",
                "instrument-mismatch instrumentVersion",
                "blank raterId");
        assertThatThrownBy(() -> VALIDATOR.requireValid(response, survey)).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("response 'r-1' has 5 problems:");
    }

    @Test
    void aPriorityIsOnlyAllowedWhenNothingIsImplemented() {
        DistrictIndicators district = Fixtures.district();
        Response response = Fixtures.response(district.id(), Statuses.of(Map.of("6837",
                new IndicatorAssessment(ImplementationStatus.FULL, null, true))));

        assertThat(codesAndPaths(VALIDATOR.validate(response, district)))
                .containsExactly("invalid-value evidence.byIndicator[6837].priorityOnlyWhenNone");
    }

    /** An embedder's own type holding our instrument, validated by the embedder's own validator. */
    record Course(String name, @Valid StagedRubric rubric) {
    }

    @Test
    void anEmbeddersOwnValidCascadesIntoOurTypes() {
        Validator own = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        StagedRubric asPrinted = Fixtures.stagedRubric(List.of(Stage.of("exploration", 1, "Exploration"),
                Stage.of("expansion", 2, "Expansion"), Stage.of("integration", 3, "Integration"),
                Stage.of("integration-again", 3, "Integration")), "integration-again");

        Set<ConstraintViolation<Course>> violations = own.validate(new Course("Family nights", asPrinted));

        assertThat(codesAndPaths(RubricValidator.problems(violations))).containsExactly(
                "duplicate-label rubric.stages[3].label", "inconsistent-order rubric.stages[3].position");
        assertThat(RubricValidator.using(own).validate(Fixtures.stagedRubric())).isEmpty();
    }

    @Test
    void requireValidReturnsAValidInstrumentAndThrowsWithEveryProblemOtherwise() {
        StagedRubric rubric = Fixtures.stagedRubric();
        assertThat(VALIDATOR.requireValid(rubric)).isSameAs(rubric);

        StagedRubric broken = new StagedRubric(rubric.id(), rubric.version(), rubric.title(), rubric.source(),
                List.of(), Extensions.empty(), List.of(), rubric.standards());
        assertThatThrownBy(() -> VALIDATOR.requireValid(broken)).isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(codesAndPaths(((InvalidDataException) e).problems())).contains(
                        "empty stages", "unknown-reference standards[0].cells[0].columnId"));
    }
}
