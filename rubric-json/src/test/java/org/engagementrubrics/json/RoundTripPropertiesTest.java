package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * {@code read(write(x)).equals(x)} and canonical writing, for generated instruments, responses and results;
 * and, for values mutated to break the reader's rules, issue 9 item 2: anything the engine scores and the
 * writer writes, the reader reads back equal, and what the writer refuses, the reader would refuse.
 */
class RoundTripPropertiesTest {

    private static final RubricJson JSON = RubricJson.defaults();

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
                assertThat(JSON.responseReader(c.instrument()).read(text, "response.json")).isEqualTo(response);
                assertThat(JSON.readResponse(JSON.writeLine(response), "line.json")).isEqualTo(response);
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
            Response first = c.responses().get(0);
            for (ScoreResult result : results) {
                String text = JSON.write(result);
                ScoreResult back = JSON.readResult(text, "result.json");
                assertThat(back).isEqualTo(result);
                assertThat(JSON.write(back)).isEqualTo(text);
                if (c.instrument() instanceof org.engagementrubrics.core.matrix.MatrixInstrument) {
                    assertThat(namedResponse(back)).containsExactly(first.id(), first.subjectId(), first.raterId());
                    assertThat(back.responseCount()).isEqualTo(1);
                } else {
                    assertThat(back.responseCount()).isEqualTo(c.responses().size());
                }
            }
        });
    }

    /** The response id, subject id and rater id that a result of one response names. */
    private static List<String> namedResponse(ScoreResult result) {
        if (result instanceof ArchetypeResult archetypes) {
            return List.of(archetypes.responseId(), archetypes.subjectId(), archetypes.raterId());
        } else if (result instanceof StageResult stages) {
            return List.of(stages.responseId(), stages.subjectId(), stages.raterId());
        }
        MatrixResult fits = (MatrixResult) result;
        return List.of(fits.responseId(), fits.subjectId(), fits.raterId());
    }

    // ----- issue 9, item 2: mutated values --------------------------------------------------------

    /** Strings that break one rule or another, and some that break none. */
    private static final Gen<String> AWKWARD = Gen.elements("bad id!", "", " ", "\t", "ok-id", "a b", "ümlaut",
            "x".repeat(300), "new\nline", "emoji-\uD83D\uDE00", "lone-\uD800", "quote\"", "1.0.0");

    private static final Gen<Instant> INSTANTS = Gen.elements(Instant.parse("2026-10-01T15:00:00Z"),
            Instant.parse("2026-10-01T15:00:00.123456789Z"), Instant.EPOCH.minusSeconds(1),
            Instant.parse("9999-12-31T23:59:59Z"));

    /** A generated response with one component replaced. */
    private static Gen<Response> mutated(Instrument instrument) {
        return Generators.response(instrument).flatMap(r -> Gen.ints(0, 5).flatMap(field -> AWKWARD.zip(INSTANTS,
                (text, when) -> switch (field) {
                    case 0 -> new Response(text, r.instrumentId(), r.instrumentVersion(), r.raterId(), r.subjectId(),
                            r.recordedAt(), r.evidence(), r.extensions());
                    case 1 -> new Response(r.id(), r.instrumentId(), text, r.raterId(), r.subjectId(), r.recordedAt(),
                            r.evidence(), r.extensions());
                    case 2 -> new Response(r.id(), r.instrumentId(), r.instrumentVersion(), text, r.subjectId(),
                            r.recordedAt(), r.evidence(), r.extensions());
                    case 3 -> new Response(r.id(), r.instrumentId(), r.instrumentVersion(), r.raterId(), text,
                            r.recordedAt(), r.evidence(), r.extensions());
                    case 4 -> new Response(r.id(), text, r.instrumentVersion(), r.raterId(), r.subjectId(), when,
                            r.evidence(), r.extensions());
                    default -> new Response(r.id(), r.instrumentId(), r.instrumentVersion(), r.raterId(), r.subjectId(),
                            when, r.evidence(), r.extensions());
                })));
    }

    /** Either the writer refuses the value as the reader would, or it reads back equal from text and bytes. */
    private static <T> void writtenOrRefused(T value, java.util.function.Function<T, String> write,
            java.util.function.BiFunction<String, String, T> readText,
            java.util.function.Function<ByteArrayInputStream, T> readBytes) {
        String text;
        try {
            text = write.apply(value);
        } catch (InvalidDataException refused) {
            List<org.engagementrubrics.core.validation.Problem> problems = value instanceof Instrument instrument
                    ? JSON.validator().validate(instrument) : JSON.validator().validate((Response) value);
            assertThat(refused.problems()).isNotEmpty().isEqualTo(problems);
            return;
        }
        assertThat(readText.apply(text, "x.json")).isEqualTo(value);
        assertThat(write.apply(readText.apply(text, "x.json"))).isEqualTo(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Throwable unencodable = catchThrowable(() -> DocumentWriter.write(text, out));
        if (unencodable != null) {
            assertThat(unencodable).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
            assertThat(out.size()).isZero();
        } else {
            assertThat(readBytes.apply(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(value);
        }
    }

    @Test
    void mutatedResponsesAreRefusedByTheWriterAndTheEngineAlikeOrReadBackEqual() {
        ScoringEngine engine = ScoringEngine.defaults().withValidator(JSON.validator());
        Gen<Case> cases = Generators.instruments().flatMap(instrument -> mutated(instrument).listOf(1, 3)
                .map(responses -> new Case(instrument, responses)));
        Properties.forAll("mutated response round trip", 300, cases, c -> {
            for (Response response : c.responses()) {
                writtenOrRefused(response, JSON::write, (text, name) -> JSON.readResponse(text, name),
                        in -> JSON.readResponse(in, "x.json"));
                writtenOrRefused(response, JSON::writeLine, (text, name) -> JSON.readResponse(text, name),
                        in -> JSON.readResponse(in, "x.json"));
                boolean readable = JSON.validator().validate(response).isEmpty();
                ScoreResult result;
                try {
                    result = engine.score(c.instrument(), response);
                } catch (InvalidDataException refused) {
                    assertThat(refused.problems()).isEqualTo(JSON.validator().validate(response, c.instrument()));
                    continue;
                }
                assertThat(readable).as("the engine scored a response the reader refuses").isTrue();
                writtenOrRefused(result, JSON::write, JSON::readResult, in -> (ScoreResult) JSON.read(in, "x.json"));
                if (c.instrument() instanceof org.engagementrubrics.core.matrix.MatrixInstrument) {
                    assertThat(namedResponse(result)) // awkward rater and subject ids too (fields 2 and 3)
                            .containsExactly(response.id(), response.subjectId(), response.raterId());
                }
                assertThat(JSON.readResults(JSON.writeResults(List.of(result, result)), "all.json"))
                        .containsExactly(result, result);
            }
        });
    }

    @Test
    void mutatedMatricesAreRefusedByTheWriterOrReadBackEqualAndTheirResultsAlways() {
        Gen<Instrument> mutated = Generators.matrixInstruments().flatMap(matrix -> AWKWARD.zip(Gen.ints(0, 3),
                (text, how) -> matrix instanceof StagedRubric r ? switch (how) {
                    case 0 -> new StagedRubric(r.id(), r.version(), r.title(), r.source(), r.errata(), r.extensions(),
                            r.stages(), List.of());
                    case 1 -> new StagedRubric(text, r.version(), r.title(), r.source(), r.errata(), r.extensions(),
                            r.stages(), r.standards());
                    case 2 -> new StagedRubric(r.id(), text, r.title(), r.source(), r.errata(), r.extensions(),
                            List.of(), r.standards());
                    default -> r;
                } : mutatedMatrix((ArchetypeMatrix) matrix, text, how)));
        Properties.forAll("mutated instrument round trip", 200, mutated, instrument -> {
            writtenOrRefused(instrument, JSON::write, JSON::readInstrument, in -> JSON.readInstrument(in, "x.json"));
            Response nothing = new Response("r-1", instrument.id(), null, "rater", "subject",
                    Instant.parse("2026-10-01T15:00:00Z"), org.engagementrubrics.core.response.MarkedStatements.of(),
                    Extensions.empty());
            ScoreResult result;
            try {
                result = ScoringEngine.defaults().score(instrument, nothing);
            } catch (InvalidDataException refused) {
                return; // the response names an id that is not well formed
            }
            writtenOrRefused(result, JSON::write, JSON::readResult, in -> (ScoreResult) JSON.read(in, "x.json"));
        });
    }

    private static Instrument mutatedMatrix(ArchetypeMatrix m, String text, int how) {
        return switch (how) {
            case 0 -> new ArchetypeMatrix(m.id(), m.version(), m.title(), m.source(), m.errata(), m.extensions(),
                    m.instructions(), m.archetypes(), List.of(), m.profileRules());
            case 1 -> new ArchetypeMatrix(text, m.version(), m.title(), m.source(), m.errata(), m.extensions(),
                    m.instructions(), m.archetypes(), m.dimensions(), m.profileRules());
            case 2 -> new ArchetypeMatrix(m.id(), m.version(), m.title(), m.source(), m.errata(), m.extensions(),
                    m.instructions(), List.of(), m.dimensions(), m.profileRules());
            default -> m;
        };
    }
}
