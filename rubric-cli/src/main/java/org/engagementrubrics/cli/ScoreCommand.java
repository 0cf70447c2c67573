package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.util.List;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.ResponsePool;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rubric score}: scores responses on an instrument and prints the results.
 */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Score responses on an instrument and print the results.",
        description = {"Scores responses on an instrument. A staged rubric or an archetype matrix gives one "
                + "result per response; the other kinds give one result pooled over every good response.",
                "text prints each result's instrument, responses and explanation; json prints the result "
                        + "document, or, for a stream of responses on a staged rubric or archetype matrix, a JSON "
                        + "array of result documents (one per good response, in file order).",
                "For a stream, each bad record's problems and the counts of good and bad records go to standard "
                        + "error at the end (with a progress line while reading, on a terminal). With --format json, "
                        + "standard error holds instead one JSON array of problem objects {source, pointer, line, "
                        + "column, code, message, severity}, as 'rubric validate --format json' prints."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored, every record good", "1:a bad record, or an invalid or unreadable file",
                "2:usage error (such as an unknown instrument id)", "3:internal error"})
final class ScoreCommand extends ScoringCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        Outcome outcome = score();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            RubricJson json = RubricJson.defaults();
            if (outcome.streamed() && outcome.perResponse()) {
                out.print(json.writeResults(outcome.results()));
            } else {
                outcome.results().forEach(result -> out.print(json.write(result)));
            }
        } else {
            for (ScoreResult result : outcome.results()) {
                out.println("[" + result.instrument() + ", " + responses(result) + "]");
                out.print(result.explanation().toText());
                out.println();
            }
        }
        out.flush();
        return outcome.finish(spec.commandLine().getErr(), response, format);
    }

    /**
     * Says which responses a result scored: the ids of a result of one response ("response r-1"), the count
     * and the shared subject of a pooled one ("12 responses, subject school-12").
     */
    static String responses(ScoreResult result) {
        ResponsePool pool = pool(result);
        if (pool != null) {
            return pool.count() + (pool.count() == 1 ? " response" : " responses")
                    + (pool.subjectId() == null ? "" : ", subject " + pool.subjectId());
        }
        List<String> ids = responseIds(result);
        if (ids.size() == 1) {
            return "response " + ids.get(0);
        }
        return ids.size() <= 3 ? "responses " + String.join(", ", ids) : ids.size() + " responses";
    }

    /** Returns the pool of a pooled result, or null for a result of responses scored one by one. */
    static ResponsePool pool(ScoreResult result) {
        if (result instanceof RatingResult rating) {
            return rating.responses();
        } else if (result instanceof RollupResult rollup) {
            return rollup.responses();
        } else if (result instanceof ChecklistResult checklist) {
            return checklist.responses();
        } else if (result instanceof SurveyResult survey) {
            return survey.responses();
        }
        return null;
    }

    /** Returns the response ids of a result of responses scored one by one. */
    static List<String> responseIds(ScoreResult result) {
        if (result instanceof MatrixResult matrix) {
            return matrix.responseIds();
        } else if (result instanceof ArchetypeResult archetype) {
            return archetype.responseIds();
        }
        return ((StageResult) result).responseIds();
    }
}
