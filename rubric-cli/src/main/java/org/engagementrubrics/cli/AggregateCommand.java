package org.engagementrubrics.cli;

import java.io.PrintWriter;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.Command;

/**
 * {@code rubric aggregate}: the raters' values per subject and unit, with their distribution, median, spread
 * and the raters far from the median.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Aggregate many raters' responses per subject and unit.",
        description = {"Reads responses of many raters on one instrument, grouped by subject id and rater id (a "
                + "rater's latest response for a subject counts; the others are reported as superseded), and prints "
                + "per subject and unit the full distribution over the scale, the values missing and why, for "
                + "ordered values the median, range and interquartile range and the raters 2 or more steps from "
                + "the median, the mean of ratings and the modal values (a tie lists them all).",
                "A survey is refused (exit 2): its respondents are families, not a panel of raters, and a panel "
                        + "keeps one entry per rater; use 'rubric score' or 'rubric compare' for a survey.",
                "With --format json the aggregate is one consensus document (docs/format.md).",
                "For a stream, each bad record's problems go to standard error as it is read, and the counts at "
                        + "the end."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:aggregated, every record good", "1:a bad record, or an invalid or unreadable file",
                "2:usage error (such as an unknown instrument id)", "3:internal error",
                "4:out of memory (give Java more: java -Xmx2g -jar rubric.jar ...)"})
final class AggregateCommand extends PanelCommand {

    @Override
    void print(Panel panel, PrintWriter out) {
        Consensus consensus = Consensus.of(panel);
        out.print(format == OutputFormat.JSON ? RubricJson.defaults().write(consensus)
                : consensus.explanation().toText());
    }
}
