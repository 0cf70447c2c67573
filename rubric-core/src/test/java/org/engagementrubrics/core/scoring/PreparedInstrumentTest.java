package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagementrubrics.testkit.Fixtures.fits;
import static org.engagementrubrics.testkit.Fixtures.response;

import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PreparedInstrumentTest {

    private final ScoringEngine engine = ScoringEngine.defaults();
    private final ArchetypeMatrix matrix = Fixtures.fourVersions();

    /** The seed's defect: two stages at position 3 labelled "Integration". */
    private static StagedRubric duplicateStage() {
        return Fixtures.stagedRubric(List.of(Stage.of("exploration", 1, "Exploration"),
                Stage.of("expansion", 2, "Expansion"), Stage.of("integration", 3, "Integration"),
                Stage.of("integration-again", 3, "Integration")), "integration-again");
    }

    /** A Bean Validation validator that finds nothing wrong with anything. */
    private static RubricValidator permissive() {
        Validator validator = (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(),
                new Class<?>[] {Validator.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("validate")) {
                        return Set.of();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return RubricValidator.using(validator);
    }

    @Nested
    class Preparing {

        @Test
        void preparingAnInvalidInstrumentThrowsEveryProblem() {
            StagedRubric invalid = duplicateStage();
            List<?> problems = RubricValidator.create().validate(invalid);

            assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
            assertThatThrownBy(() -> engine.prepare(invalid)).isInstanceOf(InvalidDataException.class)
                    .hasMessageStartingWith("instrument 'family-engagement' has " + problems.size() + " problems:")
                    .satisfies(e -> assertThat(((InvalidDataException) e).problems()).isEqualTo(problems));
            assertThatThrownBy(() -> engine.prepare((Instrument) invalid)).isInstanceOf(InvalidDataException.class);
        }

        @Test
        void theEngineStillScoresAnInvalidInstrumentItIsGivenDirectly() {
            StageResult result = engine.score(duplicateStage(), response("family-engagement", MarkedStatements.of("i1")));

            assertThat(result.rows().get(0).fit()).isEqualTo(new Fit.Winner("integration-again"));
        }

        @Test
        void anEngineWithItsOwnValidatorPreparesWithIt() {
            RubricValidator permissive = permissive();
            ScoringEngine trusting = engine.withValidator(permissive);

            PreparedInstrument<StagedRubric, StageResult> prepared = trusting.prepare(duplicateStage());

            assertThat(trusting.withValidator(permissive)).isSameAs(trusting);
            assertThat(prepared.score(response("family-engagement", MarkedStatements.of("i1"))))
                    .isEqualTo(engine.score(duplicateStage(), response("family-engagement", MarkedStatements.of("i1"))));
            assertThat(trusting.tiePolicy()).isSameAs(engine.tiePolicy());
            assertThatThrownBy(() -> engine.withValidator(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void theFingerprintIsComputedOnceAndNamedByEveryResult() {
            PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = engine.prepare(matrix);

            ArchetypeResult first = prepared.score(response(matrix.id(), fits("partnership")));
            ArchetypeResult second = prepared.score(response(matrix.id(), fits("fortress", "fortress")));

            assertThat(prepared.fingerprint()).isEqualTo(matrix.fingerprint());
            assertThat(first.instrument()).isSameAs(prepared.ref()).isEqualTo(InstrumentRef.of(matrix));
            assertThat(second.instrument()).isSameAs(prepared.ref());
            assertThat(prepared).hasToString("PreparedInstrument[" + InstrumentRef.of(matrix) + "]");
        }

        @Test
        void preparingAnyInstrumentDispatchesByKind() {
            PreparedInstrument<Instrument, ScoreResult> prepared = engine.prepare((Instrument) Fixtures.stagedRubric());

            ScoreResult result = prepared.score(response("family-engagement", MarkedStatements.of("e1")));

            assertThat(result).isInstanceOf(StageResult.class);
            assertThat(prepared.summarizes()).isFalse();
            assertThat(engine.prepare((Instrument) Fixtures.survey()).summarizes()).isTrue();
        }

        @Test
        void aMatrixIsNotPooled() {
            PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = engine.prepare(matrix);

            assertThatThrownBy(() -> prepared.summarize(List.of(response(matrix.id(), fits("partnership")))))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("an archetype-matrix is scored one response at a time; call score(response) for each");
        }
    }

    @Nested
    class CheckedResponses {

        private final PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = engine.prepare(matrix);

        @Test
        void aResponseThatPassedIsScoredAsTheEngineScoresIt() {
            Response response = response(matrix.id(), fits("partnership", "partnership", "partnership", "open-door"));

            CheckedResponse checked = prepared.check(response);

            assertThat(checked.passed()).isTrue();
            assertThat(checked.problems()).isEmpty();
            assertThat(checked.instrument()).isEqualTo(prepared.ref());
            assertThat(checked).hasToString("CheckedResponse[r-1 against " + prepared.ref() + ": passed]");
            assertThat(prepared.score(checked)).isEqualTo(engine.score(matrix, response));
        }

        @Test
        void aResponseThatFailedThrowsItsProblemsWhenScored() {
            Response response = response(matrix.id(), MarkedStatements.of("br-partnership-1", "nope"));

            CheckedResponse checked = prepared.check(response);

            assertThat(checked.passed()).isFalse();
            assertThat(checked.problems()).extracting(p -> p.path() + " " + p.code())
                    .containsExactly("evidence.statementIds[1] unknown-reference");
            assertThatThrownBy(() -> prepared.score(checked)).isInstanceOf(InvalidDataException.class)
                    .hasMessage(messageOf(() -> engine.score(matrix, response)))
                    .satisfies(e -> assertThat(((InvalidDataException) e).problems()).isEqualTo(checked.problems()));
        }

        @Test
        void aResponseCheckedByAnotherInstrumentIsRefused() {
            Response response = response(Fixtures.stagedRubric().id(), MarkedStatements.of("e1"));
            CheckedResponse elsewhere = engine.prepare(Fixtures.stagedRubric()).check(response);

            assertThatThrownBy(() -> prepared.score(elsewhere)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("response 'r-1' was checked against family-engagement@1.0.0")
                    .hasMessageContaining("not against four-versions@");
        }

        @Test
        void aResponseCheckedByAnEqualInstrumentIsAccepted() {
            Response response = response(matrix.id(), fits("open-door"));
            CheckedResponse checked = engine.withTiePolicy(TiePolicies.lowerLevel()).prepare(Fixtures.fourVersions())
                    .check(response);

            assertThat(prepared.score(checked)).isEqualTo(engine.score(matrix, response));
            assertThat(checked).isEqualTo(prepared.check(response)).hasSameHashCodeAs(prepared.check(response));
        }

        private String messageOf(Runnable call) {
            try {
                call.run();
            } catch (InvalidDataException e) {
                return e.getMessage();
            }
            throw new AssertionError("expected an InvalidDataException");
        }
    }

    @Nested
    class GuardedOnce {

        @Test
        void aStrategyIsWrappedWhenConfiguredAndNotAgain() {
            AtomicInteger calls = new AtomicInteger();
            TiePolicy counting = TiePolicies.named("counting", tie -> {
                calls.incrementAndGet();
                return java.util.Optional.of(tie.tiedIds().get(0));
            });
            ScoringEngine configured = engine.withTiePolicy(counting);
            GuardedTiePolicy guard = configured.tieGuard();
            Response tied = response(matrix.id(), MarkedStatements.of("ll-open-door-1", "ll-fortress-2"));

            PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = configured.prepare(matrix);
            for (int i = 0; i < 5; i++) {
                configured.score(matrix, tied);
                prepared.score(tied);
            }

            assertThat(calls).hasValue(10);
            assertThat(configured.tieGuard()).isSameAs(guard);
            assertThat(configured.withTiePolicy(counting)).isSameAs(configured);
            assertThat(configured.withStagePlacement(StagePlacements.cumulative(0.5)).tieGuard()).isSameAs(guard);
            assertThat(configured.withValidator(permissive()).tieGuard()).isSameAs(guard);
            assertThat(configured.withTiePolicy(TiePolicies.report()).placementGuard())
                    .isSameAs(configured.placementGuard());
            assertThat(configured.tiePolicy()).isSameAs(counting);
        }

        @Test
        void aPreparedInstrumentFailsAsTheEngineDoesWhenAStrategyMisbehaves() {
            StagedRubric rubric = Fixtures.stagedRubric();
            ScoringEngine broken = engine.withStagePlacement(tallies -> {
                throw new IllegalStateException("boom");
            });
            Response response = response(rubric.id(), MarkedStatements.of("e1"));

            assertThatThrownBy(() -> broken.prepare(rubric).score(response)).isInstanceOf(ScoringException.class)
                    .hasMessage("scoring instrument 'family-engagement', row 'standard-1': stage placement 'custom'"
                            + " failed: java.lang.IllegalStateException: boom")
                    .hasCauseInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> broken.score(rubric, response)).isInstanceOf(ScoringException.class)
                    .hasMessage("scoring instrument 'family-engagement', row 'standard-1': stage placement 'custom'"
                            + " failed: java.lang.IllegalStateException: boom");
        }
    }

    @Nested
    class PooledFigures {

        @Test
        void districtRollUpCountsEveryStatusPerDimensionAndOverall() {
            DistrictIndicators district = Fixtures.district();
            List<Response> responses = List.of(
                    Response.of("r-1", district.id(), "team", "district", Instant.EPOCH, Statuses.of(Map.of(
                            "6837", IndicatorAssessment.of(ImplementationStatus.LIMITED),
                            "6838", IndicatorAssessment.of(ImplementationStatus.FULL),
                            "7001", new IndicatorAssessment(ImplementationStatus.NONE, null, true)))),
                    Response.of("r-2", district.id(), "team", "district", Instant.EPOCH, Statuses.of(Map.of(
                            "6837", IndicatorAssessment.of(ImplementationStatus.FULL),
                            "7001", IndicatorAssessment.of(ImplementationStatus.NONE)))));

            RollupResult result = engine.prepare(district).summarize(responses);

            assertThat(result.dimensions()).containsExactly(new StatusCounts("E", 0, 1, 2, 1, 0),
                    new StatusCounts("F", 2, 0, 0, 0, 1));
            assertThat(result.overall()).isEqualTo(new StatusCounts("overall", 2, 1, 2, 1, 1));
            assertThat(result.explanation().summary()).isEqualTo("District indicators: 40% of 5 assessed at Full"
                    + " (None 2, Limited 1, Full 2, not assessed 1; 1 None marked priority)");
            assertThat(result).isEqualTo(engine.summarize(district, responses));
        }

        @Test
        void checklistCountsEveryMarkPerGroupAndOverall() {
            Checklist checklist = Fixtures.checklist();
            List<Response> responses = new ArrayList<>(List.of(
                    Response.of("r-2", checklist.id(), "parent", "school", Instant.EPOCH, ChecklistAnswers.of(Map.of(
                            "look-1", ChecklistAnswer.of(ChecklistMark.OBSERVED),
                            "q-path", ChecklistAnswer.of(ChecklistMark.NOT_OBSERVED)))),
                    Response.of("r-1", checklist.id(), "parent", "school", Instant.EPOCH, ChecklistAnswers.of(Map.of(
                            "look-1", ChecklistAnswer.of(ChecklistMark.OBSERVED),
                            "look-2", ChecklistAnswer.of(ChecklistMark.NOT_OBSERVED),
                            "q-pace", ChecklistAnswer.of(ChecklistMark.OBSERVED),
                            "q-tech", ChecklistAnswer.of(ChecklistMark.NOT_APPLICABLE))))));

            ChecklistResult result = engine.prepare(checklist).summarize(responses);

            assertThat(result.responses()).isEqualTo(ResponsePool.of("r-1", "school").plus(ResponsePool.of("r-2", "school")));
            assertThat(result.responseCount()).isEqualTo(2);
            assertThat(result.groups()).containsExactly(new ChecklistCounts("look-fors", 2, 1, 0, 1),
                    new ChecklistCounts("questions", 1, 1, 1, 3));
            assertThat(result.overall()).isEqualTo(new ChecklistCounts("overall", 3, 2, 1, 4));
            assertThat(result).isEqualTo(engine.summarize(checklist, responses));
        }
    }
}
