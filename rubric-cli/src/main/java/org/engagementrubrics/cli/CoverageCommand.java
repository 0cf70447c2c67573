package org.engagementrubrics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTable;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.PeriodCoverage;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.json.roster.ContactStream;
import org.engagementrubrics.json.roster.RosterRead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rubric coverage}: how many families on a roster were reached at least once per period, overall and
 * by group, from a file of contact records streamed in constant memory, against a survey's contact goal.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Report contact coverage: the families reached per period, overall and by group.",
        description = {"Reads a roster (each family and its groups) and a file of contact records (CSV, or JSON "
                + "Lines: .jsonl, .ndjson), and reports for each period how many families were reached at least "
                + "once, for all families and for each roster group a monitored group of the goal matches, with "
                + "the gap to the target and to all families; a group more than the gap threshold below all "
                + "families is flagged. The contacts are streamed: memory grows with families x periods, never "
                + "with the number of contacts.",
                "The goal is a survey's contact goal (by default the guardian survey's: 100%% of families per "
                        + "quarter, watching race-ethnicity, iep, multilingual-learner and free-reduced-lunch), its "
                        + "monitored groups named as the roster names them (racial-demographic-groups is "
                        + "race-ethnicity, students-with-ieps iep, multilingual-learners multilingual-learner); "
                        + "--target, --period, --groups and --gap-threshold change it.",
                "Privacy: by default a group of fewer than 10 families has its figures withheld, and so does any "
                        + "group whose figures would let a withheld one be worked out by subtraction; the output "
                        + "says which were withheld and why. --min-cell changes the minimum; --no-suppression "
                        + "shows every figure, for internal use only, and the output says that suppression is off. "
                        + "The report holds counts only. Family ids are never printed: the families not reached in "
                        + "a period go only to the file given with --unreached-out, as an outreach list.",
                "text prints the coverage table, then the explanation; json prints the coverage-result document "
                        + "(see docs/format.md). Each bad roster or contact row's problems go to standard error "
                        + "('file:line:column: pointer: [code] message') as the row is read, then the counts of "
                        + "good and bad rows; the report is made from the good rows."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reported, every row good", "1:a bad roster or contact row, or a file that cannot be read",
                "2:usage error (such as --min-cell with --no-suppression, or an unknown goal)", "3:internal error",
                "4:out of memory (give Java more: java -Xmx2g -jar rubric.jar ...)"})
