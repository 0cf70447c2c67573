package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePlacement;
import org.engagementrubrics.core.scoring.TiePolicy;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code aggregate} and {@code agreement} share: the instrument, the responses of many raters read like
 * {@code rubric score} reads them, the strategies and the subject filter, gathered into a {@link Panel}.
 */
abstract class PanelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--instrument", required = true, paramLabel = "ID|FILE",
            description = "The instrument: an id from 'rubric catalog list' (its newest version), else the path "
                    + "of an instrument file.")
    String instrument;

    @Option(names = "--response", required = true, paramLabel = "FILE",
            description = "The raters' responses: a JSON Lines file (.jsonl, .ndjson; one response per line), a file "
                    + "holding a JSON array of responses, or one response document; a pipe or /dev/stdin as for "
                    + "'rubric score'.")
    Path response;

    @Option(names = "--subject", paramLabel = "ID", description = "Only the responses for this subject.")
    String subject;

    @Option(names = "--tie-policy", paramLabel = "POLICY", defaultValue = "report",
            converter = ScoringCommand.TiePolicyConverter.class,
            description = "What a tie for the best fit of a matrix row becomes: report (default; the rater then has "
                    + "no value for the row), lower-level or higher-level.")
    TiePolicy tiePolicy;

    @Option(names = "--placement", paramLabel = "PLACEMENT", defaultValue = "best-fit-count",
            converter = ScoringCommand.PlacementConverter.class,
            description = "How a staged rubric's standards are placed on a stage: best-fit-count (default), "
                    + "best-fit-share or cumulative:T.")
    StagePlacement placement;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default): the report in words; json: the report as one JSON document (see "
                    + "docs/format.md).")
    OutputFormat format;

    /**
     * Prints what the command makes of the panel.
     *
     * @param panel the panel, of the chosen subject only when --subject is given
     * @param out standard output, in the chosen {@link #format}
     */
    abstract void print(Panel panel, PrintWriter out);

    /**
     * Checks the command's own options before any response is read.
     *
     * @throws picocli.CommandLine.ParameterException if an option is out of range (exit 2)
     */
    void checkOptions() {
    }

    /**
     * Reads the responses into a panel and prints it; for a stream, each bad record's problems on standard
     * error as it is read, and the counts at the end.
     *
     * @return the exit code: {@value ExitCodes#PROBLEMS} if a record was bad or a stream held no good one
     */
    @Override
    public Integer call() {
        checkOptions();
        Instrument scored = InstrumentOption.instrument(instrument, spec.commandLine());
        PanelInput.requireRaters(scored, spec.commandLine());
        RubricJson json = RubricJson.defaults();
        PreparedInstrument<Instrument, ScoreResult> prepared = ScoringEngine.defaults()
                .withValidator(json.validator()).withTiePolicy(tiePolicy).withStagePlacement(placement)
                .prepare(scored);
        PrintWriter out = spec.commandLine().getOut();
        PanelInput input = PanelInput.read(prepared, response, spec.commandLine().getErr(),
                ((RubricCli) spec.root().userObject()).interactive());
        Panel panel = input.panel();
        print(subject == null ? panel : panel.only(subject), out);
        out.flush();
        return input.exit();
    }
}
