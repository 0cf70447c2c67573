package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * A result's explanation rebuilt from its facts and the instrument equals the one the scorer gave, for every
 * instrument kind, every built-in tie policy and stage placement (issue 12, compact results).
 */
class ExplainPropertiesTest {

    private static final List<ScoringEngine> ENGINES = List.of(
            ScoringEngine.defaults(),
            ScoringEngine.defaults().withTiePolicy(TiePolicies.lowerLevel())
                    .withStagePlacement(StagePlacements.bestFitByShare()),
            ScoringEngine.defaults().withTiePolicy(TiePolicies.higherLevel())
                    .withStagePlacement(StagePlacements.cumulative(0.5)));

    /** Returns the result with every explanation replaced by one that says nothing of it. */
    static ScoreResult stripped(ScoreResult result) {
        Explanation none = Explanation.of("stripped");
        if (result instanceof MatrixResult m) {
            return new MatrixResult(m.instrument(), m.responseId(), m.subjectId(), m.raterId(), stripped(m.rows()), none);
        } else if (result instanceof StageResult s) {
            return new StageResult(s.instrument(), s.responseId(), s.subjectId(), s.raterId(), s.placement(),
                    stripped(s.rows()), none);
        } else if (result instanceof ArchetypeResult a) {
            return new ArchetypeResult(a.instrument(), a.responseId(), a.subjectId(), a.raterId(), stripped(a.rows()),
                    a.profile(), none);
        } else if (result instanceof RatingResult r) {
            return new RatingResult(r.instrument(), r.responses(), r.conditions(), r.overall(), none);
        } else if (result instanceof RollupResult r) {
            return new RollupResult(r.instrument(), r.responses(), r.dimensions(), r.overall(), none);
        } else if (result instanceof ChecklistResult c) {
            return new ChecklistResult(c.instrument(), c.responses(), c.groups(), c.overall(), none);
        }
        if (result instanceof PointsResult p) {
            return new PointsResult(p.instrument(), p.responses(), p.criteria(), p.percentSum(), p.percentResponses(), none);
        }
        SurveyResult s = (SurveyResult) result;
        return new SurveyResult(s.instrument(), s.responses(), s.statements(), none);
    }

    private static List<RowFit> stripped(List<RowFit> rows) {
        return rows.stream().map(row -> new RowFit(row.rowId(), row.tallies(), row.fit(), Explanation.of("stripped")))
                .toList();
    }

    @Test
    void explanationRebuiltFromResultAndInstrumentEqualsTheScorers() {
        Map<InstrumentKind, Integer> kinds = new EnumMap<>(InstrumentKind.class);
        int[] ties = new int[1];
        Properties.forAll("rebuilt explanation equals scored explanation", 200,
                Generators.instruments().flatMap(i -> Generators.responses(i, 1, 4).map(rs -> Map.entry(i, rs))), c -> {
            Instrument instrument = c.getKey();
            List<Response> responses = c.getValue();
            kinds.merge(instrument.kind(), 1, Integer::sum);
            for (ScoringEngine engine : ENGINES) {
                PreparedInstrument<Instrument, ScoreResult> prepared = engine.prepare(instrument);
                // another engine's preparation rebuilds it too, given the tie policy the result names
                PreparedInstrument<Instrument, ScoreResult> other = ScoringEngine.defaults().prepare(instrument);
                String tiePolicy = engine.tiePolicy().name();
                for (ScoreResult result : results(engine, prepared, instrument, responses)) {
                    if (result.explanation().toText().contains("tie between")) {
                        ties[0]++;
                    }
                    ScoreResult stripped = stripped(result);
                    assertThat(stripped).isNotEqualTo(result);
                    assertThat(prepared.explained(stripped)).isEqualTo(result);
                    assertThat(prepared.explain(stripped)).isEqualTo(result.explanation());
                    assertThat(prepared.explain(stripped).toText()).isEqualTo(result.explanation().toText());
                    assertThat(other.explained(stripped, tiePolicy)).isEqualTo(result);
                    if (result instanceof MatrixResult || result instanceof StageResult) {
                        assertThat(TiePolicies.nameIn(result)).contains(tiePolicy);
                    } else {
                        assertThat(TiePolicies.nameIn(result)).isEmpty();
                    }
                }
            }
        });
        if (Properties.coverageApplies(200)) {
            assertThat(kinds).hasSize(InstrumentKind.values().length).allSatisfy((kind, n) -> assertThat(n).isGreaterThan(15));
            assertThat(ties[0]).isGreaterThan(10);
        }
    }

    /** Every result the engine gives for the responses: each scored, best fit on a matrix, and pooled. */
    private static List<ScoreResult> results(ScoringEngine engine, PreparedInstrument<Instrument, ScoreResult> prepared,
            Instrument instrument, List<Response> responses) {
        List<ScoreResult> results = new java.util.ArrayList<>();
        for (Response response : responses) {
            results.add(prepared.score(response));
            if (instrument instanceof MatrixInstrument matrix) {
                results.add(engine.bestFit(matrix, response));
            }
        }
        if (prepared.summarizes()) {
            results.add(prepared.summarize(responses));
        }
        return results;
    }
}
