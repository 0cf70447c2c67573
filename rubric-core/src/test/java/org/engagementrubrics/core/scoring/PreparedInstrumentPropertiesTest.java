package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * A prepared instrument scores exactly as the engine does: the same results (explanations included) and
 * the same failures, for every instrument kind, every built-in tie policy and stage placement, and
 * responses that fit or do not.
 */
class PreparedInstrumentPropertiesTest {

    private static final List<ScoringEngine> ENGINES = engines();

    private static List<ScoringEngine> engines() {
        List<ScoringEngine> engines = new ArrayList<>();
        for (TiePolicy policy : List.of(TiePolicies.report(), TiePolicies.lowerLevel(), TiePolicies.higherLevel())) {
            for (StagePlacement placement : List.of(StagePlacements.bestFitByCount(), StagePlacements.bestFitByShare(),
                    StagePlacements.cumulative(0.5))) {
                engines.add(ScoringEngine.defaults().withTiePolicy(policy).withStagePlacement(placement));
            }
        }
        return List.copyOf(engines);
    }

    /** An instrument and responses to it, some of which may not fit it. */
    record Case(Instrument instrument, List<Response> responses, boolean misfit) {
    }

    /** What a call gave: a result, or the type, message and problems of what it threw. */
    record Failure(Class<?> type, String message, List<Problem> problems) {
    }

