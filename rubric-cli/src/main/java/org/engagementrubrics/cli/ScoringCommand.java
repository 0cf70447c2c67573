package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePlacement;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.StagePointsScheme;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.scoring.TiePolicy;
import org.engagementrubrics.json.Contents;
import org.engagementrubrics.json.ResponseReader;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code score} and {@code explain} share: the instrument, the responses, the strategies, and scoring a
 * single response document or a stream of them, each result printed as soon as it is made.
 */
abstract class ScoringCommand implements Callable<Integer> {

    /** The most records pooled between two looks at the progress line: about a millisecond of reading. */
    private static final int POOL_BATCH = 1024;

    @Spec
    CommandSpec spec;

    @Option(names = "--instrument", required = true, paramLabel = "ID|FILE",
            description = "The instrument: an id from 'rubric catalog list' (its newest version), else the path "
                    + "of an instrument file.")
    String instrument;

    @Option(names = "--response", required = true, paramLabel = "FILE",
            description = "A response document, or many responses: a JSON Lines file (.jsonl, .ndjson; one "
                    + "response per line) or a file holding a JSON array of responses. A file whose name ends in none of "
                    + ".json, .jsonl, .ndjson (a pipe, /dev/stdin) is read as JSON Lines when its first value is an "
                    + "object and the next non-blank line starts another value.")
    Path response;

    @Option(names = "--tie-policy", paramLabel = "POLICY", defaultValue = "report",
            converter = TiePolicyConverter.class,
            description = "What a tie for the best fit of a matrix row becomes: report (default), lower-level or "
                    + "higher-level.")
    TiePolicy tiePolicy;

    @Option(names = "--placement", paramLabel = "PLACEMENT", defaultValue = "best-fit-count",
            converter = PlacementConverter.class,
            description = "How a staged rubric's standards are placed on a stage: best-fit-count (default), "
                    + "best-fit-share or cumulative:T (the highest stage, climbing in order, whose share of marked "
                    + "statements is at least T, 0 < T <= 1).")
    StagePlacement placement;

    /** The instrument as read by {@link #score()}, before any result is made (a pipe is read only once). */
    Instrument read;
    @Option(names = "--points-scheme", paramLabel = "FILE",
            description = "Staged rubrics only: a stage-points-scheme document (points per stage position, weights "
                    + "per standard, what an unplaced standard counts as); each result then also gives the standards' "
                    + "points and their total beside the best-fit placements.")
    Path pointsScheme;

    /**
     * Returns where this command prints the results, as they are made.
     *
     * @param out standard output
     * @param array whether the results are those of a stream on a per-response kind (as many as good records)
     * @return the sink
     */
    abstract ResultSink results(PrintWriter out, boolean array);

    /**
     * Returns what {@code --by-group} asked for, having checked the options that go with it.
     *
     * @return the request, or null to score without a roster
     * @throws picocli.CommandLine.ParameterException if the options do not fit together (exit 2)
     */
    GroupScoring.Request byGroup() {
        return null;
    }

    /**
     * Returns how this command reports the bad records of a stream on standard error.
     *
     * @return the format of the problems
     */
    abstract ResultFormat problemFormat();

    /**
     * Scores the responses and prints each result as it is made, keeping none: a staged rubric or an archetype
     * matrix one result per response, other kinds one result pooled over every good response. For a stream,
     * each bad record's problems on standard error as it is read, a progress line on a terminal and, at the end,
     * the counts.
     *
     * @return the exit code: {@value ExitCodes#PROBLEMS} if a record was bad or a stream held no good one
     * @throws org.engagementrubrics.json.FormatException if the instrument or a single response document is
     *     invalid or cannot be read (exit 1)
     * @throws picocli.CommandLine.ParameterException if the instrument is neither a catalog id nor a file
     *     (exit 2)
     * @throws OutOfMemory if Java runs out of memory reading or scoring the responses (exit 4)
     */
    final int score() {
        Instrument scored = InstrumentOption.instrument(instrument, spec.commandLine());
        read = scored;
        RubricJson json = RubricJson.defaults();
        ScoringEngine engine = ScoringEngine.defaults()
                .withValidator(json.validator()).withTiePolicy(tiePolicy).withStagePlacement(placement);
        PreparedInstrument<Instrument, ScoreResult> prepared = withPoints(engine, scored, json).prepare(scored);
        GroupScoring.Request byGroup = byGroup();
        if (byGroup != null) {
            GroupScoring.requireFits(prepared, problemFormat(), spec.commandLine());
            return GroupScoring.score(byGroup, prepared, response, problemFormat(), spec.commandLine(),
                    root().interactive());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Contents contents = open(json.responseReader(prepared), response)) {
            if (contents instanceof Contents.Responses responses) {
                return stream(responses.stream(), prepared, out);
            }
            if (contents instanceof Contents.Results stored) {
                ResultSink sink = results(out, true);
                stored.results().forEach(sink::add);
                sink.finish();
                return ExitCodes.OK;
            }
            Contents.Document document = (Contents.Document) contents;
            ResultSink sink = results(out, false);
            if (document.value() instanceof ScoreResult stored) {
                sink.add(stored);
            } else if (document.checked() != null) {
                sink.add(prepared.score(document.checked()));
            } else {
                throw new ParameterException(spec.commandLine(), "--response " + response + " holds neither "
                        + "responses nor a result: " + document.value().getClass().getSimpleName());
            }
            sink.finish();
            return ExitCodes.OK;
        } catch (OutOfMemoryError e) {
            throw OutOfMemory.reading(response, e);
        }
    }

