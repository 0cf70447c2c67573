package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.testkit.Fixtures;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Compact results (issue 12): written without explanation text, read back with the instrument they name equal
 * to the full result, and refused without it.
 */
class CompactResultsTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final RubricJson COMPACT = JSON.withCompactResults();

    private static final List<ScoringEngine> ENGINES = List.of(ScoringEngine.defaults(),
            ScoringEngine.defaults().withTiePolicy(TiePolicies.lowerLevel())
                    .withStagePlacement(StagePlacements.cumulative(0.5)),
            ScoringEngine.defaults().withTiePolicy(TiePolicies.higherLevel())
                    .withStagePlacement(StagePlacements.bestFitByShare()));

    @Test
    void fullThenCompactThenReadWithTheInstrumentEqualsTheFullResult() {
        Map<InstrumentKind, Integer> kinds = new EnumMap<>(InstrumentKind.class);
        Properties.forAll("compact round trip", 200,
                Generators.instruments().flatMap(i -> Generators.responses(i, 1, 4).map(rs -> Map.entry(i, rs))), c -> {
            Instrument instrument = c.getKey();
            kinds.merge(instrument.kind(), 1, Integer::sum);
            // read with an instrument prepared by the default engine, whatever engine scored the result
            PreparedInstrument<Instrument, ScoreResult> reading = ScoringEngine.defaults().prepare(instrument);
            for (ScoringEngine engine : ENGINES) {
                List<ScoreResult> results = results(engine, instrument, c.getValue());
                for (ScoreResult result : results) {
                    ScoreResult full = JSON.readResult(JSON.write(result), "full.json");
                    String compact = COMPACT.write(full);
                    assertThat(compact).contains("\"explanation\": \"omitted\"").hasSizeLessThan(JSON.write(result).length());
                    ScoreResult back = JSON.readResult(compact, "compact.json", reading);
                    assertThat(back).isEqualTo(result);
                    assertThat(back.explanation().toText()).isEqualTo(result.explanation().toText());
                    assertThat(COMPACT.write(back)).isEqualTo(compact);
                    assertThat(JSON.readResult(COMPACT.writeLine(result), "line.json", reading)).isEqualTo(result);
                    assertThat(JSON.readResult(JSON.write(result), "full.json", reading)).isEqualTo(result);
                }
                assertThat(JSON.readResults(COMPACT.writeResults(results), "results.json", reading)).isEqualTo(results);
            }
        });
        if (Properties.coverageApplies(200)) {
            assertThat(kinds).hasSize(InstrumentKind.values().length);
        }
    }

    private static List<ScoreResult> results(ScoringEngine engine, Instrument instrument, List<Response> responses) {
        PreparedInstrument<Instrument, ScoreResult> prepared = engine.prepare(instrument);
        List<ScoreResult> results = new ArrayList<>();
        if (prepared.summarizes()) {
            results.add(prepared.summarize(responses));
        } else {
            for (Response response : responses) {
                results.add(prepared.score(response));
                results.add(engine.bestFit((MatrixInstrument) instrument, response));
            }
        }
        return results;
    }

    private static StageResult stageResult() {
        return ScoringEngine.defaults().score(Fixtures.stagedRubric(),
                Fixtures.response(Fixtures.stagedRubric().id(), MarkedStatements.of("e1")));
    }

    @Test
    void aCompactResultReadWithoutTheInstrumentIsRefusedSayingToPassIt() {
        String compact = COMPACT.write(stageResult());

        FormatException thrown = catchThrowableOfType(FormatException.class,
                () -> JSON.readResult(compact, "stored.json"));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(FormatCodes.INSTRUMENT_REQUIRED);
            assertThat(problem.pointer()).isEqualTo("/explanation");
            assertThat(problem.message()).contains("pass the prepared instrument", stageResult().instrument().toString());
        });
        assertThatThrownBy(() -> JSON.read(compact, "stored.json")).isInstanceOf(FormatException.class)
                .hasMessageContaining(FormatCodes.INSTRUMENT_REQUIRED);
        assertThatThrownBy(() -> JSON.readResults("[" + compact + "]", "stored.json"))
                .isInstanceOf(FormatException.class).hasMessageContaining(FormatCodes.INSTRUMENT_REQUIRED);
    }

    @Test
    void aCompactResultReadWithAnotherInstrumentIsRefusedNamingBoth() {
        String compact = COMPACT.write(stageResult());
        PreparedInstrument<?, ?> other = ScoringEngine.defaults().prepare(Fixtures.fourVersions());

        FormatException thrown = catchThrowableOfType(FormatException.class,
                () -> JSON.readResult(compact, "stored.json", other));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(org.engagementrubrics.core.validation.ProblemCodes.INSTRUMENT_MISMATCH);
            assertThat(problem.pointer()).isEqualTo("/instrument/fingerprint");
            assertThat(problem.message()).contains(stageResult().instrument().toString(), other.ref().toString());
        });
    }

    @Test
    void compactStageAndMatrixResultsNameTheirTiePolicy() {
        StageResult stage = ScoringEngine.defaults().withTiePolicy(TiePolicies.higherLevel()).score(
                Fixtures.stagedRubric(), Fixtures.response(Fixtures.stagedRubric().id(), MarkedStatements.of("e1")));

        String compact = COMPACT.write(stage);

        assertThat(compact).contains("\"tiePolicy\": \"higher-level\",\n  \"explanation\": \"omitted\"\n}\n");
        assertThat(JSON.readResult(compact, "stored.json", ScoringEngine.defaults().prepare(Fixtures.stagedRubric())))
                .isEqualTo(stage);
    }

    @Test
    void aResultWhoseExplanationNamesNoTiePolicyIsNotWrittenCompact() {
        MatrixResult scored = ScoringEngine.defaults().bestFit(Fixtures.stagedRubric(),
                Fixtures.response(Fixtures.stagedRubric().id(), MarkedStatements.of("e1")));
        MatrixResult handMade = new MatrixResult(scored.instrument(), scored.responseId(), scored.subjectId(),
                scored.raterId(), scored.rows(), Explanation.of("made by hand"));

        assertThatThrownBy(() -> COMPACT.write(handMade)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no tie policy");
        assertThatThrownBy(() -> COMPACT.writeResults(List.of(scored, handMade)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JSON.write(handMade)).contains("made by hand");
    }

    @Test
    void theCompactArrayWriterWritesWhatWriteResultsWrites() {
        List<ScoreResult> results = List.of(stageResult(), ScoringEngine.defaults().bestFit(Fixtures.stagedRubric(),
                Fixtures.response(Fixtures.stagedRubric().id(), MarkedStatements.of("e1"))));
        StringWriter out = new StringWriter();
        try (ArrayWriter<ScoreResult> writer = COMPACT.resultArrayWriter(out)) {
            results.forEach(writer::write);
        }

        assertThat(out.toString()).isEqualTo(COMPACT.writeResults(results));
        assertThat(COMPACT.writesCompactResults()).isTrue();
        assertThat(JSON.writesCompactResults()).isFalse();
        assertThat(COMPACT.withCompactResults()).isSameAs(COMPACT);
        assertThat(COMPACT.withLimits(ReadLimits.defaults().withMaxDepth(40)).writesCompactResults()).isTrue();
    }

    @Test
    void otherDocumentsAreWrittenAsBefore() {
        assertThat(COMPACT.write(Fixtures.survey())).isEqualTo(JSON.write(Fixtures.survey()));
    }
}
