package org.engagementrubrics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Scoring is a function of its input: the same input, or an equal copy of it, gives an equal result,
 * whichever engine configuration and thread scores it.
 */
class DeterminismPropertiesTest {

    private static final List<ScoringEngine> ENGINES = List.of(
            ScoringEngine.defaults(),
            ScoringEngine.defaults().withTiePolicy(TiePolicies.lowerLevel()),
            ScoringEngine.defaults().withTiePolicy(TiePolicies.higherLevel())
                    .withStagePlacement(StagePlacements.bestFitByShare()),
            ScoringEngine.defaults().withStagePlacement(StagePlacements.cumulative(0.5)));

    record Scored(Instrument instrument, List<Response> responses) {
    }

    private static Gen<Scored> scored() {
        return Generators.instruments().flatMap(i -> Generators.responses(i, 1, 4).map(r -> new Scored(i, r)));
    }

    private static ScoreResult score(ScoringEngine engine, Instrument instrument, List<Response> responses) {
        return instrument instanceof MatrixInstrument ? engine.score(instrument, responses.get(0))
                : engine.summarize(instrument, responses);
    }

    @Test
    void scoringTheSameInputTwiceGivesEqualResults() {
        Properties.forAll("same input, same result", 300, scored(), c -> {
            Instrument copy = Rebuilder.copy(c.instrument());
            for (ScoringEngine engine : ENGINES) {
                ScoreResult first = score(engine, c.instrument(), c.responses());
                assertThat(score(engine, c.instrument(), c.responses())).as("again, %s", engine).isEqualTo(first);
                assertThat(score(engine, copy, c.responses())).as("on an equal copy, %s", engine).isEqualTo(first);
                assertThat(first.explanation().toText()).isEqualTo(score(engine, copy, c.responses()).explanation().toText());
                if (c.instrument() instanceof MatrixInstrument matrix) {
                    assertThat(engine.bestFit(matrix, c.responses().get(0)))
                            .isEqualTo(engine.bestFit(matrix, c.responses().get(0)));
                }
            }
        });
    }

    @Test
    void scoringConcurrentlyGivesTheSameResultsAsSequentially() {
        Properties.forAll("concurrent scoring, same result", 60, scored(), c -> {
            ScoringEngine engine = ScoringEngine.defaults().withTiePolicy(TiePolicies.lowerLevel());
            ScoreResult expected = score(engine, c.instrument(), c.responses());
            List<ScoreResult> parallel = IntStream.range(0, 16).parallel()
                    .mapToObj(i -> score(engine, c.instrument(), c.responses())).toList();
            assertThat(parallel).allSatisfy(r -> assertThat(r).isEqualTo(expected));
        });
    }
}