    /**
     * Gives the engine the points scheme of {@code --points-scheme}, if any, checked against the instrument.
     *
     * @throws ParameterException if the instrument is not a staged rubric, or the scheme does not fit it (exit 2)
     * @throws org.engagementrubrics.json.FormatException if the scheme file cannot be read or is invalid (exit 1)
     */
    private ScoringEngine withPoints(ScoringEngine engine, Instrument scored, RubricJson json) {
        if (pointsScheme == null) {
            return engine;
        }
        if (!(scored instanceof StagedRubric rubric)) {
            throw new ParameterException(spec.commandLine(), "--points-scheme goes with a staged rubric; "
                    + scored.id() + " is of kind " + scored.kind().kindName());
        }
        StagePointsScheme scheme = json.readStagePointsScheme(pointsScheme);
        try {
            scheme.requireFits(rubric);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--points-scheme " + pointsScheme + ": "
                    + e.getMessage());
        }
        return engine.withStagePoints(scheme);
    }

    /**
     * Opens the responses: {@code score} reads responses only; {@code explain} also reads stored results.
     *
     * @param reader the reader, checking against the prepared instrument
     * @param file the file of responses
     * @return what the file holds, to be closed
     */
    Contents open(ResponseReader reader, Path file) {
        return reader.open(file);
    }

    /**
     * Scores each good record as it is read; every record was checked once, by the reader. A pooled kind is
     * counted in a {@link Tally} that keeps no response, so memory does not grow with the stream, fed by
     * {@link ResponseStream#pool} in batches so that the progress line moves (a response id that appears twice
     * is counted twice, as a tally counts it).
     */
    private int stream(ResponseStream stream, PreparedInstrument<Instrument, ScoreResult> prepared, PrintWriter out) {
        boolean perResponse = !prepared.summarizes();
        ResultSink sink = results(out, perResponse);
        Tally<ScoreResult> tally = perResponse ? null : prepared.tally();
        StreamReport report = StreamReport.of(problemFormat(), spec.commandLine().getErr(), response,
                root().interactive());
        try {
            while (stream.hasNext()) {
                if (perResponse) {
                    ResponseRecord record = stream.next();
                    if (record.isGood()) {
                        sink.add(prepared.score(record.checked()));
                    } else {
                        report.bad(record);
                    }
                } else {
                    // the first record alone, so that the progress line shows at once, as it does record by record
                    ResponseRecord bad = stream.pool(tally, tally.count() == 0 && stream.bad() == 0 ? 1 : POOL_BATCH);
                    if (bad != null) {
                        report.bad(bad);
                    }
                }
                report.progress(stream.good(), stream.bad());
            }
            if (!perResponse && stream.good() > 0) {
                sink.add(tally.result());
            }
        } catch (OutOfMemoryError e) {
            tally = null; // let the pooled counts go before anything else is made
            report.interrupted();
            throw OutOfMemory.afterReading(response, (long) stream.good() + stream.bad(), e);
        }
        sink.finish();
        out.flush();
        return report.finish(stream.good());
    }

    private RubricCli root() {
        return (RubricCli) spec.root().userObject();
    }

    /** Converts --tie-policy with {@link TiePolicies#byName(String)}. */
    static final class TiePolicyConverter implements ITypeConverter<TiePolicy> {
        @Override
        public TiePolicy convert(String value) {
            try {
                return TiePolicies.byName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts --placement with {@link StagePlacements#byName(String)}. */
    static final class PlacementConverter implements ITypeConverter<StagePlacement> {
        @Override
        public StagePlacement convert(String value) {
            try {
                return StagePlacements.byName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
