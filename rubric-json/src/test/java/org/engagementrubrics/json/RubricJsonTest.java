package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class RubricJsonTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private final ArchetypeMatrix matrix = Fixtures.fourVersions();

    private static List<String> located(Throwable e) {
        return ((FormatException) e).problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + (p.pointer().isEmpty() ? "/" : p.pointer()) + " " + p.code())
                .toList();
    }

    private static String response(String marks) {
        return """
                {
                  "format": "engagement-rubrics/1.0",
                  "kind": "response",
                  "id": "r-1",
                  "instrumentId": "four-versions",
                  "raterId": "team-a",
                  "subjectId": "school-12",
                  "recordedAt": "2026-10-01T15:00:00Z",
                  "evidence": {"kind": "marks", "statementIds": [%s]}
                }
                """.formatted(marks);
    }

    @Test
    void everyProblemOfADocumentIsReportedWithItsLocation() {
        String text = """
                {
                  "format": "engagement-rubrics/1.0",
                  "kind": "staged-rubric",
                  "id": "rubric",
                  "title": 42,
                  "source": {"title": "Seed", "attribution": "Authors", "publisher": "x"},
                  "stages": [{"id": "a", "position": "first", "label": "A"}],
                  "standards": []
                }
                """;

        assertThatThrownBy(() -> JSON.readInstrument(text, "rubric.json")).isInstanceOf(FormatException.class)
                .satisfies(e -> assertThat(located(e)).containsExactly(
                        "1:1 /version missing",
                        "5:12 /title type-mismatch",
                        "6:57 /source/publisher unknown-field",
                        "7:38 /stages/0/position type-mismatch"))
                .hasMessageContaining("rubric.json:6:57: /source/publisher: [unknown-field] field 'publisher' is not part "
                        + "of a source; expected one of [title, attribution, citation]")
                .hasMessageContaining("rubric.json:5:12: /title: [type-mismatch] 'title' is a number (42); expected a "
                        + "string, or an object with defaultLanguage and values");
    }

    @Test
    void validationProblemsArriveAtTheNodeTheyConcern() {
        StagedRubric rubric = Fixtures.stagedRubric();
        String text = JSON.write(rubric).replace("\"label\": \"Expansion\"", "\"label\": \"Exploration\"");

        assertThatThrownBy(() -> JSON.readInstrument(text, "rubric.json"))
                .satisfies(e -> assertThat(((FormatException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/stages/1/label");
                    assertThat(p.code()).isEqualTo("duplicate-label");
                    assertThat(p.line()).isEqualTo(lineOf(text, "\"Exploration\"", 2));
                    assertThat(p.column()).isEqualTo(16);
                }));
    }

    private static int lineOf(String text, String needle, int occurrence) {
        List<String> lines = text.lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle) && ++seen == occurrence) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void anUnknownMarkIsLocatedAtItsElementWhateverTheOrderOfTheArray() {
        String text = response("\"sp-fortress-1\", \"nope\", \"br-partnership-1\"");

        assertThatThrownBy(() -> JSON.responseReader(matrix).read(text, "response.json"))
                .satisfies(e -> assertThat(located(e)).containsExactly("9:67 /evidence/statementIds/1 unknown-reference"));
        assertThat(JSON.readResponse(text, "response.json").evidence())
                .isEqualTo(MarkedStatements.of("sp-fortress-1", "nope", "br-partnership-1"));
    }

    @Test
    void aRepeatedMarkIsAProblemNotASilentMerge() {
        assertThatThrownBy(() -> JSON.responseReader(matrix).read(response("\"br-partnership-1\", \"br-partnership-1\""), "r.json"))
                .satisfies(e -> assertThat(located(e)).containsExactly("9:70 /evidence/statementIds/1 duplicate-id"));
    }

    @Test
    void vendorExtensionsSurviveARoundTrip() {
        Response response = new Response("r-9", matrix.id(), "1.0.0", "team", "school", Instant.parse("2026-10-01T00:00:00Z"),
                MarkedStatements.of("br-open-door-1"), Extensions.of(Map.of("lms", new ExtensionValue.ObjectValue(Map.of(
                        "courseId", ExtensionValue.of("C-12"), "weight", ExtensionValue.of(new java.math.BigDecimal("1.50")),
                        "tags", new ExtensionValue.ArrayValue(List.of(ExtensionValue.of(true), new ExtensionValue.NullValue())))))));

        String text = JSON.write(response);

        assertThat(text).contains("\"weight\": 1.50");
        assertThat(JSON.responseReader(matrix).read(text, "r.json")).isEqualTo(response);
    }

    @Test
    void newerFormatsAreRefusedWithAClearMessage() {
        String text = JSON.write(matrix).replace("engagement-rubrics/2.0", "engagement-rubrics/2.1");

        assertThatThrownBy(() -> JSON.readInstrument(text, "matrix.json"))
                .hasMessageContaining("matrix.json:2:13: /format: [unsupported-format] the document is in format 2.1, "
                        + "newer than 2.0, the newest this reader understands");
    }

    @Test
    void aResponseIsNotReadWhereAnInstrumentIsExpected() {
        assertThatThrownBy(() -> JSON.readInstrument(response("\"br-open-door-1\""), "r.json"))
                .hasMessageContaining("/kind: [unknown-kind] 'kind' is the string \"response\", which is not read here;"
                        + " expected one of [staged-rubric, archetype-matrix, conditions-assessment, district-indicators,"
                        + " checklist, survey, points-rubric]");
        assertThat(JSON.read(response("\"br-open-door-1\""), "r.json")).isInstanceOf(Response.class);
    }

    @Test
    void filesThatCannotBeReadGiveOneClearProblem(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.json"), JSON.write(matrix));

        assertThatThrownBy(() -> JSON.readInstrument(dir.resolve("missing.json")))
                .hasMessageEndingWith("missing.json: [unreadable] cannot be read (no such file)");
        assertThatThrownBy(() -> JSON.readInstrument(dir)).hasMessageContaining("[unreadable] is a directory");
        assertThatThrownBy(() -> JSON.withLimits(ReadLimits.defaults().withMaxDocumentBytes(100)).readInstrument(big))
                .hasMessageContaining("[document-too-large] the document has more than 100 bytes");
        assertThat(JSON.readInstrument(big)).isEqualTo(matrix);
    }

    @Test
    void aProblemIsOneLineWhateverControlCharactersTheInputHolds() {
        String text = "{\"format\": \"engagement-rubrics/1.0\", \"kind\": \"survey\", \"na\\r\\u001b[2Jme\": 1}";

        assertThatThrownBy(() -> JSON.readInstrument(text, "survey.json")).satisfies(e -> {
            FormatProblem unknown = ((FormatException) e).problems().stream()
                    .filter(p -> p.code().equals("unknown-field")).findFirst().orElseThrow();
            assertThat(unknown.pointer()).isEqualTo("/na\r\u001b[2Jme");
            assertThat(unknown.toString()).doesNotContain("\r", "\u001b")
                    .contains("/na\\r\\u001b[2Jme: [unknown-field] field 'na\\r\\u001b[2Jme'");
        });
    }

    @Test
    void theNestingLimitCannotBeRaisedPastWhatTheStackCanTake() {
        assertThat(ReadLimits.defaults().withMaxDepth(ReadLimits.MAX_DEPTH).maxDepth()).isEqualTo(1000);
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxDepth(1001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth must be at most 1000 (deeper nesting would risk the stack of code that walks the values); was 1001");
    }

    @Test
    void jsonLinesAreStreamedWithGoodAndBadRecordsCounted() {
        Response good = Fixtures.response(matrix.id(), MarkedStatements.of("br-open-door-1"));
        String lines = JSON.writeLine(good) + "\n"
                + "\n"
                + "{\"format\": \"engagement-rubrics/1.0\", \"kind\": \"response\", oops}\n"
                + JSON.writeLine(good.withEvidence(MarkedStatements.of("nope"))) + "\r\n"
                + JSON.writeLine(good.withEvidence(MarkedStatements.of("ll-fortress-2")));
        List<ResponseRecord> records = new ArrayList<>();

        try (ResponseStream stream = JSON.responseReader(matrix).stream(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                "responses.jsonl")) {
            stream.forEachRemaining(records::add);
            assertThat(stream.good()).isEqualTo(2);
            assertThat(stream.bad()).isEqualTo(2);
        }

        assertThat(records).extracting(ResponseRecord::number).containsExactly(1, 2, 3, 4);
        assertThat(records).extracting(ResponseRecord::line).containsExactly(1, 3, 4, 5);
        assertThat(records.get(1).problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("responses.jsonl:3:58: [syntax]"));
        assertThat(records.get(2).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.pointer()).isEqualTo("/evidence/statementIds/0");
            assertThat(p.code()).isEqualTo("unknown-reference");
        });
        assertThat(records.get(3).requireResponse().evidence()).isEqualTo(MarkedStatements.of("ll-fortress-2"));
    }

    @Test
    void aTopLevelArrayIsStreamedUntilASyntaxErrorEndsIt() {
        Response good = Fixtures.response(matrix.id(), MarkedStatements.of("br-open-door-1"));
        String array = "[\n" + JSON.writeLine(good) + ",\n" + JSON.writeLine(good.withEvidence(MarkedStatements.of("x")))
                + ",\n{\"format\": oops}, " + JSON.writeLine(good) + "]";
        List<ResponseRecord> records = new ArrayList<>();

        try (ResponseStream stream = JSON.responseReader(matrix).stream(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)),
                "responses.json")) {
            stream.forEachRemaining(records::add);
        }

        assertThat(records).extracting(ResponseRecord::isGood).containsExactly(true, false, false);
        assertThat(records).extracting(ResponseRecord::line).containsExactly(2, 3, 4);
        assertThat(records.get(2).problems()).singleElement().extracting(FormatProblem::code).isEqualTo("syntax");
    }

    @Test
    void anythingAfterTheArrayOfResponsesIsTrailingContent(@TempDir Path dir) throws Exception {
        Path directory = Files.createDirectory(dir.resolve("responses"));
        for (String trailer : List.of("x", "{}")) {
            List<ResponseRecord> records = new ArrayList<>();
            try (ResponseStream stream = JSON.responseReader().stream(new ByteArrayInputStream(("[]  " + trailer)
                    .getBytes(StandardCharsets.UTF_8)), "r.json")) {
                stream.forEachRemaining(records::add);
            }
            assertThat(records).singleElement().satisfies(r -> assertThat(r.problems()).extracting(FormatProblem::code)
                    .containsExactly("trailing-content"));
        }
        assertThatThrownBy(() -> JSON.responseReader().stream(directory)).isInstanceOf(FormatException.class)
                .hasMessageContaining("[unreadable] is a directory");
    }

    @Test
    void anArrayStreamMustBeUtf8EvenWhenItsBytesLookLikeUtf32() {
        byte[] bytes = {'[', 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}; // found by Jazzer
        List<ResponseRecord> records = new ArrayList<>();

        try (ResponseStream stream = JSON.responseReader().stream(new ByteArrayInputStream(bytes), "r.json")) {
            stream.forEachRemaining(records::add);
        }

        assertThat(records).singleElement().satisfies(r -> assertThat(r.problems()).extracting(FormatProblem::code)
                .containsExactly("encoding"));
    }

    @Test
    void resultsAndProblemsAreWrittenAsCanonicalArrays() throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        ArchetypeResult first = ScoringEngine.defaults().score(matrix, Fixtures.response(matrix.id(), Fixtures.fits("partnership")));
        ArchetypeResult second = ScoringEngine.defaults().score(matrix, Fixtures.response(matrix.id(), Fixtures.fits("fortress")));

        String results = JSON.writeResults(List.of(first, second));
        tools.jackson.databind.JsonNode array = mapper.readTree(results);

        assertThat(array.size()).isEqualTo(2);
        assertThat(JSON.readResult(mapper.writeValueAsString(array.get(1)), "second.json")).isEqualTo(second);
        assertThat(results).startsWith("[\n  {\n    \"format\": \"engagement-rubrics/2.0\",").endsWith("]\n");
        FormatProblem problem = new FormatProblem("a.json", "/id", 3, 7, "blank", "id must not be blank");
        assertThat(JSON.writeProblems(List.of(problem))).isEqualTo("""
                [
                  {
                    "source": "a.json",
                    "pointer": "/id",
                    "line": 3,
                    "column": 7,
                    "code": "blank",
                    "message": "id must not be blank",
                    "severity": "error"
                  }
                ]
                """);
    }

    @Test
    void theJacksonModuleWritesAndReadsTheDocumentedFormat() throws Exception {
        JsonMapper mapper = JsonMapper.builder().addModule(new RubricJsonModule()).build();
        ArchetypeResult result = ScoringEngine.defaults().score(matrix,
                Fixtures.response(matrix.id(), Fixtures.fits("partnership", "partnership", "partnership", "open-door", null)));

        String instrument = mapper.writeValueAsString(matrix);
        String scored = mapper.writeValueAsString(List.of(result));

        assertThat(mapper.readValue(instrument, Instrument.class)).isEqualTo(matrix);
        assertThat(mapper.readValue(instrument, ArchetypeMatrix.class)).isEqualTo(matrix);
        assertThat(mapper.readValue(scored, ScoreResult[].class)).containsExactly(result);
        assertThat(JSON.readInstrument(instrument, "compact.json")).isEqualTo(matrix);
        assertThatThrownBy(() -> mapper.readValue(instrument.replace("\"rank\":4", "\"rank\":\"high\""), Instrument.class))
                .isInstanceOf(MismatchedInputException.class)
                .cause().isInstanceOf(FormatException.class)
                .satisfies(e -> assertThat(((FormatException) e).problems()).extracting(FormatProblem::code)
                        .containsExactly("type-mismatch", "type-mismatch"));
        assertThatThrownBy(() -> mapper.readValue(instrument, StagedRubric.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("expected one of [staged-rubric]");
    }
}
