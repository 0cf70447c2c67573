package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.engagementrubrics.core.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each read limit is inclusive: a document exactly at the limit is accepted, one unit past it gives
 * exactly one problem with the limit's code. The documents are a valid response whose only oddity sits in
 * {@code extensions}, so the limit is the only thing that can reject them. The response itself nests 3
 * levels deep (root, evidence, statementIds), has 9 members at most, strings of at most 22 characters and
 * no numbers.
 */
class ReadLimitsEdgeTest {

    private static final String HEAD = "{\"format\":\"engagement-rubrics/1.0\",\"kind\":\"response\",\"id\":\"r-marks\","
            + "\"instrumentId\":\"family-engagement\",\"raterId\":\"team-a\",\"subjectId\":\"school-12\","
            + "\"recordedAt\":\"2026-10-01T15:00:00Z\",\"evidence\":{\"kind\":\"marks\",\"statementIds\":"
            + "[\"e1\",\"i1\",\"x1\",\"x2\"]},\"extensions\":{\"x\":";
    private static final String TAIL = "}}";

    @TempDir
    Path temp;

    private static String document(String payload) {
        return HEAD + payload + TAIL;
    }

    private static RubricJson json(Function<ReadLimits, ReadLimits> limits) {
        return RubricJson.defaults().withLimits(limits.apply(ReadLimits.defaults()));
    }

    private static void accepted(RubricJson json, String text) {
        Response response = json.readResponse(text, "at-limit");
        assertThat(response.id()).isEqualTo("r-marks");
        assertThat(json.readResponse(json.write(response), "again")).isEqualTo(response);
    }

    private static void rejectedOnce(RubricJson json, String text, String code) {
        FormatException e = catchThrowableOfType(FormatException.class, () -> json.readResponse(text, "past-limit"));
        assertThat(e).as("one past the limit is rejected").isNotNull();
        assertThat(e.problems()).as("%s", e).hasSize(1);
        assertThat(e.problems().get(0).code()).as("%s", e).isEqualTo(code);
    }

    private static String nested(int levels, boolean objects) {
        StringBuilder text = new StringBuilder();
        text.append((objects ? "{\"a\":" : "[").repeat(levels)).append("1").append((objects ? "}" : "]").repeat(levels));
        return text.toString();
    }

    @Test
    void theResponseItselfIsAcceptedUnderTheTightLimitsUsedHere() {
        accepted(json(l -> l.withMaxDepth(3).withMaxStringLength(22).withMaxNumberLength(1).withMaxElements(9)),
                HEAD.substring(0, HEAD.length() - ",\"extensions\":{\"x\":".length()) + "}");
    }

    // ----- depth --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {4, 10, 64, 500})
    void depthExactlyAtTheLimitIsAcceptedAndOnePastIsTooDeep(int limit) {
        RubricJson json = json(l -> l.withMaxDepth(limit));
        // root is level 1, extensions level 2, so the payload has limit - 2 levels
        for (boolean objects : new boolean[] {false, true}) {
            accepted(json, document(nested(limit - 2, objects)));
            rejectedOnce(json, document(nested(limit - 1, objects)), FormatCodes.TOO_DEEP);
        }
    }

    @Test
    void depthExactlyAtTheLargestConfigurableLimitIsReadAndOnePastIsTooDeep() {
        RubricJson json = json(l -> l.withMaxDepth(ReadLimits.MAX_DEPTH));
        for (boolean objects : new boolean[] {false, true}) {
            Response response = json.readResponse(document(nested(ReadLimits.MAX_DEPTH - 2, objects)), "at-limit");
            assertThat(response.id()).isEqualTo("r-marks");
            rejectedOnce(json, document(nested(ReadLimits.MAX_DEPTH - 1, objects)), FormatCodes.TOO_DEEP);
        }
    }

    @Test
    void aResponseAcceptedAtTheLargestConfigurableDepthCanBeWrittenBack() {
        accepted(json(l -> l.withMaxDepth(ReadLimits.MAX_DEPTH)), document(nested(ReadLimits.MAX_DEPTH - 2, false)));
    }

