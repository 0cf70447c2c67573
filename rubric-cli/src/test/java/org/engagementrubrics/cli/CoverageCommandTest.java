package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTable;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code rubric coverage} on a dozen families over two quarters, the case worked by hand in rubric-core's
 * {@code CoverageKnownAnswerTest} (test resources {@code coverage/roster.csv} and {@code coverage/contacts.csv}):
 * under a minimum of 3, Q1 reaches 9 of 12 families (75.0%) with race-ethnicity:hispanic 2 of 4 flagged, Q2
 * reaches 5 of 12 (41.7%) with race-ethnicity:white 0 of 3 flagged; iep and race-ethnicity:asian are withheld as
 * small groups and race-ethnicity:black to protect asian; one contact names a family not on the roster.
 */
class CoverageCommandTest {

    private static final RubricJson JSON = RubricJson.defaults();
    /** The dozen families as {@code roster.csv} names them, its column headers made into group ids. */
    private static final Roster ROSTER = Roster.of(
            Family.of("f01", "race-ethnicity:asian"),
            Family.of("f02", "race-ethnicity:black", "iep"),
            Family.of("f03", "race-ethnicity:black"),
            Family.of("f04", "race-ethnicity:black"),
            Family.of("f05", "race-ethnicity:hispanic", "multilingual-learner"),
            Family.of("f06", "race-ethnicity:hispanic", "multilingual-learner"),
            Family.of("f07", "race-ethnicity:hispanic", "multilingual-learner"),
            Family.of("f08", "race-ethnicity:hispanic"),
            Family.of("f09", "race-ethnicity:white", "multilingual-learner"),
            Family.of("f10", "race-ethnicity:white", "iep"),
            Family.of("f11", "race-ethnicity:white"),
            Family.of("f12", "multilingual-learner"));
    /** The guardian survey's goal, its groups as rosters name them. */
    private static final CoverageGoal GUARDIAN_GOAL = CoverageGoal.builder()
            .monitor("race-ethnicity", "iep", "multilingual-learner", "free-reduced-lunch").build();

    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(CoverageCommandTest.class.getResource("coverage/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String ROSTER_FILE = resource("roster.csv").toString();
    private static final String CONTACTS_FILE = resource("contacts.csv").toString();

    private static List<ContactRecord> contacts() {
        return List.of(contact("f01", 2025, 8, 5), contact("f02", 2025, 9, 10), contact("f03", 2025, 9, 10),
                contact("f05", 2025, 10, 1), contact("f06", 2025, 10, 31), contact("f09", 2025, 8, 20),
                contact("f10", 2025, 9, 1), contact("f11", 2025, 10, 15), contact("f12", 2025, 10, 20),
                contact("f01", 2025, 10, 2), contact("x99", 2025, 9, 30), contact("f04", 2025, 11, 1),
                contact("f07", 2025, 12, 1), contact("f08", 2026, 1, 31), contact("f02", 2025, 11, 15),
                contact("f05", 2026, 1, 10));
    }

    private static ContactRecord contact(String family, int year, int month, int day) {
        return ContactRecord.of(family, LocalDate.of(year, month, day));
    }

    private static CoverageTally tally(SchoolCalendar calendar, CoverageGoal goal) {
        CoverageTally tally = CoverageTally.of(ROSTER, calendar, goal);
        tally.addAll(contacts());
        return tally;
    }

    private static Run coverage(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "coverage";
        args[1] = "--roster";
        args[2] = ROSTER_FILE;
        args[3] = "--contacts";
        args[4] = CONTACTS_FILE;
        System.arraycopy(options, 0, args, 5, options.length);
        return Cli.run(args);
    }

    private static String counts() {
        return ROSTER_FILE + ": 12 rows, 12 good, 0 bad\n" + CONTACTS_FILE + ": 16 rows, 16 good, 0 bad\n";
    }

    @Test
    void textIsTheTableWithTheHandWorkedFiguresThenTheExplanation() {
        CoverageResult expected = tally(SchoolCalendar.defaults(), GUARDIAN_GOAL).result(SmallCellRule.minimum(3));

        Run run = coverage("--min-cell", "3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(CoverageTable.of(expected).toText() + "\n" + expected.explanation().toText());
        assertThat(run.outLines()).startsWith(
                "                           2025-26 Q1      2025-26 Q2",
                "all families              9/12  75.0%      5/12 41.7%",
                "free-reduced-lunch        no families     no families",
                "iep                                 —¹              —¹",
                "multilingual-learner       4/5  80.0%       2/5 40.0%",
                "race-ethnicity:asian                —²              —²",
                "race-ethnicity:black                —³              —³",
                "race-ethnicity:hispanic    2/4  50.0% !     3/4 75.0%",
                "race-ethnicity:white       3/3 100.0%       0/3  0.0% !");
        assertThat(run.out()).contains("³ race-ethnicity:black: withheld so that race-ethnicity:asian cannot be"
                + " recovered by subtraction", "1 contact from families not on the roster",
                "2025-26 Q1: 9 of 12 families reached (75.0%), 25.0 points below the 100% target");
        assertThat(run.err()).isEqualTo(counts());
    }

    @Test
    void jsonIsTheCoverageResultDocumentThatReadsBack() {
        CoverageResult expected = tally(SchoolCalendar.defaults(), GUARDIAN_GOAL).result(SmallCellRule.minimum(3));

        Run run = coverage("--min-cell", "3", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(JSON.write(expected));
        assertThat(JSON.readCoverage(run.out(), "stdout")).isEqualTo(expected);
        assertThat(run.out()).doesNotContain("\"f0", "\"x99");
        assertThat(run.err()).isEqualTo(counts());
    }

    @Test
    void theDefaultRuleWithholdsEveryGroupOfADozenFamiliesAndSaysWhy() {
        Run run = coverage();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("all families               9/12 75.0%     5/12 41.7%",
                "Small cells: groups of fewer than 10 withheld", "² multilingual-learner: fewer than 10 families")
                .doesNotContain("4/5");
    }

    @Test
    void noSuppressionShowsEverySmallGroupAndSaysSuppressionIsOff() {
        Run run = coverage("--no-suppression");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("iep                        2/2 100.0%       1/2 50.0%",
                "race-ethnicity:asian       1/1 100.0%       0/1  0.0% !",
                "Small cells: nothing withheld (small-cell rule off).").doesNotContain("—");
        assertThat(run.err()).isEqualTo(counts() + "rubric: small-cell suppression is off (--no-suppression): every"
                + " group's figures are shown, however small; do not publish this report\n");
        Run json = coverage("--no-suppression", "--format", "json");
        assertThat(JSON.readCoverage(json.out(), "stdout").rule()).isEqualTo(SmallCellRule.off());
        assertThat(json.out()).contains("\"rule\": {\n    \"kind\": \"off\"\n  }");
    }

    @Test
    void theGoalCalendarAndRangeComeFromTheOptions() {
        CoverageGoal goal = CoverageGoal.builder().targetPercent(95).period(ContactPeriod.MONTH)
                .monitor("iep", "race-ethnicity").gapThreshold(20).build();
        CoverageResult expected = tally(SchoolCalendar.of(MonthDay.of(9, 1)), goal).result(SmallCellRule.off(),
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));

        Run run = coverage("--target", "95", "--period", "month", "--groups", "iep,race-ethnicity",
                "--gap-threshold", "20", "--year-start", "09-01", "--no-suppression", "--from", "2025-10-01",
                "--to", "2025-12-31", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readCoverage(run.out(), "stdout")).isEqualTo(expected);
        assertThat(expected.contactsOutsidePeriods()).isEqualTo(8);
    }

    @Test
    void badRosterAndContactRowsAreReportedAsReadAndTheReportIsMadeFromTheGoodRows() {
        String roster = resource("roster-with-bad-rows.csv").toString();
        String contacts = resource("contacts-with-bad-rows.csv").toString();

        Run run = Cli.run("coverage", "--roster", roster, "--contacts", contacts, "--min-cell", "3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.out()).isEqualTo(coverage("--min-cell", "3").out());
        assertThat(run.errLines()).containsExactly(
                roster + ":4:1: /family_id: [missing] 'family_id' is blank; expected the family's id",
                roster + ":15:1: /family_id: [duplicate-id] family 'f05' appears again (first at line 7:1); expected"
                        + " each family once",
                roster + ": 14 rows, 12 good, 2 bad",
                contacts + ":12:5: /date: [invalid-value] 'date' is '2025-13-01', which is not a day of the calendar;"
                        + " expected a date as yyyy-MM-dd, such as 2025-10-01",
                contacts + ":16:1: /family_id: [missing] 'family_id' is blank; expected the family's id",
                contacts + ": 18 rows, 16 good, 2 bad");
    }

    @Test
    void aFileThatCannotBeReadIsAProblemOfTheInput() {
        Run run = Cli.run("coverage", "--roster", dir.resolve("missing.csv").toString(), "--contacts", CONTACTS_FILE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("missing.csv: [unreadable]");
    }

    @Test
    void rostersAndContactsInJsonLinesGiveTheSameReport() throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.jsonl"), String.join("\n",
                "{\"familyId\": \"f01\", \"groups\": [\"race-ethnicity:asian\"]}",
                "{\"familyId\": \"f02\", \"groups\": [\"race-ethnicity:black\", \"iep\"]}") + "\n");
        Path contacts = Files.writeString(dir.resolve("contacts.ndjson"), String.join("\n",
                "{\"familyId\": \"f01\", \"date\": \"2025-08-05\"}",
                "{\"familyId\": \"f02\", \"date\": \"2025-12-24\", \"channel\": \"phone\"}") + "\n");
        CoverageTally tally = CoverageTally.of(Roster.of(Family.of("f01", "race-ethnicity:asian"),
                Family.of("f02", "race-ethnicity:black", "iep")), SchoolCalendar.defaults(), GUARDIAN_GOAL);
        tally.add(contact("f01", 2025, 8, 5));
        tally.add(contact("f02", 2025, 12, 24));

        Run run = Cli.run("coverage", "--roster", roster.toString(), "--contacts", contacts.toString(), "--format",
                "json");

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readCoverage(run.out(), "stdout")).isEqualTo(tally.result());
    }

    @Test
    void theOutreachListGoesToItsFileOnlySortedUnderAFamilyIdHeader() throws Exception {
        Path q1 = dir.resolve("q1.csv");
        Path q2 = dir.resolve("q2.csv");

        Run first = coverage("--min-cell", "3", "--unreached", "2025-26 Q1", "--unreached-out", q1.toString());
        Run second = coverage("--min-cell", "3", "--format", "json", "--unreached", "2025-26 Q2", "--unreached-out",
                q2.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(Files.readString(q1, StandardCharsets.UTF_8)).isEqualTo("family_id\nf04\nf07\nf08\n");
        assertThat(Files.readString(q2, StandardCharsets.UTF_8))
                .isEqualTo("family_id\nf01\nf03\nf06\nf09\nf10\nf11\nf12\n");
        assertThat(first.out()).isEqualTo(coverage("--min-cell", "3").out());
        assertThat(first.err()).isEqualTo(counts() + q1 + ": 3 families not reached in 2025-26 Q1\n");
        for (Run run : List.of(first, second)) {
            assertThat(run.out() + run.err()).doesNotContain("f01", "f03", "f04", "f07", "f08");
        }
        assertThat(JSON.rosterReader().read(q1).roster().families()).extracting(Family::id)
                .containsExactly("f04", "f07", "f08");
    }

    @Test
    void anOutreachListNeutralisesCellsASpreadsheetWouldRunAndQuotesCommas() throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.jsonl"), String.join("\n",
                "{\"familyId\": \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"}", "{\"familyId\": \"-5\"}",
                "{\"familyId\": \"smith, j\"}", "{\"familyId\": \"f01\"}") + "\n");
        Path contacts = Files.writeString(dir.resolve("contacts.csv"), "family_id,date\nf01,2025-09-01\n");
        Path list = dir.resolve("list.csv");

