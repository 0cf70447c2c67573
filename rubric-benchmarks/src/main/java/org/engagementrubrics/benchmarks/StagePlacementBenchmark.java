package org.engagementrubrics.benchmarks;

import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StageResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pair 2: the stage placement (best fit by count) of all eight standards of the Family Engagement Rubric for
 * one response, through the prepared scorer, against {@link BestFitBaseline}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StagePlacementBenchmark {

    private PreparedInstrument<StagedRubric, StageResult> prepared;
    private BestFitBaseline baseline;
    private Response[] responses;
    private int next;

    /** Prepares the rubric both ways and generates the responses. */
    @Setup
    public void setUp() {
        StagedRubric rubric = Fixtures.familyRubric();
        prepared = ScoringEngine.defaults().prepare(rubric);
        baseline = BestFitBaseline.of(rubric);
        responses = Fixtures.markedResponses(rubric);
    }

    /** Places one response with the library. */
    @Benchmark
    public StageResult ours() {
        return prepared.score(responses[next++ & (Fixtures.RESPONSES - 1)]);
    }

    /** Places one response with the hand-written baseline. */
    @Benchmark
    public int[] baseline() {
        Response response = responses[next++ & (Fixtures.RESPONSES - 1)];
        return baseline.fits(((MarkedStatements) response.evidence()).statementIds());
    }
}
