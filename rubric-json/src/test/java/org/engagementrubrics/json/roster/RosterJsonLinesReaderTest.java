package org.engagementrubrics.json.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rosters from JSON Lines: one known answer for each kind of bad record, located at lines of the file as the
 * JSON reader locates them.
 */
class RosterJsonLinesReaderTest {

    private static final RosterReader READER = RubricJson.defaults().rosterReader();

    @TempDir
    Path dir;

    private static RosterRead read(RosterReader reader, String lines) {
        return reader.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "roster.jsonl",
                RecordFormat.JSON_LINES);
    }

    private static List<String> texts(RosterRead read) {
        return read.problems().stream().map(FormatProblem::toString).toList();
    }

    @Test
    void recordsBecomeFamiliesAndBlankLinesAreSkipped() {
        RosterRead read = read(READER, "\uFEFF{\"familyId\": \"f-1\", \"groups\": [\"iep\", \"race-ethnicity:hispanic\"]}\r\n"
                + "\n   \n{\"familyId\": \"f-2\"}\n{\"familyId\": \"f-3\", \"groups\": null}");

        assertThat(read.isClean()).as("%s", read.problems()).isTrue();
        assertThat(read.roster()).isEqualTo(Roster.of(Family.of("f-1", "iep", "race-ethnicity:hispanic"),
                Family.of("f-2"), Family.of("f-3")));
    }

    @Test
    void everyBadRecordIsReportedAtItsLineAndTheOthersAreRead() {
        RosterRead read = read(READER.withKnownPartitions(List.of("race-ethnicity")), """
                {"familyId": "f-1", "groups": ["race-ethnicity:asian"]}
                {"familyId": " "}
                {"groups": 3, "group": ["iep"]}
                ["f-4"]
                {familyId: "f-5"}
                {"familyId": "f-1"}
                {"familyId": "f-7", "groups": ["race-ethnicity:a", "race-ethnicity:b", "Bad Id", 7, "iep"]}
                {"familyId": "f-8", "familyId": "f-9"}
                """);

        assertThat(texts(read)).containsExactly(
                "roster.jsonl:2:14: /familyId: [blank] 'familyId' is blank; expected the family's id",
                "roster.jsonl:3:1: /familyId: [missing] required field 'familyId' is missing; expected a string, the"
                        + " family's id",
                "roster.jsonl:3:12: /groups: [type-mismatch] 'groups' is a number (3); expected an array of group ids",
                "roster.jsonl:3:15: /group: [unknown-field] field 'group' is not part of a roster record; expected one"
                        + " of [familyId, groups]",
                "roster.jsonl:4:1: [type-mismatch] the record is an array; expected an object (a roster record:"
                        + " familyId and groups)",
                "roster.jsonl:5:2: [syntax] a key without quotes, starting with 'f'; JSON keys need double quotes,"
                        + " such as \"id\"",
                "roster.jsonl:6:14: /familyId: [duplicate-id] family 'f-1' appears again (first at line 1:14);"
                        + " expected each family once",
                "roster.jsonl:7:52: /groups/1: [invalid-value] the family is in both 'race-ethnicity:a' (line 7:32)"
                        + " and 'race-ethnicity:b', two values of the partition 'race-ethnicity'; expected at most one"
                        + " value of a partition",
                "roster.jsonl:7:72: /groups/2: [invalid-id] the group id 'Bad Id' is not well formed; expected a"
                        + " letter or digit, then letters, digits, '.', '_', ':' or '-', at most 128 characters"
                        + " ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})",
                "roster.jsonl:7:82: /groups/3: [type-mismatch] '3' is a number (7); expected a string",
                "roster.jsonl:7:85: /groups/4: [unknown-reference] the group 'iep' is not known; expected a value of a"
                        + " known partition [race-ethnicity]",
                "roster.jsonl:8:21: /familyId: [duplicate-key] key 'familyId' appears again (first at line 8:2);"
                        + " expected each key once per object");
        assertThat(read.good()).isEqualTo(1);
        assertThat(read.bad()).isEqualTo(7);
    }

    @Test
    void encodingByteOrderMarksAndSizeAreCheckedPerRecord() {
        RosterReader reader = RubricJson.defaults().withLimits(ReadLimits.defaults().withMaxDocumentBytes(40))
                .rosterReader();
        byte[] latin = "{\"familyId\": \"f-\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] rest = ("\uFEFF{\"familyId\": \"f-2\"}\n{\"familyId\": \"f-3\", \"groups\": [\"a-very-long-group-id\"]}\n"
                + "{\"familyId\": \"f-4\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[latin.length + rest.length];
        System.arraycopy(latin, 0, all, 0, latin.length);
        System.arraycopy(rest, 0, all, latin.length, rest.length);

        RosterRead read = reader.read(new ByteArrayInputStream(all), "roster.jsonl", RecordFormat.JSON_LINES);

        assertThat(texts(read)).containsExactly(
                "roster.jsonl:1:17: [encoding] the byte 0xE9 is not valid UTF-8: the text looks like Latin-1 or"
                        + " Windows-1252, where it is '\u00e9'; save the text as UTF-8",
                "roster.jsonl:2:1: [misplaced-byte-order-mark] a byte order mark (U+FEFF) at the start of a line; it"
                        + " may only start the file (files joined with cat keep each one's mark): remove it",
                "roster.jsonl:3:1: [document-too-large] the record has more than 40 bytes, the configured limit"
                        + " (maxDocumentBytes)");
        assertThat(read.roster()).isEqualTo(Roster.of(Family.of("f-4")));
    }

    @Test
    void aFileWithoutRecordsIsRefused() {
        for (String empty : List.of("", "\n  \n")) {
            try {
                read(READER, empty);
                throw new AssertionError("expected a FormatException for '" + empty + "'");
            } catch (FormatException e) {
                String at = empty.isEmpty() ? "" : ":1:1";
                assertThat(e.problems()).extracting(FormatProblem::toString).containsExactly("roster.jsonl" + at
                        + ": [empty-document] the file holds no roster record; expected one JSON object per line, such"
                        + " as {\"familyId\": \"f-1\", \"groups\": [\"iep\"]}");
            }
        }
    }

    @Test
    void aFileNamedJsonlOrNdjsonIsReadAsJsonLines() throws IOException {
        String lines = "{\"familyId\": \"f-1\", \"groups\": [\"iep\"]}\n";
        for (String name : List.of("roster.jsonl", "roster.NDJSON")) {
            Path file = Files.writeString(dir.resolve(name), lines);
            assertThat(READER.read(file).roster()).as(name).isEqualTo(Roster.of(Family.of("f-1", "iep")));
        }
    }
}