        Run run = Cli.run("coverage", "--roster", roster.toString(), "--contacts", contacts.toString(),
                "--unreached", "2025-26 Q1", "--unreached-out", list.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(list, StandardCharsets.UTF_8)).isEqualTo("family_id\n'-5\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n\"smith, j\"\n");
    }

    @Test
    void anOutreachListForAPeriodNotReportedIsAUsageErrorAndPrintsNothing() {
        Path file = dir.resolve("list.csv");

        Run run = coverage("--unreached", "2025-26 Q3", "--unreached-out", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("rubric: --unreached: no period '2025-26 Q3' in this report; its periods are"
                + " ['2025-26 Q1', '2025-26 Q2']");
        assertThat(file).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--min-cell 3 --no-suppression | --min-cell and --no-suppression exclude each other",
        "--min-cell 1 | --min-cell: must be at least 2",
        "--from 2025-08-01 | --from and --to go together",
        "--from 2025-08-01 --to 2025-07-31 | --to: must not be before --from 2025-08-01; was 2025-07-31",
        "--from 2025-02-30 --to 2025-12-31 | '2025-02-30' is not a day of the calendar",
        "--unreached 2025-26 | --unreached and --unreached-out go together",
        "--year-start 08-29 | a school year must start on day 01 to 28 of a month",
        "--year-start 8-1 | '8-1' is not a day of the year; expected MM-DD",
        "--instrument four-versions-of-partnerships | --instrument: 'four-versions-of-partnerships' is not a survey (its"
                + " kind is archetype-matrix); only a survey has contact goals",
        "--goal weekly-calls | --goal: survey 'guardian-survey' has no contact goal 'weekly-calls'; its goals are"
                + " [quarterly-teacher-contact]",
        "--target 0 | --target: must be 1 to 100; was 0",
        "--gap-threshold 101 | --gap-threshold: must be 0 to 100; was 101",
        "--groups iep,bad!id | --groups: 'bad!id' is not a well-formed id",
        "--period fortnight | Invalid value for option '--period'",
        "--format csv | Invalid value for option '--format'"})
    void aWrongOptionIsAUsageErrorNamingIt(String options, String message) {
        Run run = coverage(options.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).contains("Try 'rubric coverage --help'");
    }

    @Test
    void theRosterAndTheContactsAreRequired() {
        Run run = Cli.run("coverage", "--roster", ROSTER_FILE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing required option: '--contacts=FILE'");
    }

    @Test
    void theHelpSaysFamilyIdsAreNeverPrintedAndWhatTheDefaultsAre() {
        Run run = Cli.run("coverage", "--help");

        assertThat(run.exitCode()).isZero();
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("Family ids are never printed", "--unreached-out",
                "--no-suppression", "for internal use only", "default: guardian-survey", "default: 08-01",
                "groups of fewer than K families", "100% of families per quarter", "4 out of memory");
        assertThat(run.err()).isEmpty();
    }
}
