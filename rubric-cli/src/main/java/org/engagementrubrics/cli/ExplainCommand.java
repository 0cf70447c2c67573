package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.json.Contents;
import org.engagementrubrics.json.ResponseReader;
import picocli.CommandLine.Command;

/**
 * {@code rubric explain}: scores responses and prints only the plain-text explanations, each as soon as it is
 * made.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Score responses and print only the explanations.",
        description = {"Scores responses on an instrument like 'rubric score' and prints only the plain-text "
                + "explanation of each result, separated by a blank line, each as soon as it is scored.",
                "--response may also be a stored result of the instrument, or a JSON array of them: a compact one "
                        + "('rubric score --compact') has its explanation rebuilt from --instrument.",
                "For a stream, each bad record's problems go to standard error as it is read, and the counts at "
                        + "the end."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained, every record good", "1:a bad record, or an invalid or unreadable file",
                "2:usage error (such as an unknown instrument id)", "3:internal error",
                "4:out of memory (give Java more: java -Xmx2g -jar rubric.jar ...)"})
final class ExplainCommand extends ScoringCommand {

    @Override
    public Integer call() {
        return score();
    }

    @Override
    Contents open(ResponseReader reader, Path file) {
        return reader.openAny(file);
    }

    @Override
    ResultFormat problemFormat() {
        return ResultFormat.TEXT;
    }

    @Override
    ResultSink results(PrintWriter out, boolean array) {
        return new ResultSink() {
            private boolean first = true;

            @Override
            public void add(ScoreResult result) {
                if (!first) {
                    out.println();
                }
                first = false;
                out.print(result.explanation().toText());
                out.flush();
            }
        };
    }
}
