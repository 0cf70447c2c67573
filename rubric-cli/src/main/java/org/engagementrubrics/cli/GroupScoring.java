package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.groups.GroupedTally;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.json.Contents;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.json.roster.RosterRead;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code rubric score --by-group}: the pooled result of all responses and of each roster group, each response
 * joined to the roster by its rater id as it is read. The responses go into a {@link GroupedTally}, so memory
 * holds the roster and one tally per group, never the responses.
 */
final class GroupScoring {

    /**
     * What {@code --roster}, {@code --min-cell} and {@code --no-suppression} asked for.
     *
     * @param roster the roster file, not null
     * @param rule the small-cell rule, not null
     */
    record Request(Path roster, SmallCellRule rule) {
        Request {
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(rule, "rule");
        }
    }

    private GroupScoring() {
    }

    /**
     * Checks that the instrument pools its responses and that the output format can hold its results by group.
     *
     * @throws ParameterException if not (exit 2)
     */
    static void requireFits(PreparedInstrument<Instrument, ScoreResult> prepared, ResultFormat format,
            CommandLine commandLine) {
        Instrument instrument = prepared.instrument();
        if (!prepared.summarizes()) {
            throw new ParameterException(commandLine, "--by-group pools responses by roster group, but "
                    + instrument.id() + " is " + withArticle(instrument.kind().kindName())
                    + ", scored one response at a time; use it on a survey, conditions assessment, district"
                    + " indicators or checklist");
        }
        if (format != ResultFormat.TEXT && !(instrument instanceof Survey)) {
            throw new ParameterException(commandLine, "--by-group --format " + format.name().toLowerCase(Locale.ROOT)
                    + " writes survey results by group (survey-by-group-result) only, and " + instrument.id() + " is "
                    + withArticle(instrument.kind().kindName()) + "; use --format text");
        }
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /**
     * Reads the roster, then the responses, and prints the results by group; problems of the roster's rows and of
     * the responses go to standard error as for any stream.
     *
     * @return the exit code: {@value ExitCodes#PROBLEMS} if a roster row or a record was bad, or no record good
     * @throws org.engagementrubrics.json.FormatException if the roster or a single response document cannot be
     *     read (exit 1)
     * @throws OutOfMemory if Java runs out of memory (exit 4)
     */
    static int score(Request request, PreparedInstrument<Instrument, ScoreResult> prepared, Path responses,
            ResultFormat format, CommandLine commandLine, boolean interactive) {
        RubricJson json = RubricJson.defaults();
        RosterRead roster = json.rosterReader().read(request.roster());
        GroupedTally<ScoreResult> tally = GroupedTally.of(prepared, roster.roster());
        PrintWriter out = commandLine.getOut();
        StreamReport report = StreamReport.of(format, commandLine.getErr(), responses, interactive);
        ResponseStream stream = null;
        try (Contents contents = json.responseReader(prepared).open(responses)) {
            report.roster(request.roster(), roster);
            int good = 1;
            if (contents instanceof Contents.Responses records) {
                stream = records.stream();
                good = stream(stream, tally, report);
            } else {
                tally.add(((Contents.Document) contents).checked());
            }
            if (good > 0) {
                print(tally.result(request.rule()), format, json, out);
            }
            return report.finish(good);
        } catch (OutOfMemoryError e) {
            tally = null; // let the tallies go before anything else is made
            report.interrupted();
            throw stream == null ? OutOfMemory.reading(responses, e)
                    : OutOfMemory.afterReading(responses, (long) stream.good() + stream.bad(), e);
        }
    }

    private static int stream(ResponseStream stream, GroupedTally<ScoreResult> tally, StreamReport report) {
        while (stream.hasNext()) {
            ResponseRecord record = stream.next();
            if (record.isGood()) {
                tally.add(record.checked());
            } else {
                report.bad(record);
            }
            report.progress(stream.good(), stream.bad());
        }
        return stream.good();
    }

    /** The results of a survey: {@link #requireFits} let no other kind reach a JSON format. */
    @SuppressWarnings("unchecked")
    private static GroupedResult<SurveyResult> surveys(GroupedResult<ScoreResult> result) {
        return (GroupedResult<SurveyResult>) (GroupedResult<?>) result;
    }

    private static void print(GroupedResult<ScoreResult> result, ResultFormat format, RubricJson json,
            PrintWriter out) {
        switch (format) {
            case JSON -> out.print(json.write(surveys(result)));
            case JSONL -> {
                out.print(json.writeLine(surveys(result)));
                out.print('\n');
            }
            default -> {
                out.println("[" + result.instrument() + ", " + ResultLines.responses(result.all()) + ", by roster group]");
                out.print(result.explanationWithResults().toText());
                out.println();
            }
        }
        out.flush();
    }
}
