package org.engagementrubrics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTable;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.PeriodCoverage;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    CoverageOptions options;

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
        CoverageSettings settings = CoverageSettings.of(options, instrument, spec.commandLine());
        if ((unreached == null) != (unreachedOut == null)) {
            throw new ParameterException(spec.commandLine(), "--unreached and --unreached-out go together: give the "
                    + "period and the file of the outreach list");
        }
        PrintWriter err = spec.commandLine().getErr();
        CoverageInput input = CoverageInput.read(roster, contacts, options, settings, err, root().interactive());
        CoverageResult result = input.result();
        if (unreached != null) {
            writeOutreachList(input.tally(), result, err);
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
        return input.bad() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
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

    private RubricCli root() {
        return (RubricCli) spec.root().userObject();
    }
}
