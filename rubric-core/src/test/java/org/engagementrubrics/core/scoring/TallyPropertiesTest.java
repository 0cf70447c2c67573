package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 1: however the responses are split into tallies, and in whatever order the tallies (or their
 * states) are merged, the merged tally gives the one-pass {@code summarize} result and the same state.
 */
@DisplayName("issue 10 item 1: tallies merge to the one-pass result")
class TallyPropertiesTest {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    /**
     * Responses to a pooled instrument, split into parts: the part of each response, the order the parts are
     * merged in, which parts travel as their state, and whether the merge starts from an empty tally.
     */
    record Case(Instrument instrument, List<Response> responses, List<Integer> partOf, List<Integer> order,
            List<Boolean> viaState, boolean emptyStart) {
    }

    /** The pool of a pooled result. */
    static ResponsePool pool(ScoreResult result) {
        if (result instanceof RatingResult rating) {
            return rating.responses();
        } else if (result instanceof RollupResult rollup) {
            return rollup.responses();
        } else if (result instanceof ChecklistResult checklist) {
            return checklist.responses();
        } else if (result instanceof PointsResult points) {
            return points.responses();
        }
        return ((SurveyResult) result).responses();
    }

    /** Pooled instruments, and responses that sometimes all share one subject. */
    static Gen<Case> cases() {
        Gen<Instrument> instruments = Gen.oneOf(Generators.conditionsAssessments(), Generators.surveys(),
                Generators.districtIndicators(), Generators.checklists(), Generators.pointsRubrics());
        return instruments.flatMap(i -> Generators.responses(i, 1, 10).flatMap(list -> random -> {
            List<Response> responses = list;
            if (random.nextBoolean()) {
                responses = list.stream().map(r -> new Response(r.id(), r.instrumentId(), r.instrumentVersion(),
                        r.raterId(), "school-12", r.recordedAt(), r.evidence(), r.extensions())).toList();
            }
            int parts = 1 + random.nextInt(4);
            List<Integer> partOf = responses.stream().map(r -> random.nextInt(parts)).toList();
            List<Integer> order = Gen.shuffle(IntStream.range(0, parts).boxed().toList(), random);
            List<Boolean> viaState = IntStream.range(0, parts).mapToObj(p -> random.nextBoolean()).toList();
            return new Case(i, responses, partOf, order, viaState, random.nextBoolean());
        }));
    }

    /** The parts' tallies merged in the case's order. */
    static Tally<ScoreResult> merged(PreparedInstrument<Instrument, ScoreResult> prepared, Case c) {
        List<Tally<ScoreResult>> parts = new ArrayList<>();
        c.order().forEach(p -> parts.add(prepared.tally()));
        for (int i = 0; i < c.responses().size(); i++) {
            Response response = c.responses().get(i);
            Tally<ScoreResult> part = parts.get(c.partOf().get(i));
            if (i % 2 == 0) {
                part.add(response);
            } else {
                part.add(prepared.check(response));
            }
        }
        Tally<ScoreResult> merged = c.emptyStart() ? prepared.tally() : null;
        for (int p : c.order()) {
            Tally<ScoreResult> part = c.viaState().get(p) ? prepared.tally(parts.get(p).state()) : parts.get(p);
            merged = merged == null ? part : merged.merge(part);
        }
        return merged;
    }

    @Test
    void anySplitMergedInAnyOrderGivesTheOnePassResultAndState() {
        int[] exercised = new int[3];
        Properties.forAll("tallies merge to summarize", 400, cases(), c -> {
            PreparedInstrument<Instrument, ScoreResult> prepared = ENGINE.prepare(c.instrument());
            ScoreResult expected = prepared.summarize(c.responses());
            Tally<ScoreResult> onePass = prepared.tally();
            c.responses().forEach(onePass::add);

            Tally<ScoreResult> merged = merged(prepared, c);

            assertThat(merged.result()).isEqualTo(expected);
            assertThat(merged.count()).isEqualTo(c.responses().size());
            assertThat(merged.state()).isEqualTo(onePass.state());
            assertThat(onePass.result()).isEqualTo(expected);
            assertThat(expected.responseCount()).isEqualTo(c.responses().size());
            assertThat(ENGINE.summarize(c.instrument(), c.responses())).isEqualTo(expected);
            exercised[0] += c.order().size() > 1 ? 1 : 0;
            exercised[1] += c.viaState().contains(true) ? 1 : 0;
            exercised[2] += pool(expected).subjectId() != null && c.responses().size() > 1 ? 1 : 0;
        });
        if (Properties.coverageApplies(400)) {
            assertThat(exercised[0]).as("several parts").isGreaterThan(50);
            assertThat(exercised[1]).as("a part as its state").isGreaterThan(50);
            assertThat(exercised[2]).as("a shared subject").isGreaterThan(50);
        }
    }

    @Test
    void aRestoredStateIsTheStateItWasRestoredFrom() {
        Properties.forAll("states restore", 200, cases(), c -> {
            PreparedInstrument<Instrument, ScoreResult> prepared = ENGINE.prepare(c.instrument());
            Tally<ScoreResult> tally = prepared.tally();
            c.responses().forEach(tally::add);

            TallyState state = tally.state();

            assertThat(prepared.tally(state).state()).isEqualTo(state);
            assertThat(prepared.tally(state).result()).isEqualTo(tally.result());
            assertThat(state.instrument()).isEqualTo(prepared.ref());
            assertThat(state.responses()).isEqualTo(pool(tally.result()));
        });
    }
}
