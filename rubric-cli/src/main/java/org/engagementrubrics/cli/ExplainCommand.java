package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.util.List;
import org.engagementrubrics.core.scoring.ScoreResult;
import picocli.CommandLine.Command;

/**
 * {@code rubric explain}: scores responses and prints only the plain-text explanations.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Score responses and print only the explanations.",
        description = {"Scores responses on an instrument like 'rubric score' and prints only the plain-text "
                + "explanation of each result, separated by a blank line.",
                "For a stream, each bad record's problems and the counts go to standard error at the end."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained, every record good", "1:a bad record, or an invalid or unreadable file",
                "2:usage error (such as an unknown instrument id)", "3:internal error"})
final class ExplainCommand extends ScoringCommand {

    @Override
    public Integer call() {
        Outcome outcome = score();
        PrintWriter out = spec.commandLine().getOut();
        List<ScoreResult> results = outcome.results();
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                out.println();
            }
            out.print(results.get(i).explanation().toText());
        }
        out.flush();
        return outcome.finish(spec.commandLine().getErr(), response);
    }
}
