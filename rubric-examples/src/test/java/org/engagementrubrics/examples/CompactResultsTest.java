package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, compact results, on every bundled instrument: a result written compact and read back with the
 * instrument it names equals the full result, explanation included, for generated responses.
 */
class CompactResultsTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final RubricJson COMPACT = JSON.withCompactResults();
    private static final List<Instrument> BUNDLED = Catalog.bundled().instruments();

    @Test
    void everyBundledInstrumentsResultsReadBackFromTheirCompactFormEqual() {
        Set<InstrumentKind> kinds = EnumSet.noneOf(InstrumentKind.class);
        Gen<Instrument> bundled = random -> BUNDLED.get(random.nextInt(BUNDLED.size()));
        ScoringEngine lower = ScoringEngine.defaults().withTiePolicy(TiePolicies.lowerLevel());
        Properties.forAll("compact round trip on bundled instruments", 60,
                bundled.flatMap(i -> Generators.responses(i, 1, 3).map(rs -> new Object[] {i, rs})), c -> {
            Instrument instrument = (Instrument) c[0];
            @SuppressWarnings("unchecked")
            List<Response> responses = (List<Response>) c[1];
            kinds.add(instrument.kind());
            PreparedInstrument<Instrument, ScoreResult> reading = ScoringEngine.defaults().prepare(instrument);
            for (ScoringEngine engine : List.of(ScoringEngine.defaults(), lower)) {
                PreparedInstrument<Instrument, ScoreResult> prepared = engine.prepare(instrument);
                List<ScoreResult> results = new ArrayList<>();
                if (prepared.summarizes()) {
                    results.add(prepared.summarize(responses));
                } else {
                    responses.forEach(response -> results.add(prepared.score(response)));
                    results.add(engine.bestFit((MatrixInstrument) instrument, responses.get(0)));
                }
                for (ScoreResult result : results) {
                    String compact = COMPACT.write(result);
                    assertThat(compact.length()).isLessThan(JSON.write(result).length());
                    ScoreResult back = JSON.readResult(compact, "compact.json", reading);
                    assertThat(back).isEqualTo(result);
                    assertThat(back.explanation().toText()).isEqualTo(result.explanation().toText());
                }
            }
        });
        if (Properties.coverageApplies(60)) {
            assertThat(kinds).isEqualTo(BUNDLED.stream().map(Instrument::kind)
                    .collect(() -> EnumSet.noneOf(InstrumentKind.class), Set::add, Set::addAll));
        }
    }
}
