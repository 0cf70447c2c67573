package org.engagementrubrics.json.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * Rosters from CSV: the columns, the group ids made of cell values, and one known answer for each kind of bad
 * row and bad file, with the exact problem text.
 */
class RosterCsvReaderTest {

    private static final RosterReader READER = RubricJson.defaults().rosterReader();

    @TempDir
    Path dir;

    static RosterRead read(RosterReader reader, String csv) {
        return read(reader, csv.getBytes(StandardCharsets.UTF_8));
    }

    static RosterRead read(RosterReader reader, byte[] csv) {
        return reader.read(new ByteArrayInputStream(csv), "roster.csv", RecordFormat.CSV);
    }

    static List<String> texts(RosterRead read) {
        return read.problems().stream().map(FormatProblem::toString).toList();
    }

    static List<String> refused(RosterReader reader, byte[] csv) {
        try {
            read(reader, csv);
        } catch (FormatException e) {
            return e.problems().stream().map(FormatProblem::toString).toList();
        }
        throw new AssertionError("expected a FormatException");
    }

    static List<String> refused(RosterReader reader, String csv) {
        return refused(reader, csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void flagColumnsGroupsAndPartitionValuesBecomeGroupIds() {
        RosterRead read = read(READER, """
                Family ID,groups,IEP,Race/Ethnicity,Multilingual Learner
                f-1,homeless;foster-care,yes,Hispanic or Latino,N
                f-2,,no,Two or more races,TRUE
                f-3,,,,
                """);

        assertThat(read.isClean()).as("%s", read.problems()).isTrue();
        assertThat(read.good()).isEqualTo(3);
        assertThat(read.bad()).isZero();
        assertThat(read.roster()).isEqualTo(Roster.of(
                Family.of("f-1", "homeless", "foster-care", "iep", "race-ethnicity:hispanic-or-latino"),
                Family.of("f-2", "race-ethnicity:two-or-more-races", "multilingual-learner"),
                Family.of("f-3")));
    }

    @Test
    void everySpellingOfTheFamilyIdColumnIsAccepted() {
        for (String header : List.of("family_id", "Family ID", "familyId", "FAMILY-ID", " family id ", "FamilyID")) {
            RosterRead read = read(READER, header + ",iep\nf-1,yes\n");
            assertThat(read.roster()).as(header).isEqualTo(Roster.of(Family.of("f-1", "iep")));
        }
    }

    @Test
    void quotedCellsWithCommasAndLineBreaksKeepTheLinesOfLaterRowsRight() {
        RosterRead read = read(READER, "\uFEFFfamily_id,groups,note\r\n\"f-1\",\"iep;ell\",\"line one\r\nline, two\"\r\n"
                + "\"f \"\"2\"\"\",,\"\"\"quoted\"\"\"\r\n,,x\r\n");

        assertThat(read.roster().families()).extracting(Family::id).containsExactly("f \"2\"", "f-1");
        assertThat(read.roster().family("f-1").orElseThrow().groups())
                .containsExactly("ell", "iep", "note:line-one-line-two");
        assertThat(read.roster().family("f \"2\"").orElseThrow().groups()).containsExactly("note:quoted");
        assertThat(texts(read)).containsExactly(
                "roster.csv:5:1: /family_id: [missing] 'family_id' is blank; expected the family's id");
    }

    @Test
    void blankRowsAreSkippedAndNotCounted() {
        RosterRead read = read(READER, "family_id,iep\n\nf-1,yes\n , \n,\r\nf-2,no\n");

        assertThat(read.good()).isEqualTo(2);
        assertThat(read.bad()).isZero();
        assertThat(read.isClean()).isTrue();
    }

    @Test
    void aMissingFamilyIdIsReportedAtItsCell() {
        RosterRead read = read(READER, "iep,family_id\nyes, \nno,f-2\n");

        assertThat(texts(read)).containsExactly(
                "roster.csv:2:5: /family_id: [missing] 'family_id' is blank; expected the family's id");
        assertThat(read.good()).isEqualTo(1);
        assertThat(read.bad()).isEqualTo(1);
    }

    @Test
    void aFamilyListedAgainNamesTheLineOfTheFirst() {
        RosterRead read = read(READER, "family_id,iep\nf-1,yes\nf-2,no\nf-1,no\n");

        assertThat(texts(read)).containsExactly("roster.csv:4:1: /family_id: [duplicate-id] family 'f-1' appears"
                + " again (first at line 2:1); expected each family once");
        assertThat(read.roster()).isEqualTo(Roster.of(Family.of("f-1", "iep"), Family.of("f-2")));
        assertThat(read.bad()).isEqualTo(1);
    }

    @Test
    void aRowWithMoreOrFewerCellsThanTheHeaderIsRagged() {
        RosterRead read = read(READER, "family_id,groups,iep\nf-1,ell,yes,extra\nf-2,ell\nf-3,,y\n");

        assertThat(texts(read)).containsExactly(
                "roster.csv:2:1: [ragged-row] the row has 4 cells; expected 3, one for each column of the header"
                        + " (line 1)",
                "roster.csv:3:1: [ragged-row] the row has 2 cells; expected 3, one for each column of the header"
                        + " (line 1)");
        assertThat(read.roster()).isEqualTo(Roster.of(Family.of("f-3", "iep")));
    }

    @Test
    void aGroupIdThatIsNotWellFormedIsReportedAtItsCell() {
        RosterRead read = read(READER, "family_id,groups\nf-1,iep;Special Ed\n");

        assertThat(texts(read)).containsExactly("roster.csv:2:5: /groups: [invalid-id] the group id 'Special Ed' is"
                + " not well formed; expected a letter or digit, then letters, digits, '.', '_', ':' or '-', at most"
                + " 128 characters ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})");
    }

    @Test
    void aValueThatGivesNoGroupIdIsReportedAtItsCell() {
        RosterRead read = read(READER, "family_id,race\nf-1,???\n");

        assertThat(texts(read)).containsExactly("roster.csv:2:5: /race: [invalid-id] 'race' is '???', which gives no"
                + " group id; expected a value with a letter or digit (a-z, 0-9)");
    }

    @Test
    void anUnknownGroupIsAProblemOnlyWhenTheCallerGivesTheKnownGroups() {
        String csv = "family_id,groups,Race/Ethnicity\nf-1,iep;martian,Asian\nf-2,iep,Asian\n";

        assertThat(read(READER, csv).isClean()).isTrue();
        RosterRead read = read(READER.withKnownGroups(List.of("iep", "ell")).withKnownPartitions(List.of("race-ethnicity")),
                csv);
        assertThat(texts(read)).containsExactly("roster.csv:2:5: /groups: [unknown-reference] the group 'martian' is"
                + " not known; expected one of the known groups [ell, iep] or a value of a known partition"
                + " [race-ethnicity]");
        assertThat(read.roster()).isEqualTo(Roster.of(Family.of("f-2", "iep", "race-ethnicity:asian")));
        assertThat(texts(read(READER.withKnownPartitions(List.of("grade")), "family_id,race\nf-1,Asian\n")))
                .containsExactly("roster.csv:2:5: /race: [unknown-reference] the group 'race:asian' is not known;"
                        + " expected a value of a known partition [grade]");
    }

    @Test
    void aColumnMixingYesNoAndOtherValuesIsReportedWhereItDisagreesWithItsFirstValue() {
        RosterRead read = read(READER, "family_id,IEP,Race/Ethnicity\nf-1,,Asian\nf-2,yes,White\nf-3,maybe,\n"
                + "f-4,no,no\n");

        assertThat(texts(read)).containsExactly(
                "roster.csv:4:5: /IEP: [mixed-column] 'IEP' is 'maybe', not a yes/no value, but the column's first"
                        + " value ('yes', line 3:5) made it a yes/no column; expected yes/no values only (yes, no,"
                        + " true, false, y, n, 1, 0: a flag group) or other values only (a partition)",
                "roster.csv:5:8: /Race~1Ethnicity: [mixed-column] 'Race/Ethnicity' is 'no', a yes/no value, but the"
                        + " column's first value ('Asian', line 2:6) made it a column of group values; expected yes/no"
                        + " values only (yes, no, true, false, y, n, 1, 0: a flag group) or other values only (a"
                        + " partition)");
        assertThat(read.good()).isEqualTo(2);
        assertThat(read.bad()).isEqualTo(2);
    }

    @Test
    void twoValuesOfOnePartitionAreReportedAtTheSecond() {
        RosterRead read = read(READER, "family_id,groups,race\nf-1,race:asian,White\n");

        assertThat(texts(read)).containsExactly("roster.csv:2:16: /race: [invalid-value] the family is in both"
                + " 'race:asian' (line 2:5) and 'race:white', two values of the partition 'race'; expected at most one"
                + " value of a partition");
    }

    @Test
    void aByteThatIsNotUtf8MakesItsRowBadAndTheNextRowsAreRead() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes("family_id,groups\nf-\u00e9,iep\n".getBytes(StandardCharsets.UTF_8));
        csv.writeBytes("f-2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        csv.writeBytes("f-3,ell\n".getBytes(StandardCharsets.UTF_8));

        RosterRead read = read(READER, csv.toByteArray());

        assertThat(texts(read)).containsExactly("roster.csv:3:8: /groups: [encoding] the byte 0xE9 is not valid UTF-8:"
                + " the text looks like Latin-1 or Windows-1252, where it is '\u00e9'; save the text as UTF-8");
        assertThat(read.roster()).isEqualTo(Roster.of(Family.of("f-\u00e9", "iep"), Family.of("f-3", "ell")));
    }

    @Test
    void aByteOrderMarkInsideTheFileIsMisplaced() {
        RosterRead read = read(READER, "family_id\nf-1\n\uFEFFf-2\n");

        assertThat(texts(read)).containsExactly("roster.csv:3:1: /family_id: [misplaced-byte-order-mark] a byte order"
                + " mark (U+FEFF) at the start of a row; it may only start the file (files joined with cat keep each"
                + " one's mark): remove it");
    }

    @Test
    void aCellLongerThanTheStringLimitIsReported() {
        RosterReader reader = RubricJson.defaults().withLimits(ReadLimits.defaults().withMaxStringLength(9)).rosterReader();

        RosterRead read = read(reader, "family_id,iep\nabcdefgh\u00e9\u00e9,yes\nabcdefgh\uD83D\uDE00,yes\n");

        assertThat(texts(read)).containsExactly("roster.csv:2:1: /family_id: [string-too-long] a cell of 10 characters"
                + " is longer than 9, the configured limit (maxStringLength, in Unicode code points)");
        assertThat(read.bad()).isEqualTo(1);
        assertThat(read.roster().families()).extracting(Family::id).containsExactly("abcdefgh\uD83D\uDE00");
    }

    @Test
    void aQuoteThatIsNeverClosedEndsTheReadAndKeepsTheRowsBefore() {
        RosterRead read = read(READER, "family_id,groups\nf-1,iep\nf-2,\"iep\nf-3,ell\n");

        assertThat(texts(read)).containsExactly("roster.csv:3:5: [syntax] a quoted cell starts here and its quote is"
                + " never closed, so the rest of the file would be inside it; close the quote (a quote inside a quoted"
                + " cell is written twice: \"\"); reading stops here");
        assertThat(read.roster()).isEqualTo(Roster.of(Family.of("f-1", "iep")));
        assertThat(read.bad()).isEqualTo(1);
    }

    @Test
    void textAfterAClosingQuoteEndsTheRead() {
        RosterRead read = read(READER, "family_id,groups\nf-1,\"iep\"x\nf-3,ell\n");

        assertThat(texts(read)).containsExactly("roster.csv:2:10: [syntax] 'x' after the closing quote of a quoted"
                + " cell; expected ',' or the end of the row (a quote inside a quoted cell is written twice: \"\");"
                + " reading stops here");
    }

    @Test
    void aRowPastTheDocumentLimitEndsTheRead() {
        RosterReader reader = RubricJson.defaults().withLimits(ReadLimits.defaults().withMaxDocumentBytes(100))
                .rosterReader();
        String csv = "family_id,groups\nf-1,iep\nf-2,\"" + "x".repeat(40_000) + "\"\nf-3,ell\n";

        RosterRead read = read(reader, csv);

        assertThat(texts(read)).containsExactly("roster.csv:3:1: [document-too-large] the row runs past 100"
                + " characters, the configured limit (maxDocumentBytes): a cell is far too long, or a quote is never"
                + " closed; reading stops here");
        assertThat(read.roster()).isEqualTo(Roster.of(Family.of("f-1", "iep")));
    }

    @Test
    void aHeaderWithoutTheFamilyIdColumnIsRefused() {
        assertThat(refused(READER, "name,groups,,???\nx,y,,\n")).containsExactly(
                "roster.csv:1:1: [missing-column] the header has no family id column; expected a column named"
                        + " family_id (case, spaces, '_' and '-' do not matter)",
                "roster.csv:1:13: [invalid-id] column 3 has no name; expected a name, such as iep (remove an empty"
                        + " column)",
                "roster.csv:1:14: [invalid-id] column 4 is named '???', which gives no group id; expected a name with"
                        + " a letter or digit, such as iep");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThat(refused(READER, "family_id,IEP,Family ID,iep\n")).containsExactly(
                "roster.csv:1:15: [duplicate-column] column 'Family ID' is the family id column again (first at line"
                        + " 1:1, 'family_id'); expected each column once",
                "roster.csv:1:25: [duplicate-column] column 'iep' is the group 'iep' again (first at line 1:11,"
                        + " 'IEP'); expected each column once");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refused(READER, "")).containsExactly(
                "roster.csv: [empty-document] the file holds no header row; expected a first row naming the columns");
        assertThat(refused(READER, "\uFEFF\r\n \n")).containsExactly(
                "roster.csv:1:1: [empty-document] the file holds no header row; expected a first row naming the"
                        + " columns");
    }

    @Test
    void textThatIsNotUtf8FromTheStartIsRefused() {
        assertThat(refused(READER, "family_id\nf-1\n".getBytes(StandardCharsets.UTF_16))).containsExactly(
                "roster.csv:1:1: [encoding] the file starts with a UTF-16 or UTF-32 byte order mark; expected UTF-8");
        assertThat(refused(READER, "family_id\nf-1\n".getBytes(StandardCharsets.UTF_16LE))).containsExactly(
                "roster.csv:1:1: [encoding] the file starts with a zero byte, as UTF-16 or UTF-32 text does; expected"
                        + " UTF-8");
        assertThat(refused(READER, "fam\u00edly_id\nf-1\n".getBytes(StandardCharsets.ISO_8859_1))).containsExactly(
                "roster.csv:1:4: [encoding] the byte 0xED is not valid UTF-8: the text looks like Latin-1 or"
                        + " Windows-1252, where it is '\u00ed'; save the text as UTF-8");
    }

    @Test
    void aFileIsReadInTheFormatItsNameSays() throws IOException {
        Path csv = Files.writeString(dir.resolve("Roster.CSV"), "family_id,iep\nf-1,yes\n");
        Path text = Files.writeString(dir.resolve("roster.txt"), "family_id,iep\nf-1,yes\n");

        assertThat(READER.read(csv).roster()).isEqualTo(Roster.of(Family.of("f-1", "iep")));
        assertThat(READER.read(text, RecordFormat.CSV).roster()).isEqualTo(Roster.of(Family.of("f-1", "iep")));
        assertThatThrownBy(() -> READER.read(text)).isInstanceOf(FormatException.class).hasMessageEndingWith(
                "roster.txt: [unknown-format] the file name says no format; expected a name ending in .csv, .jsonl or"
                        + " .ndjson, or the format named by the caller");
    }

    @Test
    void aFileThatCannotBeReadIsRefused() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> READER.read(missing)).isInstanceOf(FormatException.class)
                .hasMessageEndingWith(missing + ": [unreadable] cannot be read (no such file)");
        assertThatThrownBy(() -> READER.read(dir, RecordFormat.CSV)).isInstanceOf(FormatException.class)
                .hasMessageEndingWith(dir + ": [unreadable] is a directory; expected a CSV or JSON Lines file");
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream("family_id\nf-1\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        READER.read(in, "roster.csv", RecordFormat.CSV);

        assertThat(closed[0]).isFalse();
    }
}
