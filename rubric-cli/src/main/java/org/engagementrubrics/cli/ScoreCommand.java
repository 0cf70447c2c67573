package org.engagementrubrics.cli;

import java.io.PrintWriter;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.json.ArrayWriter;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
                "Each result of a stream is printed as soon as it is scored and none is kept, so a stream on a "
                        + "staged rubric or archetype matrix is scored in constant memory.",
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

    @Override
    public Integer call() {
        return score();
    }

    @Override
    ResultFormat problemFormat() {
        return format;
    }

    @Override
    ResultSink results(PrintWriter out, boolean array) {
        RubricJson json = RubricJson.defaults();
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
