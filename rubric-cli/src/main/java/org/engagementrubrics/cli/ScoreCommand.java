package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.json.ArrayWriter;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code rubric score}: scores responses on an instrument and prints each result as soon as it is made.
 */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Score responses on an instrument and print the results.",
        description = {"Scores responses on an instrument. A staged rubric or an archetype matrix gives one "
                + "result per response; the other kinds give one result pooled over every good response.",
                "text prints each result's instrument, responses and explanation; json prints the result "
                        + "document, or, for a stream of responses on a staged rubric or archetype matrix, a JSON "
                        + "array of result documents (one per good response, in file order); jsonl prints each "
                        + "result document on one line, without indentation.",
                "Each result of a stream is printed as soon as it is scored and no response is kept: a stream on a "
                        + "staged rubric or archetype matrix keeps nothing per response, and the other kinds count each "
                        + "good response as it is read, so any stream is scored in constant memory.",
                "--by-group --roster FILE (pooled kinds only) prints the result of all responses, then of each group of "
                        + "the roster (a CSV or JSON Lines file of families and their groups), each response joined to "
                        + "the roster by its rater id; a response whose rater is not on the roster counts in all "
                        + "responses and in no group. A group with fewer than K families that responded (--min-cell, "
                        + "default 10) is withheld, and so is, within its partition, any group that would reveal it by "
                        + "subtraction; --no-suppression withholds nothing. The roster's bad rows are reported like "
                        + "bad records and left out. text prints the explanation with each result's under its group; "
                        + "json and jsonl print the survey-by-group-result document (a survey only).",
                "For a stream, each bad record's problems go to standard error as it is read, and the counts of "
                        + "good and bad records at the end (with a progress line while reading, on a terminal). "
                        + "With --format json, standard error holds instead one JSON array of problem objects "
                        + "{source, pointer, line, column, code, message, severity}, as 'rubric validate --format "
                        + "json' prints; with jsonl, one such object per line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored, every record good", "1:a bad record, or an invalid or unreadable file",
                "2:usage error (such as an unknown instrument id)", "3:internal error",
                "4:out of memory (give Java more: java -Xmx2g -jar rubric.jar ...)"})
final class ScoreCommand extends ScoringCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or jsonl.")
    ResultFormat format;

    @Option(names = "--compact", description = "With --format json or jsonl: write each result compact, for "
            + "storage, without its explanation text ('rubric explain --instrument' rebuilds it).")
    boolean compact;

    @Option(names = "--by-group", description = "Pool the responses by roster group (needs --roster; pooled kinds "
            + "only).")
    boolean byGroup;

    @Option(names = "--roster", paramLabel = "FILE", description = "With --by-group: the roster, CSV (.csv) or JSON "
            + "Lines (.jsonl, .ndjson): each family's id, which its responses carry as rater id, and its groups.")
    Path roster;

    @Option(names = "--min-cell", paramLabel = "K", description = "With --by-group: the fewest families that "
            + "responded for a group's result to be shown, at least 2 (default 10).")
    Integer minCell;

    @Option(names = "--no-suppression", description = "With --by-group: withhold no group (for internal lists that "
            + "are never published).")
    boolean noSuppression;

    @Override
    public Integer call() {
        return score();
    }

    @Override
    GroupScoring.Request byGroup() {
        CommandLine commandLine = spec.commandLine();
        if (compact && (format == ResultFormat.TEXT || byGroup)) {
            throw new ParameterException(commandLine, "--compact goes with --format json or jsonl, without --by-group"
                    + " (results by group are written in full)");
        }
        if (!byGroup) {
            String alone = roster != null ? "--roster" : minCell != null ? "--min-cell" : noSuppression
                    ? "--no-suppression" : null;
            if (alone != null) {
                throw new ParameterException(commandLine, alone + " goes with --by-group");
            }
            return null;
        }
        if (roster == null) {
            throw new ParameterException(commandLine, "--by-group needs --roster FILE: the families and their groups");
        }
        if (minCell != null && noSuppression) {
            throw new ParameterException(commandLine, "--min-cell and --no-suppression exclude each other");
        }
        SmallCellRule rule = SmallCellRule.defaults();
        if (noSuppression) {
            rule = SmallCellRule.off();
        } else if (minCell != null) {
            try {
                rule = SmallCellRule.minimum(minCell);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(commandLine, "--min-cell " + minCell + ": the smallest group shown must"
                        + " have at least 2 families (use --no-suppression to withhold nothing)");
            }
        }
        return new GroupScoring.Request(roster, rule);
    }

    @Override
    ResultFormat problemFormat() {
        return format;
    }

    @Override
    ResultSink results(PrintWriter out, boolean array) {
        RubricJson json = compact ? RubricJson.defaults().withCompactResults() : RubricJson.defaults();
        switch (format) {
            case JSON:
                if (array) {
                    ArrayWriter<ScoreResult> writer = json.resultArrayWriter(out);
                    return new ResultSink() {
                        @Override
                        public void add(ScoreResult result) {
                            writer.write(result);
                        }

                        @Override
                        public void finish() {
                            writer.close();
                        }
                    };
                }
                return result -> {
                    out.print(json.write(result));
                    out.flush();
                };
            case JSONL:
                return result -> {
                    out.print(json.writeLine(result));
                    out.print('\n');
                    out.flush();
                };
            default:
                return result -> {
                    out.println("[" + result.instrument() + ", " + ResultLines.responses(result)
                            + "]");
                    out.print(result.explanation().toText());
                    out.println();
                };
        }
    }
}