    static Object outcome(Supplier<?> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            List<Problem> problems = e instanceof InvalidDataException invalid ? invalid.problems() : List.of();
            return new Failure(e.getClass(), e.getMessage(), problems);
        }
    }

    static Gen<Case> cases() {
        return Generators.instruments().flatMap(i -> Generators.responses(i, 1, 4).flatMap(responses -> random -> {
            if (random.nextInt(4) != 0) {
                return new Case(i, responses, false);
            }
            List<Response> some = new ArrayList<>(responses);
            int index = random.nextInt(some.size());
            some.set(index, misfit(i, some.get(index), random));
            return new Case(i, List.copyOf(some), true);
        }));
    }

    /** Returns the response changed so that it does not fit the instrument, in one of several ways. */
    static Response misfit(Instrument instrument, Response response, RandomGenerator random) {
        switch (random.nextInt(3)) {
            case 0:
                return new Response(response.id(), instrument.id() + "-other", response.instrumentVersion(),
                        response.raterId(), response.subjectId(), response.recordedAt(), response.evidence(),
                        response.extensions());
            case 1:
                return response.withEvidence(instrument instanceof Checklist ? MarkedStatements.of("s-1")
                        : ChecklistAnswers.of(Map.of("item-1", ChecklistAnswer.of(ChecklistMark.OBSERVED))));
            default:
                return response.withEvidence(unknownReference(response));
        }
    }

    /** Returns the response's evidence with one more entry, naming nothing in the instrument. */
    static Evidence unknownReference(Response response) {
        String unknown = "zz-not-in-the-instrument";
        if (response.evidence() instanceof MarkedStatements marks) {
            return marks.withMark(unknown);
        } else if (response.evidence() instanceof Ratings ratings) {
            Map<String, Rating> byItem = new HashMap<>(ratings.byItem());
            byItem.put(unknown, Rating.of(Integer.MAX_VALUE)); // unknown and off the scale
            return Ratings.of(byItem);
        } else if (response.evidence() instanceof Statuses statuses) {
            Map<String, IndicatorAssessment> byIndicator = new HashMap<>(statuses.byIndicator());
            byIndicator.put(unknown, IndicatorAssessment.of(ImplementationStatus.FULL));
            return Statuses.of(byIndicator);
        }
        if (response.evidence() instanceof CriterionRatings ratings) {
            Map<String, CriterionRating> byCriterion = new HashMap<>(ratings.byCriterion());
            byCriterion.put(unknown, CriterionRating.notRated());
            return CriterionRatings.of(byCriterion);
        }
        Map<String, ChecklistAnswer> byItem = new HashMap<>(((ChecklistAnswers) response.evidence()).byItem());
        byItem.put(unknown, ChecklistAnswer.of(ChecklistMark.NOT_APPLICABLE));
        return ChecklistAnswers.of(byItem);
    }

    /** Prepares through the typed overload of the instrument's kind. */
    static PreparedInstrument<?, ?> typed(ScoringEngine engine, Instrument instrument) {
        if (instrument instanceof StagedRubric rubric) {
            return engine.prepare(rubric);
        } else if (instrument instanceof ArchetypeMatrix matrix) {
            return engine.prepare(matrix);
        } else if (instrument instanceof ConditionsAssessment assessment) {
            return engine.prepare(assessment);
        } else if (instrument instanceof DistrictIndicators district) {
            return engine.prepare(district);
        } else if (instrument instanceof Checklist checklist) {
            return engine.prepare(checklist);
        } else if (instrument instanceof PointsRubric rubric) {
            return engine.prepare(rubric);
        }
        return engine.prepare((Survey) instrument);
    }

    @Test
    void preparedInstrumentsScoreAndSummarizeExactlyAsTheEngine() {
        Map<InstrumentKind, Integer> kinds = new EnumMap<>(InstrumentKind.class);
        int[] misfits = new int[1];
        int[] ties = new int[1];
        Properties.forAll("prepared scoring equals engine scoring", 300, cases(), c -> {
            Instrument instrument = c.instrument();
            kinds.merge(instrument.kind(), 1, Integer::sum);
            if (c.misfit()) {
                misfits[0]++;
            }
            for (ScoringEngine engine : ENGINES) {
                PreparedInstrument<Instrument, ScoreResult> prepared = engine.prepare(instrument);
                PreparedInstrument<?, ?> typed = typed(engine, instrument);
                assertThat(prepared.instrument()).isSameAs(instrument);
                assertThat(prepared.fingerprint()).isEqualTo(instrument.fingerprint());
                assertThat(prepared.ref()).isEqualTo(InstrumentRef.of(instrument));
                for (Response response : c.responses()) {
                    Object expected = outcome(() -> engine.score(instrument, response));
                    assertThat(outcome(() -> prepared.score(response))).as("score, %s", engine).isEqualTo(expected);
                    assertThat(outcome(() -> typed.score(response))).as("typed score, %s", engine).isEqualTo(expected);
                    CheckedResponse checked = prepared.check(response);
                    assertThat(checked.response()).isSameAs(response);
                    assertThat(checked.passed()).isEqualTo(checked.problems().isEmpty())
                            .isEqualTo(!(expected instanceof Failure failure
                                    && failure.type() == InvalidDataException.class));
                    assertThat(outcome(() -> prepared.score(checked))).as("score checked, %s", engine).isEqualTo(expected);
                    assertThat(outcome(() -> typed.score(typed.check(response)))).isEqualTo(expected);
                    if (expected instanceof ScoreResult result) {
                        assertThat(prepared.score(checked).instrument()).isSameAs(prepared.ref());
                        if (result.explanation().toText().contains("tie between")) {
                            ties[0]++;
                        }
                    }
                }
                if (prepared.summarizes()) {
                    Object expected = outcome(() -> engine.summarize(instrument, c.responses()));
                    assertThat(outcome(() -> prepared.summarize(c.responses()))).as("summarize, %s", engine)
                            .isEqualTo(expected);
                    assertThat(outcome(() -> typed.summarize(c.responses()))).isEqualTo(expected);
                } else {
                    assertThat(instrument.kind()).isIn(InstrumentKind.STAGED_RUBRIC, InstrumentKind.ARCHETYPE_MATRIX);
                    assertThatThrownBy(() -> prepared.summarize(c.responses()))
                            .isInstanceOf(UnsupportedOperationException.class)
                            .hasMessageContaining("is scored one response at a time");
                    assertThatThrownBy(() -> engine.summarize(instrument, c.responses()))
                            .isInstanceOf(IllegalArgumentException.class);
                }
            }
        });
        if (Properties.coverageApplies(300)) {
            assertThat(kinds).hasSize(InstrumentKind.values().length).allSatisfy((kind, n) -> assertThat(n).isGreaterThan(20));
            assertThat(misfits[0]).isGreaterThan(30);
            assertThat(ties[0]).isGreaterThan(10);
        }
    }
}
