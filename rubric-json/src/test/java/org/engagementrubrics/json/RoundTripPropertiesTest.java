package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * {@code read(write(x)).equals(x)} and canonical writing, for generated instruments, responses and results.
 */
class RoundTripPropertiesTest {

    private static final RubricJson JSON = RubricJson.standard();

    record Case(Instrument instrument, List<Response> responses) {
    }

    private static Gen<Case> cases() {
        return Generators.instruments().flatMap(instrument -> Generators.responses(instrument, 1, 4)
                .map(responses -> new Case(instrument, responses)));
    }

    @Test
    void instrumentsReadBackEqualAndWriteBackIdentical() {
        Properties.forAll("instrument round trip", 300, Generators.instruments(), instrument -> {
            String text = JSON.write(instrument);
            Instrument back = JSON.readInstrument(text, "generated.json");
            assertThat(back).isEqualTo(instrument);
            assertThat(back.fingerprint()).isEqualTo(instrument.fingerprint());
            assertThat(JSON.write(back)).isEqualTo(text);
        });
    }

    @Test
    void responsesReadBackEqualWhenValidatedAgainstTheirInstrument() {
        Properties.forAll("response round trip", 300, cases(), c -> {
            for (Response response : c.responses()) {
                String text = JSON.write(response);
                assertThat(JSON.readResponse(text, "response.json", c.instrument())).isEqualTo(response);
                assertThat(JSON.readResponse(JSON.writeLine(response), "line.json", null)).isEqualTo(response);
                assertThat(JSON.writeLine(response)).doesNotContain("\n");
            }
        });
    }

    @Test
    void resultsReadBackEqual() {
        ScoringEngine engine = ScoringEngine.defaults().withTiePolicy(TiePolicies.lowerLevel());
        Properties.forAll("result round trip", 200, cases(), c -> {
            List<ScoreResult> results = c.instrument() instanceof org.engagementrubrics.core.matrix.MatrixInstrument matrix
                    ? List.of(engine.score(c.instrument(), c.responses().get(0)),
                            ScoringEngine.defaults().bestFit(matrix, c.responses().get(0)))
                    : List.of(engine.summarize(c.instrument(), c.responses()));
            for (ScoreResult result : results) {
                String text = JSON.write(result);
                ScoreResult back = JSON.readResult(text, "result.json");
                assertThat(back).isEqualTo(result);
                assertThat(JSON.write(back)).isEqualTo(text);
            }
        });
    }
}
