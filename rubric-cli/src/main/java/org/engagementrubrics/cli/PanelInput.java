package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.json.Contents;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The responses of many raters read into a {@link Panel} as {@code rubric aggregate} and {@code rubric agreement}
 * read them, for them and for {@code rubric report}: for a stream, each bad record's problems on standard error as
 * it is read, and the counts at the end.
 *
 * @param panel the panel of every good response
 * @param exit {@value ExitCodes#PROBLEMS} if a record was bad or a stream held no good one, else OK
 */
record PanelInput(Panel panel, int exit) {

    /**
     * Checks that an instrument has raters to gather into a panel: a survey has respondents instead.
     *
     * @param instrument the instrument
     * @param commandLine the command, for its usage error
     * @throws ParameterException if the instrument is a survey (exit 2)
     */
    static void requireRaters(Instrument instrument, CommandLine commandLine) {
        if (instrument.kind() == InstrumentKind.SURVEY) {
            throw new ParameterException(commandLine, "'" + instrument.id() + "' is a survey: its respondents"
                    + " are families reporting their own experience, not a panel of raters, and a panel would keep"
                    + " one entry per family. For a survey's figures use 'rubric score' (pooled, in constant memory)"
                    + " or 'rubric score --by-group --roster FILE'; for change over time 'rubric compare'.");
        }
    }

    /**
     * Reads the responses.
     *
     * @param prepared the instrument, prepared with the strategies asked for
     * @param file the responses
     * @param err standard error
     * @param interactive whether a progress line is shown
     * @return the panel and the exit code
     */
    static PanelInput read(PreparedInstrument<Instrument, ScoreResult> prepared, Path file, PrintWriter err,
            boolean interactive) {
        RubricJson json = RubricJson.defaults();
        Panel.Builder builder = Panel.builder(prepared);
        int exit = ExitCodes.OK;
        try (Contents contents = json.responseReader(prepared).open(file)) {
            if (contents instanceof Contents.Responses responses) {
                exit = stream(responses.stream(), builder, file, err, interactive);
            } else {
                builder.add(((Contents.Document) contents).checked());
            }
        } catch (OutOfMemoryError e) {
            throw OutOfMemory.reading(file, e);
        }
        return new PanelInput(builder.build(), exit);
    }

    private static int stream(ResponseStream stream, Panel.Builder builder, Path file, PrintWriter err,
            boolean interactive) {
        StreamReport report = StreamReport.of(ResultFormat.TEXT, err, file, interactive);
        while (stream.hasNext()) {
            ResponseRecord record = stream.next();
            if (!record.isGood()) {
                report.bad(record);
            } else {
                builder.add(record.checked());
            }
            report.progress(stream.good(), stream.bad());
        }
        return report.finish(stream.good());
    }
}
