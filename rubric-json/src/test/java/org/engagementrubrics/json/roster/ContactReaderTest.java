package org.engagementrubrics.json.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contact records from CSV and JSON Lines: good records from the stream, each bad row's problems in the sink
 * as it is read, the counts at the end, and a long stream read without holding it.
 */
class ContactReaderTest {

    private static final ContactReader READER = RubricJson.defaults().contactReader();

    @TempDir
    Path dir;

    /** What a stream gave: its records, its problems as text, in the order the sink received them, and counts. */
    record Outcome(List<ContactRecord> records, List<String> problems, long good, long bad) {
    }

    private static Outcome read(String text, String name, RecordFormat format) {
        List<ContactRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (ContactStream stream = READER.stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name,
                format, problem -> problems.add(problem.toString()))) {
            stream.forEachRemaining(records::add);
            return new Outcome(records, problems, stream.good(), stream.bad());
        }
    }

    @Test
    void goodCsvRowsBecomeRecordsAndBadRowsGoToTheSink() {
        Outcome outcome = read("""
                Family ID,Date,Channel,Staff ID,Notes
                f-1,2025-10-01,phone,t-7,called back
                ,2025-10-01,,,
                f-2,10/01/2025,,,
                f-3,2025-02-30,,,
                f-4,,email,,
                f-5,2025-10-02,,
                f-6,2025-10-03,,,
                """, "contacts.csv", RecordFormat.CSV);

        assertThat(outcome.records()).containsExactly(new ContactRecord("f-1", LocalDate.of(2025, 10, 1), "phone", "t-7"),
                ContactRecord.of("f-6", LocalDate.of(2025, 10, 3)));
        assertThat(outcome.problems()).containsExactly(
                "contacts.csv:1:33: warning: [unknown-field] column 'Notes' is not part of a contact record and"
                        + " is ignored; expected family_id, date, channel and staff_id",
                "contacts.csv:3:1: /Family ID: [missing] 'Family ID' is blank; expected the family's id",
                "contacts.csv:4:5: /Date: [invalid-value] 'Date' is '10/01/2025'; expected a date as yyyy-MM-dd, such"
                        + " as 2025-10-01",
                "contacts.csv:5:5: /Date: [invalid-value] 'Date' is '2025-02-30', which is not a day of the calendar;"
                        + " expected a date as yyyy-MM-dd, such as 2025-10-01",
                "contacts.csv:6:5: /Date: [missing] 'Date' is blank; expected the day of the contact, a date as"
                        + " yyyy-MM-dd, such as 2025-10-01",
                "contacts.csv:7:1: [ragged-row] the row has 4 cells; expected 5, one for each column of the header"
                        + " (line 1)");
        assertThat(outcome.good()).isEqualTo(2);
        assertThat(outcome.bad()).isEqualTo(5);
    }

    @Test
    void theSinkHearsOfABadRowBeforeTheNextRecordIsHandedOut() {
        List<String> events = new ArrayList<>();
        String csv = "family_id,date\nf-1,2025-10-01\nf-2,x\nf-3,2025-10-03\n";
        try (ContactStream stream = READER.stream(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "contacts.csv", RecordFormat.CSV, problem -> events.add("problem at line " + problem.line()))) {
            stream.forEachRemaining(record -> events.add("record " + record.familyId()));
        }

        assertThat(events).containsExactly("record f-1", "problem at line 3", "record f-3");
    }

    @Test
    void aCsvHeaderWithoutTheRequiredColumnsIsRefusedWhenTheStreamIsOpened() {
        List<FormatProblem> sink = new ArrayList<>();
        assertThatThrownBy(() -> READER.stream(new ByteArrayInputStream("familyid,notes,family-id\n".getBytes(
                StandardCharsets.UTF_8)), "contacts.csv", RecordFormat.CSV, sink::add))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems())
                        .extracting(FormatProblem::toString).containsExactly(
                                "contacts.csv:1:1: [missing-column] the header has no date column; expected a column"
                                        + " named date (case, spaces, '_' and '-' do not matter)",
                                "contacts.csv:1:16: [duplicate-column] column 'family-id' is the family_id column"
                                        + " again (first at line 1:1, 'familyid'); expected each column once"));
        assertThat(sink).isEmpty();
    }

    @Test
    void jsonLinesRecordsAreReadAndAnUnknownFieldIsWarnedOfOnce() {
        Outcome outcome = read("""
                {"familyId": "f-1", "date": "2025-10-01", "channel": "phone", "staffId": "t-7", "notes": "x"}
                {"familyId": "f-2", "date": "2025-10-02", "channel": null, "notes": "y"}
                {"familyId": "f-3", "date": "2025-13-01", "mood": 1}
                {"date": 20251001, "channel": ""}

                not json
                """, "contacts.jsonl", RecordFormat.JSON_LINES);

        assertThat(outcome.records()).containsExactly(new ContactRecord("f-1", LocalDate.of(2025, 10, 1), "phone", "t-7"),
                ContactRecord.of("f-2", LocalDate.of(2025, 10, 2)));
        assertThat(outcome.problems()).containsExactly(
                "contacts.jsonl:1:81: /notes: warning: [unknown-field] field 'notes' is not part of a contact record"
                        + " and is ignored; expected [familyId, date, channel, staffId]",
                "contacts.jsonl:3:29: /date: [invalid-value] 'date' is the string \"2025-13-01\", which is not a day of"
                        + " the calendar; expected a date as yyyy-MM-dd, such as 2025-10-01",
                "contacts.jsonl:3:43: /mood: warning: [unknown-field] field 'mood' is not part of a contact record and"
                        + " is ignored; expected [familyId, date, channel, staffId]",
                "contacts.jsonl:4:1: /familyId: [missing] required field 'familyId' is missing; expected a string, the"
                        + " family's id",
                "contacts.jsonl:4:10: /date: [type-mismatch] 'date' is a number (20251001); expected a string",
                "contacts.jsonl:4:31: /channel: [blank] 'channel' is blank; expected a value, or the field left out",
                "contacts.jsonl:6:1: [syntax] 'not' is not a JSON value; write a string in double quotes, a number,"
                        + " an object, an array, true, false or null (text needs double quotes)");
        assertThat(outcome.good()).isEqualTo(2);
        assertThat(outcome.bad()).isEqualTo(3);
    }

    @Test
    void anEmptyJsonLinesFileHasNoRecordsAndAnEmptyCsvFileHasNoHeader() {
        assertThat(read("", "contacts.jsonl", RecordFormat.JSON_LINES)).isEqualTo(new Outcome(List.of(), List.of(), 0, 0));
        assertThatThrownBy(() -> read("", "contacts.csv", RecordFormat.CSV)).isInstanceOf(FormatException.class)
                .hasMessageEndingWith("contacts.csv: [empty-document] the file holds no header row; expected a first"
                        + " row naming the columns");
    }

    @Test
    void aStreamOfTwoHundredThousandRowsIsReadThroughAConsumerWithoutHoldingIt() {
        int rows = 200_000;
        long[] counts = new long[2];
        LocalDate first = LocalDate.of(2025, 8, 1);
        try (ContactStream stream = READER.stream(generated(rows), "contacts.csv", RecordFormat.CSV,
                problem -> counts[1]++)) {
            stream.forEachRemaining(record -> {
                assertThat(record.date()).isEqualTo(first.plusDays(counts[0] % 365));
                counts[0]++;
            });
            assertThat(stream.good()).isEqualTo(rows - rows / 1000);
            assertThat(stream.bad()).isEqualTo(rows / 1000);
        }
        assertThat(counts).containsExactly(rows - rows / 1000, rows / 1000);
    }

    /**
     * A CSV of contact rows made as it is read, never held whole: every thousandth row has no family id, and the
     * good rows' dates run through one year.
     */
    private static InputStream generated(int rows) {
        return new InputStream() {
            private int row = -1;
            private int good;
            private byte[] line = "family_id,date,channel,staff_id\r\n".getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() {
                if (at == line.length) {
                    if (row == rows || ++row == rows) {
                        return -1;
                    }
                    boolean bad = row % 1000 == 999;
                    String date = LocalDate.of(2025, 8, 1).plusDays(good % 365).toString();
                    if (!bad) {
                        good++;
                    }
                    line = ((bad ? "" : "f-" + row) + "," + date + ",\"phone, then email\",t-" + row % 40 + "\r\n")
                            .getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                return line[at++];
            }
        };
    }

    @Test
    void aFileIsReadInTheFormatItsNameSaysAndClosedWithTheStream() throws IOException {
        Path csv = Files.writeString(dir.resolve("contacts.csv"), "family_id,date\nf-1,2025-10-01\n");
        Path lines = Files.writeString(dir.resolve("contacts.ndjson"), "{\"familyId\": \"f-1\", \"date\": \"2025-10-01\"}\n");
        for (Path file : List.of(csv, lines)) {
            try (ContactStream stream = READER.stream(file, problem -> {
                throw new AssertionError(problem.toString());
            })) {
                assertThat(stream.next()).isEqualTo(ContactRecord.of("f-1", LocalDate.of(2025, 10, 1)));
                assertThat(stream.hasNext()).isFalse();
                assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class)
                        .hasMessage("no more contact records in " + file);
            }
        }
        assertThatThrownBy(() -> READER.stream(dir.resolve("contacts.txt"), problem -> { }))
                .isInstanceOf(FormatException.class).hasMessageContaining("[unknown-format]");
        assertThatThrownBy(() -> READER.stream(dir.resolve("missing.csv"), problem -> { }))
                .isInstanceOf(FormatException.class).hasMessageEndingWith("[unreadable] cannot be read (no such file)");
    }

    @Test
    void closingTheStreamClosesTheInput() {
        boolean[] closed = {false};
        for (RecordFormat format : RecordFormat.values()) {
            closed[0] = false;
            ByteArrayInputStream in = new ByteArrayInputStream("family_id,date\n".getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            READER.stream(in, "contacts", format, problem -> { }).close();
            assertThat(closed[0]).as("%s", format).isTrue();
        }
    }
}
