package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's words, lines and limits (issue 9, items 8 to 12): what a data vendor reads when a file is
 * wrong.
 */
class ReaderWordsTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private final ArchetypeMatrix matrix = Fixtures.fourVersions();

    private String line(Response response) {
        return JSON.writeLine(response);
    }

    private List<ResponseRecord> stream(String text, String source) {
        List<ResponseRecord> records = new ArrayList<>();
        try (ResponseStream stream = JSON.responseReader(matrix).stream(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source)) {
            stream.forEachRemaining(records::add);
        }
        return records;
    }

    private static FormatProblem onlyProblem(String text) {
        FormatException e = catchThrowableOfType(FormatException.class, () -> JSON.read(text, "doc.json"));
        assertThat(e).as("reading %s", text).isNotNull();
        assertThat(e.problems()).as("problems of %s", text).hasSize(1);
        return e.problems().get(0);
    }

    // ----- item 8: file lines in JSON Lines messages ----------------------------------------------

    @Test
    @DisplayName("item 8: a JSON Lines message that quotes another place gives its file line, not the record's")
    void jsonLinesMessagesQuoteFileLines() {
        Response good = Fixtures.response(matrix.id(), MarkedStatements.of("br-open-door-1"));
        String twiceKeyed = line(good).replace("\"raterId\":\"team-a\",", "\"raterId\":\"team-a\",\"raterId\":\"b\",");
        String twiceMarked = line(good).replace("[\"br-open-door-1\"]", "[\"br-open-door-1\",\"br-open-door-1\"]");
        String text = line(good) + "\n\n\n" + twiceKeyed + "\n" + twiceMarked + "\n";

        List<ResponseRecord> records = stream(text, "responses.jsonl");

        assertThat(records).extracting(ResponseRecord::line).containsExactly(1, 4, 5);
        FormatProblem key = records.get(1).problems().get(0);
        assertThat(key.code()).isEqualTo(FormatCodes.DUPLICATE_KEY);
        assertThat(key.line()).isEqualTo(4);
        assertThat(key.message()).contains("(first at line 4:" + (twiceKeyed.indexOf("\"raterId\"") + 1) + ")");
        FormatProblem mark = records.get(2).problems().get(0);
        assertThat(mark.line()).isEqualTo(5);
        assertThat(mark.message()).contains("(first at line 5:" + (twiceMarked.indexOf("\"br-open-door-1\"") + 1) + ")");
    }

    // ----- item 9: syntax problems in our own words -------------------------------------------------

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("end in a string", "{\"a\": \"abc", "1:11", "the text ends inside a string"),
                Arguments.of("end in a name", "{\"ab", "1:5", "the text ends inside a key"),
                Arguments.of("end after a comma in an object", "{\"a\": 1,", "1:9", "the text ends inside an object"),
                Arguments.of("end after a comma in an array", "{\"a\": [1,", "1:10",
                        "the text ends after a comma in an array"),
                Arguments.of("end before the object closes", "{\"a\": 1", "1:8", "the text ends before an object is"
                        + " closed; close it with '}'"),
                Arguments.of("trailing comma in an object", "{\"a\": 1,\n}", "2:1",
                        "a trailing comma: a comma after the last member of an object, before '}'; remove the comma"),
                Arguments.of("trailing comma in an array", "{\"a\": [1, 2,]}", "1:13",
                        "a trailing comma: a comma after the last element of an array, before ']'; remove the comma"),
                Arguments.of("missing comma in an object", "{\"a\": 1 \"b\": 2}", "1:9",
                        "a missing comma before '\"': members of an object are separated by ','"),
                Arguments.of("missing comma in an array", "{\"a\": [1 2]}", "1:10",
                        "a missing comma before '2': elements of an array are separated by ','"),
                Arguments.of("missing colon", "{\"a\" 1}", "1:6", "a missing colon before '1'"),
                Arguments.of("unquoted name", "{a: 1}", "1:2", "a key without quotes, starting with 'a'; JSON keys need"
                        + " double quotes"),
                Arguments.of("single-quoted name", "{'a': 1}", "1:2", "a key in single quotes"),
                Arguments.of("single-quoted value", "{\"a\": 'x'}", "1:7", "a string in single quotes"),
                Arguments.of("block comment", "{/* note */ \"a\": 1}", "1:2", "a comment; JSON has no comments"),
                Arguments.of("line comment", "{\"a\": 1 // note\n}", "1:9", "a comment; JSON has no comments"),
                Arguments.of("tab in a string", "{\"a\": \"x\ty\"}", "1:9",
                        "a control character (U+0009, a tab) inside a string; write it as an escape"),
                Arguments.of("bad escape", "{\"a\": \"\\q\"}", "1:9", "'\\q' is not an escape in a JSON string"),
                Arguments.of("bad unicode escape", "{\"a\": \"\\u12G4\"}", "1:12",
                        "'G' is not a hexadecimal digit; write \\u with four hex digits"),
                Arguments.of("leading zero", "{\"a\": 012}", "1:8", "a number with a leading zero"),
                Arguments.of("invalid literal", "{\"a\": tru}", "1:7", "'tru' is not a JSON value; did you mean true?"),
                Arguments.of("capitalised literal", "{\"a\": True}", "1:7", "did you mean true?"),
                Arguments.of("unknown word", "{\"a\": yes}", "1:7", "'yes' is not a JSON value; write a string in"
                        + " double quotes"),
                Arguments.of("missing value", "{\"a\": }", "1:7", "a key without a value before '}'"),
                Arguments.of("double comma", "[1,,2]", "1:4", "a comma where a value should be"),
                Arguments.of("plus sign", "{\"a\": +1}", "1:8", "a number with a plus sign"),
                Arguments.of("wrong closer", "{\"a\": 1]", "1:8", "']' closes an object; close it with '}'"));
    }

    @ParameterizedTest(name = "item 9: {0}")
    @MethodSource("syntaxErrors")
    void everySyntaxProblemSaysWhatWhereAndWhatToDoInOurWords(String what, String text, String place,
            String message) {
        FormatProblem problem = onlyProblem(text);

        assertThat(problem.code()).isEqualTo(FormatCodes.SYNTAX);
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.line() + ":" + problem.column()).as("place of %s", what).isEqualTo(place);
        assertThat(problem.message()).as(what).contains(message);
        assertThat(problem.message()).as("no parser wording in: %s", problem.message())
                .doesNotContain("Unexpected", "end-of-input", "(code ", "Feature", "ALLOW_", "Source", "token '",
                        "was expecting", "CTRL-CHAR", "non-standard");
    }

    @Test
    @DisplayName("item 9: a Latin-1 byte is named by its value, at its line and column")
    void aLatin1ByteIsNamedByItsValue() {
        byte[] bytes = "{\n  \"title\": \"Ra\u00fal\"\n}".getBytes(StandardCharsets.ISO_8859_1);

        FormatException e = catchThrowableOfType(FormatException.class,
                () -> JSON.read(new ByteArrayInputStream(bytes), "latin1.json"));

        assertThat(e.problems()).extracting(FormatProblem::toString).containsExactly("latin1.json:2:15: [encoding] the"
                + " byte 0xFA is not valid UTF-8: the text looks like Latin-1 or Windows-1252, where it is '\u00fa';"
                + " save the text as UTF-8");
    }

    @Test
    @DisplayName("item 9: a trailing comma in an array stream is the stream's problem, not a fourth bad record")
    void aTrailingCommaInAnArrayStreamIsNotARecord() {
        Response good = Fixtures.response(matrix.id(), MarkedStatements.of("br-open-door-1"));
        String array = "[\n" + line(good) + ",\n" + line(good) + ",\n" + line(good) + ",\n]\n";
        List<ResponseRecord> records = new ArrayList<>();
        int good3;
        int bad;
        try (ResponseStream stream = JSON.responseReader(matrix).stream(
                new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)), "responses.json")) {
            stream.forEachRemaining(records::add);
            good3 = stream.good();
            bad = stream.bad();
        }

        assertThat(good3).isEqualTo(3);
        assertThat(bad).isZero();
        assertThat(records).extracting(ResponseRecord::number).containsExactly(1, 2, 3, 0);
        assertThat(records.get(3).problems()).extracting(FormatProblem::toString).containsExactly("responses.json:5:1:"
                + " [syntax] a trailing comma: a comma after the last element of an array, before ']'; remove the comma");
    }

    // ----- item 10: the root's pointer is "" everywhere ---------------------------------------------

    @Test
    @DisplayName("item 10: the root's pointer is empty in text as in JSON; the text leaves it out")
    void theRootPointerIsEmptyInTextAndJson() {
        FormatProblem root = new FormatProblem("r.json", "", 3, 7, FormatCodes.SYNTAX, "a comment");
        FormatProblem field = new FormatProblem("r.json", "/id", 3, 7, FormatCodes.INVALID_VALUE, "bad id");

        assertThat(root).hasToString("r.json:3:7: [syntax] a comment");
        assertThat(field).hasToString("r.json:3:7: /id: [invalid-value] bad id");
        assertThat(JSON.writeProblems(List.of(root))).contains("\"pointer\": \"\",");
    }

    // ----- item 11: lengths, sizes and places -------------------------------------------------------

    @Test
    @DisplayName("item 11: a string limit counts characters as code points, as its message says")
    void stringLimitsCountCodePoints() {
        String emoji = "\uD83D\uDE00";
        TreeReader reader = new TreeReader(ReadLimits.defaults().withMaxStringLength(32_768));
        Problems atLimit = new Problems("emoji.json");
        Problems pastLimit = new Problems("emoji.json");

        reader.read("[\"" + emoji.repeat(32_768) + "\"]", atLimit);
        reader.read("[\"" + emoji.repeat(32_769) + "\"]", pastLimit);

        assertThat(atLimit.sorted()).isEmpty();
        assertThat(pastLimit.sorted()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(FormatCodes.STRING_TOO_LONG);
            assertThat(p.message()).startsWith("a string of 32769 characters is longer than 32768");
        });
    }

    @Test
    @DisplayName("item 11: a document of exactly the limit reads with its final newline and a byte order mark")
    void aDocumentOfExactlyTheLimitReadsWithItsFinalNewline(@TempDir Path dir) throws Exception {
        String written = JSON.write(matrix);
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        long limit = bytes.length - 1; // the canonical final newline is not counted
        RubricJson exact = JSON.withLimits(ReadLimits.defaults().withMaxDocumentBytes(limit));
        RubricJson short1 = JSON.withLimits(ReadLimits.defaults().withMaxDocumentBytes(limit - 1));
        Path file = Files.writeString(dir.resolve("m.json"), "\uFEFF" + written);

        assertThat(exact.read(file)).isEqualTo(matrix);
        assertThat(exact.read(new ByteArrayInputStream(bytes), "piped")).isEqualTo(matrix);
        assertThat(exact.read(written, "text")).isEqualTo(matrix);
        FormatException tooLarge = catchThrowableOfType(FormatException.class, () -> short1.read(file));
        assertThat(tooLarge.problems()).extracting(FormatProblem::toString).singleElement().asString()
                .startsWith(file + ":1:1: [document-too-large] the document has more than " + (limit - 1) + " bytes");
    }

    @Test
    @DisplayName("item 11: a byte order mark at the start of a later JSON Lines line is a located problem")
    void aByteOrderMarkInsideAJsonLinesFileIsAProblem() {
        Response good = Fixtures.response(matrix.id(), MarkedStatements.of("br-open-door-1"));
        String text = "\uFEFF" + line(good) + "\n" + line(good) + "\n\uFEFF" + line(good) + "\n";

        List<ResponseRecord> records = stream(text, "joined.jsonl");

        assertThat(records).extracting(ResponseRecord::isGood).containsExactly(true, true, false);
        assertThat(records.get(2).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(FormatCodes.MISPLACED_BYTE_ORDER_MARK);
            assertThat(p.line() + ":" + p.column()).isEqualTo("3:1");
        });
    }

    @Test
    @DisplayName("item 11: an input with no byte has no place; white space has its first")
    void anEmptyInputHasNoPlace() {
        FormatException empty = catchThrowableOfType(FormatException.class, () -> JSON.read("", "empty.json"));
        FormatException blank = catchThrowableOfType(FormatException.class, () -> JSON.read("  \n", "blank.json"));

        assertThat(empty.problems()).extracting(FormatProblem::toString)
                .containsExactly("empty.json: [empty-document] the input holds no JSON value; expected one JSON object");
        assertThat(blank.problems()).extracting(FormatProblem::toString)
                .containsExactly("blank.json:1:1: [empty-document] the input holds no JSON value; expected one JSON"
                        + " object");
    }

    // ----- item 12: instants within RFC 3339's ranges ---------------------------------------------

    static Stream<Arguments> outOfRangeInstants() {
        return Stream.of(
                Arguments.of("2026-10-01T24:00:00Z", "hour 24 is not 00 to 23"),
                Arguments.of("2026-13-01T00:00:00Z", "month 13 is not 01 to 12"),
                Arguments.of("2026-10-32T00:00:00Z", "day 32 is not 01 to 31"),
                Arguments.of("2026-02-29T00:00:00Z", "day 29 is not 01 to 28"),
                Arguments.of("2026-10-01T10:60:00Z", "minute 60 is not 00 to 59"),
                Arguments.of("2026-12-31T23:59:60Z", "second 60, a leap second, is not accepted"));
    }

    @ParameterizedTest(name = "item 12: {0}")
    @MethodSource("outOfRangeInstants")
    void anInstantWithAFieldOutOfRangeIsRefusedAtItsPlace(String instant, String message) {
        Response good = Fixtures.response(matrix.id(), MarkedStatements.of("br-open-door-1"));
        String text = JSON.write(good).replace(Fixtures.WHEN.toString(), instant);

        FormatProblem problem = onlyProblem(text);

        assertThat(problem.code()).isEqualTo(FormatCodes.INVALID_VALUE);
        assertThat(problem.pointer()).isEqualTo("/recordedAt");
        assertThat(problem.line()).isPositive();
        assertThat(problem.message()).contains(message);
    }

    @Test
    @DisplayName("item 12: instants in range still read, in every form the reader took before")
    void instantsInRangeStillRead() {
        Response good = Fixtures.response(matrix.id(), MarkedStatements.of("br-open-door-1"));
        for (String instant : List.of("2026-10-01T23:59:59Z", "2028-02-29T00:00:00Z", "2026-10-01T15:00:00.5Z",
                "2026-10-01T16:00:00+01:00")) {
            String text = JSON.write(good).replace(Fixtures.WHEN.toString(), instant);

            assertThat(JSON.read(text, "r.json")).as(instant).isInstanceOf(Response.class);
        }
    }
}
