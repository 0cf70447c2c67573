package com.example.sis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.testkit.fixtures.FixtureSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feature 5 of the kit: we pin fixture set 1 (the catalog, sample responses and the results the library gives
 * for them). Responses that went through our storage must score exactly as the pinned results say; an upgrade
 * of the library that changed them would have to come with a new set, which we would pin on purpose.
 */
class PinnedFixturesTest {

    static final FixtureSet FIXTURES = FixtureSet.v1();

    static List<String> samples() {
        return FIXTURES.sampleNames();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void responsesStoredByUsScoreAsPinned(String sample) {
        ResponseStore store = new ResponseStore();
        FIXTURES.responses(sample).forEach(store::save);
        List<Response> stored = store.loadAll();
        Instrument instrument = FIXTURES.instrument(stored.get(0).instrumentId());
        ScoringEngine engine = ScoringEngine.defaults();

        List<ScoreResult> results = engine.prepare(instrument).summarizes()
                ? List.of(engine.summarize(instrument, stored))
                : stored.stream().map(response -> (ScoreResult) engine.score(instrument, response)).toList();

        assertThat(results).isEqualTo(FIXTURES.expectedResults(sample));
    }
}
