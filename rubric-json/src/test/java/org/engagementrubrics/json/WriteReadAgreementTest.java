package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 2: what the engine scores and the writer writes, the reader reads back; what the reader
 * refuses, the engine and the writer refuse first, naming every problem.
 */
@DisplayName("Issue 9 item 2: the writer and the reader agree")
class WriteReadAgreementTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private final ArchetypeMatrix matrix = Fixtures.fourVersions();
    /** The response of the issue: the reader refuses it with 3 problems. */
    private final Response odd = new Response("bad id!", matrix.id(), null, " ", "", Fixtures.WHEN,
            Fixtures.fits("partnership"), org.engagementrubrics.core.Extensions.empty());

    @Test
    void theEngineRefusesAResponseThatTheReaderRefuses() {
        assertThatThrownBy(() -> ScoringEngine.defaults().score(matrix, odd))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).extracting(Problem::path)
                        .containsExactly("id", "raterId", "subjectId"));
        PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = ScoringEngine.defaults().prepare(matrix);
        assertThat(prepared.check(odd).problems()).extracting(Problem::code)
                .containsExactly("invalid-id", "blank", "blank");
        assertThatThrownBy(() -> prepared.score(odd)).isInstanceOf(InvalidDataException.class);
    }

    @Test
    void theWriterRefusesAResponseThatTheReaderRefusesNamingEveryProblem() {
        assertThatThrownBy(() -> JSON.write(odd)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("response 'bad id!' (not written: the reader would refuse it) has 3 problems")
                .satisfies(e -> assertThat(((InvalidDataException) e).problems())
                        .isEqualTo(JSON.validator().validate(odd)));
        assertThatThrownBy(() -> JSON.writeLine(odd)).isInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> JSON.write(odd, new ByteArrayOutputStream())).isInstanceOf(InvalidDataException.class);
    }

    @Test
    void theWriterRefusesAnInstrumentWithNoStandards() {
        StagedRubric rubric = Fixtures.stagedRubric();
        StagedRubric empty = new StagedRubric(rubric.id(), rubric.version(), rubric.title(), rubric.source(),
                rubric.errata(), rubric.extensions(), rubric.stages(), List.of());

        assertThatThrownBy(() -> JSON.write(empty)).isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).extracting(Problem::path,
                        Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("standards", "empty")));
        String asIs = JSON.writeUnchecked(empty); // faulty on purpose: the reader reports what write refused
        assertThatThrownBy(() -> JSON.readInstrument(asIs, "empty.json")).isInstanceOf(FormatException.class)
                .satisfies(e -> assertThat(((FormatException) e).problems()).extracting(FormatProblem::pointer,
                        FormatProblem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("/standards", "empty")));
        // the engine scores what it is given; that result is written and read back equal
        ScoreResult result = ScoringEngine.defaults().score(empty, Fixtures.response(empty.id(), MarkedStatements.of()));
        assertThat(JSON.readResult(JSON.write(result), "result.json")).isEqualTo(result);
    }

    @Test
    void readResultsReadsWhatWriteResultsWrites(@TempDir Path dir) throws Exception {
        List<ScoreResult> results = List.of(
                ScoringEngine.defaults().score(matrix, Fixtures.response(matrix.id(), Fixtures.fits("partnership"))),
                ScoringEngine.defaults().bestFit(matrix, Fixtures.response(matrix.id(), Fixtures.fits("fortress"))));
        String text = JSON.writeResults(results);
        Path file = Files.writeString(dir.resolve("results.json"), text);

        assertThat(JSON.readResults(text, "results.json")).isEqualTo(results);
        assertThat(JSON.readResults(file)).isEqualTo(results);
        assertThat(JSON.readResults(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in"))
                .isEqualTo(results);
        assertThat(JSON.writeResults(JSON.readResults(text, "again"))).isEqualTo(text);
        assertThat(JSON.readResults(JSON.writeResults(List.of()), "none.json")).isEmpty();
    }

    @Test
    void readResultsLocatesEveryProblemOfEveryElementWithinTheArray() {
        String text = JSON.writeResults(List.of(
                ScoringEngine.defaults().score(matrix, Fixtures.response(matrix.id(), Fixtures.fits("partnership"))),
                ScoringEngine.defaults().score(matrix, Fixtures.response(matrix.id(), Fixtures.fits("fortress")))));
        String header = "\"format\": \"engagement-rubrics/2.0\",";
        int second = text.lastIndexOf(header);
        String broken = (text.substring(0, second) + text.substring(second + header.length()))
                .replaceFirst("\"rows\"", "\"rowz\"");

        assertThatThrownBy(() -> JSON.readResults(broken, "results.json")).isInstanceOf(FormatException.class)
                .satisfies(e -> assertThat(((FormatException) e).problems()).extracting(FormatProblem::pointer)
                        .containsExactly("/0/rows", "/0/rowz", "/1/format"));
        assertThatThrownBy(() -> JSON.readResults(JSON.write(ScoringEngine.defaults().score(matrix,
                Fixtures.response(matrix.id(), Fixtures.fits("partnership")))), "one.json"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("the document is an object; expected a JSON array of documents");
    }

    @Test
    void aDocumentOfExactlyTheSizeLimitReadsBackWithItsFinalNewline() {
        Response response = Fixtures.response(matrix.id(), Fixtures.fits("partnership"));
        String text = JSON.write(response);
        long document = text.getBytes(StandardCharsets.UTF_8).length - 1; // without the final newline
        RubricJson limited = JSON.withLimits(ReadLimits.defaults().withMaxDocumentBytes(document));

        assertThat(limited.readResponse(text, "exact.json")).isEqualTo(response);
        assertThat(limited.readResponse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "exact.json")).isEqualTo(response);
    }

    @Test
    void aStringThatUtf8CannotEncodeIsNotWrittenToAStream() {
        Response lone = Fixtures.response(matrix.id(), Fixtures.fits("partnership"));
        lone = new Response(lone.id(), lone.instrumentId(), null, "rater-\uD800", lone.subjectId(), lone.recordedAt(),
                lone.evidence(), lone.extensions());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Response response = lone;

        assertThatThrownBy(() -> JSON.write(response, out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThat(out.size()).isZero();
    }
}
