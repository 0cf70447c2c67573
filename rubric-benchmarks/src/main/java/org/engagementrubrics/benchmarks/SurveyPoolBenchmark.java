package org.engagementrubrics.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pair 4: pooled scoring of {@value Fixtures#SURVEY_RESPONSES_PER_OP} guardian survey responses from JSON
 * Lines bytes, through the same reader and tally as {@code rubric score}, against a Jackson streaming parse
 * of the same bytes ({@link SurveyBaseline}). Run with {@code -prof gc}: {@code gc.alloc.rate.norm} divided by
 * {@value Fixtures#SURVEY_RESPONSES_PER_OP} is the allocation per response.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SurveyPoolBenchmark {

    private PreparedInstrument<Instrument, ScoreResult> prepared;
    private RubricJson json;
    private SurveyBaseline baseline;
    private byte[] lines;

    /** Prepares the survey and generates the bytes. */
    @Setup
    public void setUp() {
        json = RubricJson.defaults();
        prepared = ScoringEngine.defaults().withValidator(json.validator())
                .prepare(Catalog.bundled().instrument(Fixtures.GUARDIAN_SURVEY));
        baseline = new SurveyBaseline();
        lines = SurveyLines.bytes(0, Fixtures.SURVEY_RESPONSES_PER_OP);
    }

    /** Reads, checks and pools the responses with the library, as {@code rubric score} does. */
    @Benchmark
    public ScoreResult ours() {
        return pool(json, prepared, new ByteArrayInputStream(lines));
    }

    /** Counts the ratings with a Jackson streaming parse. */
    @Benchmark
    public Map<String, int[]> baseline() {
        return baseline.count(lines);
    }

    /** Reads a stream of responses into a tally, as {@code rubric score} does, and returns the pooled result. */
    static ScoreResult pool(RubricJson json, PreparedInstrument<Instrument, ScoreResult> prepared,
            InputStream in) {
        return tally(json, prepared, in).result();
    }

    /**
     * Reads a stream of responses into a new tally with {@link ResponseStream#pool}, as {@code rubric score} does; a
     * bad record fails, since generated records are all good.
     */
    static Tally<ScoreResult> tally(RubricJson json, PreparedInstrument<Instrument, ScoreResult> prepared,
            InputStream in) {
        Tally<ScoreResult> tally = prepared.tally();
        try (ResponseStream stream = json.responseReader(prepared).stream(in, "generated.jsonl")) {
            ResponseRecord bad = stream.pool(tally, Integer.MAX_VALUE);
            if (bad != null) {
                throw new IllegalStateException("generated record " + bad.number() + " is bad: " + bad.problems());
            }
        }
        return tally;
    }
}
