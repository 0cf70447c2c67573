package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePlacement;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.scoring.TiePolicy;
import org.engagementrubrics.json.Contents;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code score} and {@code explain} share: the instrument, the responses, the strategies, and reading a
 * single response document or a stream of them.
 */
abstract class ScoringCommand implements Callable<Integer> {

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

    /**
     * Scores the responses: a staged rubric or an archetype matrix one result per response, other kinds one
     * result pooled over every good response. For a stream, a progress line on a terminal and, at the end,
     * each bad record's problems and the counts on standard error.
     *
     * @return the results and, for a stream, the bad records and the counts
     * @throws org.engagementrubrics.json.FormatException if the instrument or a single response document is
     *     invalid or cannot be read (exit 1)
     * @throws picocli.CommandLine.ParameterException if the instrument is neither a catalog id nor a file
     *     (exit 2)
     */
    final Outcome score() {
        Instrument scored = InstrumentOption.instrument(instrument, spec.commandLine());
        RubricJson json = RubricJson.defaults();
        PreparedInstrument<Instrument, ScoreResult> prepared = ScoringEngine.defaults()
                .withValidator(json.validator()).withTiePolicy(tiePolicy).withStagePlacement(placement)
                .prepare(scored);
        try (Contents contents = json.responseReader(prepared).open(response)) {
            if (contents instanceof Contents.Responses responses) {
                return stream(responses.stream(), prepared);
            }
            CheckedResponse one = ((Contents.Document) contents).checked();
            return new Outcome(List.of(prepared.score(one)), false, false, List.of(), 1, 0);
        }
    }

    /** Scores each good record as it is read; every record was checked once, by the reader. */
    private Outcome stream(ResponseStream stream, PreparedInstrument<Instrument, ScoreResult> prepared) {
        boolean perResponse = !prepared.summarizes();
        List<ScoreResult> results = new ArrayList<>();
        List<CheckedResponse> pooled = new ArrayList<>();
        List<ResponseRecord> bad = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, root().interactive(), response);
        try {
            while (stream.hasNext()) {
                ResponseRecord record = stream.next();
                if (!record.isGood()) {
                    bad.add(record);
                } else if (perResponse) {
                    results.add(prepared.score(record.checked()));
                } else {
                    pooled.add(record.checked());
                }
                progress.update(stream.good(), stream.bad());
            }
        } finally {
            progress.clear();
        }
        int good = stream.good();
        if (!perResponse && good > 0) {
            results.add(prepared.summarizeChecked(pooled));
        }
        return new Outcome(results, true, perResponse, bad, good, bad.size());
    }

    /**
     * The results of a run and, for a stream, its counts.
     *
     * @param results the results
     * @param streamed whether the responses came from a stream
     * @param perResponse whether each response has its own result (a matrix instrument)
     * @param bad the bad records
     * @param good how many records were good
     * @param badCount how many records were bad
     */
    record Outcome(List<ScoreResult> results, boolean streamed, boolean perResponse, List<ResponseRecord> bad,
            int good, int badCount) {

        /**
         * Prints each bad record's problems and the counts on standard error; exit 1 if a record was bad or
         * the stream had a problem of its own.
         */
        int finish(PrintWriter err, Path file) {
            return finish(err, file, OutputFormat.TEXT);
        }

        /**
         * Prints each bad record's problems on standard error, as text with the counts, or, in {@code json}, as
         * one canonical JSON array of problem objects and nothing else (an empty stream is a problem then);
         * exit 1 if a record was bad or none was good.
         */
        int finish(PrintWriter err, Path file, OutputFormat format) {
            if (!streamed) {
                return ExitCodes.OK;
            }
            List<FormatProblem> problems = new ArrayList<>();
            bad.forEach(record -> problems.addAll(record.problems()));
            if (format == OutputFormat.JSON) {
                if (good + badCount == 0) {
                    problems.add(new FormatProblem(file.toString(), "", 0, 0, FormatCodes.EMPTY_DOCUMENT,
                            "holds no responses; nothing to score"));
                }
                err.print(RubricJson.defaults().writeProblems(problems));
            } else {
                problems.forEach(err::println);
                err.println(file + ": " + ValidateCommand.count(good + badCount, "record") + ", " + good + " good, "
                        + badCount + " bad");
                if (good == 0) {
                    err.println("rubric: " + file + " holds no good response; nothing to score");
                }
            }
            err.flush();
            return badCount > 0 || !bad.isEmpty() || good == 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
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

    /** A progress line on standard error, rewritten in place, only on a terminal. */
    static final class Progress {
        private static final long INTERVAL_NANOS = 200_000_000L;

        private final PrintWriter err;
        private final boolean enabled;
        private final Path file;
        private long last = System.nanoTime() - INTERVAL_NANOS; // the first record shows at once
        private int width;

        Progress(PrintWriter err, boolean enabled, Path file) {
            this.err = err;
            this.enabled = enabled;
            this.file = file;
        }

        void update(int good, int bad) {
            long now = System.nanoTime();
            if (!enabled || now - last < INTERVAL_NANOS) {
                return;
            }
            last = now;
            String line = "reading " + file + ": " + ValidateCommand.count(good + bad, "record") + " (" + bad + " bad)";
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            err.flush();
            width = Math.max(width, line.length());
        }

        void clear() {
            if (width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }
    }
}