final class CoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--roster", required = true, paramLabel = "FILE",
            description = "The roster: CSV with a family_id column and group columns, or JSON Lines (.jsonl, "
                    + ".ndjson) of {familyId, groups}.")
    Path roster;

    @Option(names = "--contacts", required = true, paramLabel = "FILE",
            description = "The contact records: CSV with family_id and date (yyyy-MM-dd) columns, or JSON Lines.")
    Path contacts;

    @Option(names = "--instrument", paramLabel = "ID|FILE", defaultValue = "guardian-survey",
            description = "The survey whose contact goal is measured: an id from 'rubric catalog list' or the path "
                    + "of a survey file (default: ${DEFAULT-VALUE}).")
    String instrument;

    @Option(names = "--goal", paramLabel = "ID",
            description = "The id of the survey's contact goal (default: its first).")
    String goal;

    @Option(names = "--target", paramLabel = "PERCENT",
            description = "The share of families to reach in every period, 1 to 100 (default: the goal's).")
    Integer target;

    @Option(names = "--groups", paramLabel = "GROUP", split = ",",
            description = "The monitored groups, instead of the goal's: a flag group such as iep, or a partition "
                    + "such as race-ethnicity (each of its values is a row); --groups '' monitors none.")
    List<String> groups;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "week, month, quarter, term or year (default: the goal's).")
    ContactPeriod period;

    @Option(names = "--year-start", paramLabel = "MM-DD", defaultValue = "08-01",
            converter = CoverageSettings.CalendarConverter.class,
            description = "The first day of every school year, day 01 to 28 (default: ${DEFAULT-VALUE}).")
    SchoolCalendar calendar;

    @Option(names = "--min-cell", paramLabel = "K",
            description = "Withhold the figures of groups of fewer than K families, K at least 2 (default: "
                    + SmallCellRule.DEFAULT_MINIMUM + ").")
    Integer minCell;

    @Option(names = "--no-suppression",
            description = "Withhold nothing, however small a group: for internal use only, never for publication.")
    boolean noSuppression;

    @Option(names = "--gap-threshold", paramLabel = "POINTS",
            description = "Flag a group more than POINTS percentage points below all families, 0 to 100 "
                    + "(default: " + CoverageGoal.DEFAULT_GAP_THRESHOLD + ").")
    Integer gapThreshold;

    @Option(names = "--from", paramLabel = "DATE", converter = CoverageSettings.DateConverter.class,
            description = "With --to: report every period from the one holding DATE (yyyy-MM-dd), contacts or "
                    + "not, and count the contacts of other periods as outside (default: from the first contact).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = CoverageSettings.DateConverter.class,
            description = "With --from: the last period reported is the one holding DATE (default: that of the "
                    + "last contact).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default): the table, then the explanation; json: the coverage-result document.")
    OutputFormat format;

    @Option(names = "--unreached", paramLabel = "PERIOD",
            description = "With --unreached-out: the label of a period reported, such as '2025-26 Q1', whose "
                    + "unreached families make the outreach list.")
    String unreached;

    @Option(names = "--unreached-out", paramLabel = "FILE",
            description = "With --unreached: write the ids of the families on the roster not reached in that "
                    + "period to FILE (CSV: a family_id header, one id per line, sorted). They are never printed.")
    Path unreachedOut;

    @Override
    public Integer call() {
        CoverageSettings settings = CoverageSettings.of(this);
        PrintWriter err = spec.commandLine().getErr();
        RosterRead read = readRoster(err);
        CoverageTally tally = CoverageTally.of(read.roster(), calendar, settings.goal());
        long badContacts = tally(tally, err);
        CoverageResult result = from == null ? tally.result(settings.rule())
                : tally.result(settings.rule(), from, to);
        if (unreached != null) {
            writeOutreachList(tally, result, err);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.print(RubricJson.defaults().write(result));
        } else {
            out.print(CoverageTable.of(result).toText());
            out.println();
            out.print(result.explanation().toText());
        }
        out.flush();
        if (settings.rule().isOff()) {
            err.println("rubric: small-cell suppression is off (--no-suppression): every group's figures are shown,"
                    + " however small; do not publish this report");
        }
        err.flush();
        return read.bad() > 0 || badContacts > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /** Reads the roster, printing the problems of its bad rows and the counts. */
    private RosterRead readRoster(PrintWriter err) {
        RosterRead read;
        try {
            read = RubricJson.defaults().rosterReader().read(roster);
        } catch (OutOfMemoryError e) {
            throw OutOfMemory.reading(roster, e);
        }
        read.problems().forEach(err::println);
        err.println(counts(roster, read.good(), read.bad()));
        err.flush();
        return read;
    }

    /**
     * Streams the contacts into the tally, each bad row's problems printed as it is read, a progress line on a
     * terminal; returns the number of bad rows.
     */
    private long tally(CoverageTally tally, PrintWriter err) {
        StreamReport.Progress progress = new StreamReport.Progress(err, root().interactive(), contacts);
        long[] read = new long[2];
        try (ContactStream stream = RubricJson.defaults().contactReader().stream(contacts, problem -> {
            progress.clear();
            err.println(problem);
            err.flush();
        })) {
            try {
                while (stream.hasNext()) {
                    tally.add(stream.next());
                    read[0] = stream.good();
                    read[1] = stream.bad();
                    progress.update(saturated(read[0]), saturated(read[1]));
                }
            } catch (OutOfMemoryError e) {
                progress.clear();
                throw OutOfMemory.afterReading(contacts, stream.good() + stream.bad(), e);
            }
            progress.clear();
            err.println(counts(contacts, stream.good(), stream.bad()));
            err.flush();
            return stream.bad();
        }
    }

    /** Writes the unreached families of the period named by --unreached to --unreached-out. */
    private void writeOutreachList(CoverageTally tally, CoverageResult result, PrintWriter err) {
        PeriodCoverage period = result.periods().stream().filter(p -> p.period().label().equals(unreached))
                .findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(), "--unreached: no period '"
                        + unreached + "' in this report; its periods are " + result.periods().stream()
                        .map(p -> "'" + p.period().label() + "'").toList()));
        List<String> ids = tally.unreachedFamilies(period.period());
        StringBuilder csv = new StringBuilder("family_id\n");
        ids.forEach(id -> csv.append(CoverageSettings.csvCell(id)).append('\n'));
        try {
            Files.writeString(unreachedOut, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--unreached-out: cannot write " + unreachedOut + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        err.println(unreachedOut + ": " + ids.size() + (ids.size() == 1 ? " family" : " families") + " not reached in "
                + unreached);
    }

    private static String counts(Path file, long good, long bad) {
        long rows = good + bad;
        return file + ": " + String.format(Locale.ROOT, "%d %s, %d good, %d bad", rows, rows == 1 ? "row" : "rows",
                good, bad);
    }

    private static int saturated(long count) {
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    private RubricCli root() {
        return (RubricCli) spec.root().userObject();
    }
}