    @Test
    void theDefaultDepthIs64() {
        accepted(RubricJson.defaults(), document(nested(62, false)));
        rejectedOnce(RubricJson.defaults(), document(nested(63, false)), FormatCodes.TOO_DEEP);
    }

    // ----- strings and keys ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {22, 40, 65_536})
    void aStringExactlyAtTheLimitIsAcceptedAndOnePastIsTooLong(int limit) {
        RubricJson json = json(l -> l.withMaxStringLength(limit));
        accepted(json, document("\"" + "s".repeat(limit) + "\""));
        rejectedOnce(json, document("\"" + "s".repeat(limit + 1) + "\""), FormatCodes.STRING_TOO_LONG);
        // characters, not bytes: é is two bytes of UTF-8 and one character
        accepted(json, document("\"" + "\u00e9".repeat(limit) + "\""));
        rejectedOnce(json, document("\"" + "\u00e9".repeat(limit + 1) + "\""), FormatCodes.STRING_TOO_LONG);
        // an escape counts as the character it stands for
        accepted(json, document("\"" + "\\n".repeat(limit) + "\""));
        rejectedOnce(json, document("\"" + "\\n".repeat(limit + 1) + "\""), FormatCodes.STRING_TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(ints = {22, 40, 65_536})
    void aKeyExactlyAtTheLimitIsAcceptedAndOnePastIsTooLong(int limit) {
        RubricJson json = json(l -> l.withMaxStringLength(limit));
        accepted(json, document("{\"" + "k".repeat(limit) + "\":true}"));
        rejectedOnce(json, document("{\"" + "k".repeat(limit + 1) + "\":true}"), FormatCodes.STRING_TOO_LONG);
    }

    // ----- numbers ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100})
    void aNumberExactlyAtTheLimitIsAcceptedAndOnePastIsTooLong(int limit) {
        RubricJson json = json(l -> l.withMaxNumberLength(limit));
        accepted(json, document("7".repeat(limit)));
        rejectedOnce(json, document("7".repeat(limit + 1)), FormatCodes.NUMBER_TOO_LONG);
        if (limit >= 10) {
            // signs, points and exponents count
            String number = "-1." + "5".repeat(limit - 7) + "e+10";
            assertThat(number).hasSize(limit);
            accepted(json, document(number));
            rejectedOnce(json, document("-1." + "5".repeat(limit - 6) + "e+10"), FormatCodes.NUMBER_TOO_LONG);
        }
    }

    // ----- elements and members -----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {9, 20, 100_000})
    void anArrayExactlyAtTheLimitIsAcceptedAndOnePastHasTooManyElements(int limit) {
        RubricJson json = json(l -> l.withMaxElements(limit));
        accepted(json, document("[" + "0,".repeat(limit - 1) + "0]"));
        rejectedOnce(json, document("[" + "0,".repeat(limit) + "0]"), FormatCodes.TOO_MANY_ELEMENTS);
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 20, 100_000})
    void anObjectExactlyAtTheLimitIsAcceptedAndOnePastHasTooManyMembers(int limit) {
        RubricJson json = json(l -> l.withMaxElements(limit));
        accepted(json, document(members(limit)));
        rejectedOnce(json, document(members(limit + 1)), FormatCodes.TOO_MANY_ELEMENTS);
    }

    private static String members(int count) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":0");
        }
        return text.append('}').toString();
    }

    // ----- document bytes -----------------------------------------------------------------------

    /** A document of exactly {@code bytes} UTF-8 bytes, padded with a string of {@code unit}s and ASCII. */
    private static String documentOfBytes(int bytes, String unit) {
        int fixed = document("\"\"").getBytes(StandardCharsets.UTF_8).length;
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        int room = bytes - fixed;
        String pad = unit.repeat(room / unitBytes) + "a".repeat(room % unitBytes);
        String text = document("\"" + pad + "\"");
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return text;
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u00e9", "\u4e2d", "\uD83D\uDE00"})
    void aDocumentExactlyAtTheByteLimitIsAcceptedAndOneBytePastIsTooLarge(String unit) throws IOException {
        int limit = 2_000;
        RubricJson json = json(l -> l.withMaxDocumentBytes(limit));
        for (int size : new int[] {limit, limit + 1}) {
            String text = documentOfBytes(size, unit);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Path file = temp.resolve("doc-" + size + ".json");
            Files.write(file, bytes);
            List<java.util.function.Supplier<Object>> reads = List.of(
                    () -> json.readResponse(text, "text"),
                    () -> json.read(text, "text"),
                    () -> json.readResponse(new ByteArrayInputStream(bytes), "stream"),
                    () -> json.readResponse(file),
                    () -> json.read(file),
                    () -> json.read(new ByteArrayInputStream(bytes), "stream"),
                    () -> value(json.responseReader().openAny(file)),
                    () -> value(json.responseReader().open(new ByteArrayInputStream(bytes), "stream")));
            for (java.util.function.Supplier<Object> read : reads) {
                if (size == limit) {
                    assertThat(read.get()).isInstanceOf(Response.class);
                } else {
                    FormatException e = catchThrowableOfType(FormatException.class, read::get);
                    assertThat(e).isNotNull();
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).code()).isEqualTo(FormatCodes.DOCUMENT_TOO_LARGE);
                }
            }
        }
    }

    private static Object value(Contents contents) {
        try (contents) {
            return ((Contents.Document) contents).value();
        }
    }

    // ----- response streams: each record is bounded -----------------------------------------------

    private static List<ResponseRecord> records(RubricJson json, String text) {
        List<ResponseRecord> records = new ArrayList<>();
        try (ResponseStream stream = json.responseReader().stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "records")) {
            stream.forEachRemaining(records::add);
        }
        return records;
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u00e9", "\uD83D\uDE00"})
    void aJsonLinesRecordExactlyAtTheByteLimitIsGoodAndOneBytePastIsTooLarge(String unit) {
        int limit = 1_000;
        RubricJson json = json(l -> l.withMaxDocumentBytes(limit));
        String small = documentOfBytes(400, "a");
        List<ResponseRecord> records = records(json, small + "\n" + documentOfBytes(limit, unit) + "\n"
                + documentOfBytes(limit + 1, unit) + "\n" + small + "\n");
        assertThat(records).extracting(ResponseRecord::isGood).containsExactly(true, true, false, true);
        assertThat(records.get(2).problems()).hasSize(1);
        assertThat(records.get(2).problems().get(0).code()).isEqualTo(FormatCodes.DOCUMENT_TOO_LARGE);
        assertThat(records.get(2).problems().get(0).line()).isEqualTo(3);
    }

    @Test
    void aJsonLinesRecordExactlyAtTheByteLimitIsGoodWithCrLfLineEnds() {
        int limit = 1_000;
        RubricJson json = json(l -> l.withMaxDocumentBytes(limit));
        List<ResponseRecord> records = records(json, documentOfBytes(limit, "a") + "\r\n" + documentOfBytes(limit + 1,
                "a") + "\r\n");
        assertThat(records).extracting(ResponseRecord::isGood).containsExactly(true, false);
        assertThat(records.get(1).problems()).extracting(FormatProblem::code)
                .containsExactly(FormatCodes.DOCUMENT_TOO_LARGE);
    }

    @Test
    void aRecordOfAJsonArrayExactlyAtTheByteLimitIsGood() {
        int limit = 1_000;
        RubricJson json = json(l -> l.withMaxDocumentBytes(limit));
        List<ResponseRecord> records = records(json, "[" + documentOfBytes(limit, "a") + ",\n" + documentOfBytes(limit,
                "\u00e9") + "]");
        assertThat(records).extracting(ResponseRecord::isGood).containsExactly(true, true);
    }

    @Test
    void aRecordOfAJsonArrayOneBytePastTheLimitIsTooLarge() {
        int limit = 1_000;
        RubricJson json = json(l -> l.withMaxDocumentBytes(limit));
        List<ResponseRecord> records = records(json, "[" + documentOfBytes(limit + 1, "a") + "]");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).isGood()).isFalse();
        assertThat(records.get(0).problems()).extracting(FormatProblem::code)
                .containsExactly(FormatCodes.DOCUMENT_TOO_LARGE);
    }
}
