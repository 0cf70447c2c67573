package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.util.List;
import org.engagementrubrics.core.scoring.ScoreResult;
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
                out.println("[" + result.instrument() + ", " + ResultLines.responses(result, ScoreCommand::responses)
                        + "]");
                out.print(result.explanation().toText());
                out.println();
            }
        }
        out.flush();
        return outcome.finish(spec.commandLine().getErr(), response, format);
    }

    private static String responses(List<String> ids) {
        if (ids.size() == 1) {
            return "response " + ids.get(0);
        }
        return ids.size() <= 3 ? "responses " + String.join(", ", ids) : ids.size() + " responses";
    }
}
