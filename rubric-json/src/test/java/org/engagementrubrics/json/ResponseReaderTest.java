package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.Fixtures;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Reading against a prepared instrument: each good response comes with its check, and scoring the checks
 * gives exactly what the engine gives for the same responses.
 */
class ResponseReaderTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    private static ResponseStream lines(ResponseReader reader, List<Response> responses) {
        StringBuilder text = new StringBuilder();
        for (Response response : responses) {
            text.append(JSON.writeLine(response)).append('\n');
        }
        return reader.stream(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                "responses.jsonl");
    }

    @Test
    void scoringTheChecksOfAStreamGivesTheEngineResultsForEveryKind() {
        Properties.forAll("prepared stream scores as the engine", 150,
                Generators.instruments().flatMap(i -> Generators.responses(i, 1, 5).map(rs -> List.of(i, rs))),
                pair -> {
                    Instrument instrument = (Instrument) pair.get(0);
                    @SuppressWarnings("unchecked")
                    List<Response> responses = (List<Response>) pair.get(1);
                    PreparedInstrument<Instrument, ScoreResult> prepared = ENGINE.prepare(instrument);
                    List<CheckedResponse> checks = new ArrayList<>();
                    try (ResponseStream stream = lines(JSON.responseReader(prepared), responses)) {
                        stream.forEachRemaining(record -> {
                            assertThat(record.isGood()).as("record %s: %s", record.number(), record.problems())
                                    .isTrue();
                            assertThat(record.checked()).isNotNull();
                            assertThat(record.checked().response()).isSameAs(record.response());
                            assertThat(record.checked().passed()).isTrue();
                            checks.add(record.checked());
                        });
                    }
                    assertThat(checks).extracting(CheckedResponse::response).containsExactlyElementsOf(responses);
                    if (prepared.summarizes()) {
                        assertThat(prepared.summarizeChecked(checks)).isEqualTo(ENGINE.summarize(instrument, responses));
                    } else {
                        for (int i = 0; i < responses.size(); i++) {
                            assertThat(prepared.score(checks.get(i))).isEqualTo(ENGINE.score(instrument, responses.get(i)));
                        }
                    }
                });
    }

    @Test
    void aReaderAgainstAPlainInstrumentOrNothingCarriesNoCheck() {
        Survey survey = Fixtures.survey();
        List<Response> responses = Generators.responses(survey, 2, 2).sample(7L);
        for (ResponseReader reader : List.of(JSON.responseReader(survey), JSON.responseReader())) {
            try (ResponseStream stream = lines(reader, responses)) {
                stream.forEachRemaining(record -> {
                    assertThat(record.isGood()).isTrue();
                    assertThat(record.checked()).isNull();
                });
            }
        }
    }

    @Test
    void aResponseThatDoesNotFitIsABadRecordWithTheSameProblemsAsAgainstThePlainInstrument() {
        Survey survey = Fixtures.survey();
        Response misfit = Response.of("r-1", "another-survey", "guardian-1", "school-1", Fixtures.WHEN,
                Generators.responses(survey, 1, 1).sample(3L).get(0).evidence());
        List<FormatProblem> plain;
        try (ResponseStream stream = lines(JSON.responseReader(survey), List.of(misfit))) {
            plain = stream.next().problems();
        }
        try (ResponseStream stream = lines(JSON.responseReader(ENGINE.prepare(survey)), List.of(misfit))) {
            ResponseRecord record = stream.next();
            assertThat(record.isGood()).isFalse();
            assertThat(record.checked()).isNull();
            assertThat(record.problems()).isEqualTo(plain).isNotEmpty();
        }
    }

    @Test
    void aSingleResponseDocumentComesWithItsCheck() {
        Survey survey = Fixtures.survey();
        Response response = Generators.responses(survey, 1, 1).sample(11L).get(0);
        PreparedInstrument<Survey, ?> prepared = ENGINE.prepare(survey);
        byte[] bytes = JSON.write(response).getBytes(StandardCharsets.UTF_8);
        try (Contents contents = JSON.responseReader(prepared).open(new ByteArrayInputStream(bytes), "one.json")) {
            Contents.Document document = (Contents.Document) contents;
            assertThat(document.value()).isEqualTo(response);
            assertThat(document.checked().response()).isSameAs(document.value());
            assertThat(prepared.score(document.checked())).isEqualTo(ENGINE.score(survey, response));
        }
    }

    @Test
    void aCheckFromAnotherInstrumentIsRefused() {
        Survey survey = Fixtures.survey();
        Response response = Generators.responses(survey, 1, 1).sample(5L).get(0);
        PreparedInstrument<Survey, ?> prepared = ENGINE.prepare(survey);
        CheckedResponse elsewhere = ENGINE.prepare(Fixtures.conditions()).check(response);

        assertThatThrownBy(() -> prepared.summarizeChecked(List.of(elsewhere)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was checked against");
        assertThatThrownBy(() -> prepared.summarizeChecked(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
    }
}
