package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Format 2.0 and the documents of 1.0: the writer writes 2.0; the reader reads instruments and responses of
 * 1.0 (2.0 did not change them), refuses a result of 1.0 (it names its responses by {@code responseIds}) and
 * says to score again, and refuses a newer format or one that never existed.
 */
class FormatVersionsTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<Instrument> INSTRUMENTS = List.of(Fixtures.stagedRubric(), Fixtures.fourVersions(),
            Fixtures.conditions(), Fixtures.district(), Fixtures.checklist(), Fixtures.survey());

    /** The document with its {@code format} replaced, everything else as written (the format is on line 2). */
    private static String inFormat(String document, String version) {
        String header = "\"format\": \"" + DocumentWriter.FORMAT + "\"";
        assertThat(document).contains(header);
        return document.replaceFirst(header, "\"format\": \"engagement-rubrics/" + version + "\"");
    }

    /** A response on the 4 Versions matrix, then one of every evidence kind. */
    private static List<Response> responses() {
        List<Response> all = new ArrayList<>();
        all.add(Fixtures.response(Fixtures.fourVersions().id(), Fixtures.fits("partnership", "fortress")));
        GoldenValues.all().values().stream().filter(Response.class::isInstance)
                .forEach(value -> all.add((Response) value));
        return all;
    }

    /** One result of every kind: per response (matrix, archetype, stage) and pooled. */
    private static List<ScoreResult> results() {
        return GoldenValues.all().values().stream().filter(ScoreResult.class::isInstance).map(ScoreResult.class::cast)
                .toList();
    }

    /** A result as format 1.0 wrote it: a result of one response named it in a list, {@code responseIds}. */
    private static String asFormat10(ScoreResult result) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.write(result));
        ObjectNode old = MAPPER.createObjectNode();
        root.properties().forEach(member -> {
            switch (member.getKey()) {
                case "format" -> old.put("format", DocumentWriter.FORMAT_1_0);
                case "responseId" -> old.putArray("responseIds").add(member.getValue().asString());
                case "subjectId", "raterId" -> { }
                default -> old.set(member.getKey(), member.getValue());
            }
        });
        return MAPPER.writeValueAsString(old);
    }

    private static FormatProblem theOneProblem(Throwable thrown) {
        assertThat(thrown).isInstanceOf(FormatException.class);
        List<FormatProblem> problems = ((FormatException) thrown).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static void refusedAtFormat(Runnable read, String source, Consumer<String> message) {
        FormatProblem problem = theOneProblem(catchThrowable(read::run));
        assertThat(problem.code()).isEqualTo(FormatCodes.UNSUPPORTED_FORMAT);
        assertThat(problem.pointer()).isEqualTo("/format");
        assertThat(problem.source()).isEqualTo(source);
        message.accept(problem.message());
    }

    @Test
    void everyDocumentIsWrittenInFormat20() {
        List<String> documents = new ArrayList<>();
        INSTRUMENTS.forEach(instrument -> documents.add(JSON.write(instrument)));
        responses().forEach(response -> documents.add(JSON.write(response)));
        results().forEach(result -> documents.add(JSON.write(result)));

        assertThat(DocumentWriter.FORMAT).isEqualTo("engagement-rubrics/2.0");
        assertThat(documents).allSatisfy(document -> assertThat(document)
                .startsWith("{\n  \"format\": \"engagement-rubrics/2.0\",\n  \"kind\": "));
        assertThat(JSON.writeLine(responses().get(0))).startsWith("{\"format\":\"engagement-rubrics/2.0\",");
        assertThat(JSON.writeResults(results())).doesNotContain("engagement-rubrics/1.0");
    }

    @Test
    void anInstrumentOfFormat10ReadsAsTheSameInstrument() {
        for (Instrument instrument : INSTRUMENTS) {
            String old = inFormat(JSON.write(instrument), "1.0");

            assertThat(JSON.readInstrument(old, "old.json")).isEqualTo(instrument);
            assertThat(JSON.read(old, "old.json")).isEqualTo(instrument);
            assertThat(JSON.write(JSON.readInstrument(old, "old.json"))).isEqualTo(JSON.write(instrument));
        }
    }

    @Test
    void aResponseOfFormat10ReadsAsTheSameResponseAloneAgainstItsInstrumentAndInAStream() {
        Instrument matrix = Fixtures.fourVersions();
        Response onMatrix = responses().get(0);
        for (Response response : responses()) {
            String old = inFormat(JSON.write(response), "1.0");

            assertThat(JSON.readResponse(old, "old.json")).isEqualTo(response);
            assertThat(JSON.read(old, "old.json")).isEqualTo(response);
        }
        assertThat(JSON.responseReader(matrix).read(inFormat(JSON.write(onMatrix), "1.0"), "old.json"))
                .isEqualTo(onMatrix);
        String lines = JSON.writeLine(onMatrix).replace(DocumentWriter.FORMAT, DocumentWriter.FORMAT_1_0) + "\n";
        try (ResponseStream stream = JSON.responseReader(matrix).stream(
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "old.jsonl")) {
            ResponseRecord record = stream.next();
            assertThat(record.isGood()).as("%s", record.problems()).isTrue();
            assertThat(record.response()).isEqualTo(onMatrix);
            assertThat(stream.hasNext()).isFalse();
        }
    }

    @Test
    void aResultOfFormat10IsRefusedWithAMessageToScoreAgain() {
        List<ScoreResult> results = results();
        assertThat(results).extracting(result -> DocumentKind.of(result).kindName()).containsAll(
                DocumentKind.kindNames(DocumentKind.Role.RESULT));
        for (ScoreResult result : results) {
            String old = asFormat10(result);
            String kind = DocumentKind.of(result).kindName();
            Consumer<String> says = message -> assertThat(message)
                    .contains("this " + kind + " is in format 1.0")
                    .contains("results of 1.0 carry responseIds and must be recomputed")
                    .contains("score the responses again with this version");

            refusedAtFormat(() -> JSON.readResult(old, "old.json"), "old.json", says);
            refusedAtFormat(() -> JSON.read(old, "old.json"), "old.json", says);
            refusedAtFormat(() -> JSON.read(inFormat(JSON.write(result), "1.0"), "new-body.json"), "new-body.json",
                    says);
        }
        String array = JSON.writeResults(List.of(results.get(0), results.get(1)))
                .replaceFirst(DocumentWriter.FORMAT, DocumentWriter.FORMAT_1_0);
        FormatProblem inArray = theOneProblem(catchThrowable(() -> JSON.readResults(array, "old-results.json")));
        assertThat(inArray.pointer()).isEqualTo("/0/format");
        assertThat(inArray.code()).isEqualTo(FormatCodes.UNSUPPORTED_FORMAT);
    }

    @Test
    void aNewerFormatIsRefusedForEveryRoleAndSaysToUpgrade() {
        List<String> documents = List.of(JSON.write(Fixtures.survey()), JSON.write(responses().get(0)),
                JSON.write(results().get(0)));
        for (String document : documents) {
            for (String newer : List.of("2.1", "3.0")) {
                String text = inFormat(document, newer);
                refusedAtFormat(() -> JSON.read(text, "newer.json"), "newer.json", message -> assertThat(message)
                        .isEqualTo("the document is in format " + newer + ", newer than 2.0, the newest this reader"
                                + " understands; read it with a newer release of engagement-rubrics"));
            }
        }
    }

    @Test
    void aFormatThatNeverExistedIsRefused() {
        for (String version : List.of("1.1", "0.9")) {
            String text = inFormat(JSON.write(Fixtures.survey()), version);

            refusedAtFormat(() -> JSON.readInstrument(text, "odd.json"), "odd.json", message -> assertThat(message)
                    .isEqualTo("format " + version + " never existed; expected \"engagement-rubrics/2.0\""));
        }
    }

    @Test
    void aResultOfFormat10ReadAsAnInstrumentIsOfTheWrongKind() {
        String oldResult = asFormat10(results().get(0));

        FormatProblem problem = theOneProblem(catchThrowable(() -> JSON.readInstrument(oldResult, "old.json")));

        assertThat(problem.code()).as("a result is not an instrument, whatever its format")
                .isEqualTo(FormatCodes.UNKNOWN_KIND);
        assertThat(problem.pointer()).isEqualTo("/kind");
    }
}
