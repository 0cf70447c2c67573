package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 1: the responses split into parts, each part's tally sent through its JSON state (written,
 * read back, restored) and merged in any order, give the one-pass {@code summarize} result, written to the
 * same bytes; every state written passes its kind's JSON Schema and reads back equal.
 */
@DisplayName("issue 10 item 1: tallies through their JSON form")
class TallyJsonPropertiesTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    /** Responses to a pooled instrument, the part of each, and the order the parts are merged in. */
    record Case(Instrument instrument, List<Response> responses, List<Integer> partOf, List<Integer> order) {
    }

    private static Gen<Case> cases() {
        Gen<Instrument> instruments = Gen.oneOf(Generators.conditionsAssessments(), Generators.surveys(),
                Generators.districtIndicators(), Generators.checklists());
        return instruments.flatMap(i -> Generators.responses(i, 1, 8).flatMap(list -> random -> {
            List<Response> responses = list;
            if (random.nextBoolean()) {
                responses = list.stream().map(r -> new Response(r.id(), r.instrumentId(), r.instrumentVersion(),
                        r.raterId(), "school-12", r.recordedAt(), r.evidence(), r.extensions())).toList();
            }
            int parts = 1 + random.nextInt(4);
            List<Integer> partOf = responses.stream().map(r -> random.nextInt(parts)).toList();
            return new Case(i, responses, partOf, Gen.shuffle(IntStream.range(0, parts).boxed().toList(), random));
        }));
    }

    /** The state written, checked against its schema, read back and restored. */
    private static Tally<ScoreResult> throughJson(PreparedInstrument<Instrument, ScoreResult> prepared,
            Tally<ScoreResult> part) {
        String text = JSON.write(part.state());
        String kind = DocumentKind.of(part.state()).kindName();
        assertThat(SchemaTest.validate(kind, text)).as("schema errors of %s", kind).isEmpty();
        TallyState back = JSON.readTally(text, kind + ".json");
        assertThat(back).isEqualTo(part.state());
        assertThat(JSON.write(back)).isEqualTo(text);
        return prepared.tally(back);
    }

    @Test
    void partsMergedThroughTheirJsonStatesInAnyOrderWriteTheOnePassResult() {
        Properties.forAll("tallies through JSON", 200, cases(), c -> {
            PreparedInstrument<Instrument, ScoreResult> prepared = ENGINE.prepare(c.instrument());
            ScoreResult expected = prepared.summarize(c.responses());
            List<Tally<ScoreResult>> parts = new ArrayList<>();
            c.order().forEach(p -> parts.add(prepared.tally()));
            for (int i = 0; i < c.responses().size(); i++) {
                parts.get(c.partOf().get(i)).add(c.responses().get(i));
            }
            Tally<ScoreResult> onePass = prepared.tally();
            c.responses().forEach(onePass::add);

            Tally<ScoreResult> merged = prepared.tally();
            for (int p : c.order()) {
                merged.merge(throughJson(prepared, parts.get(p)));
            }

            assertThat(merged.result()).isEqualTo(expected);
            assertThat(JSON.write(merged.result())).isEqualTo(JSON.write(expected));
            assertThat(JSON.write(merged.state())).isEqualTo(JSON.write(onePass.state()));
            assertThat(JSON.readResult(JSON.write(expected), "result.json")).isEqualTo(expected);
        });
    }
}
