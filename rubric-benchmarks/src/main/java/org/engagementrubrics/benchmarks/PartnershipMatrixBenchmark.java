package org.engagementrubrics.benchmarks;

import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pair 1: the best fit of every dimension and the profile of one response to the 4 Versions of Family-School
 * Partnerships matrix, through the prepared scorer, against {@link BestFitBaseline}. Each operation scores the
 * next of {@value Fixtures#RESPONSES} generated responses.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PartnershipMatrixBenchmark {

    private PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared;
    private BestFitBaseline baseline;
    private Response[] responses;
    private int next;

    /** Prepares the matrix both ways and generates the responses. */
    @Setup
    public void setUp() {
        ArchetypeMatrix matrix = Fixtures.partnershipMatrix();
        prepared = ScoringEngine.defaults().prepare(matrix);
        baseline = BestFitBaseline.of(matrix);
        responses = Fixtures.markedResponses(matrix);
    }

    /** Scores one response with the library. */
    @Benchmark
    public ArchetypeResult ours() {
        return prepared.score(responses[next++ & (Fixtures.RESPONSES - 1)]);
    }

    /** Scores one response with the hand-written baseline. */
    @Benchmark
    public void baseline(Blackhole sink) {
        Response response = responses[next++ & (Fixtures.RESPONSES - 1)];
        int[] fits = baseline.fits(((MarkedStatements) response.evidence()).statementIds());
        sink.consume(fits);
        sink.consume(baseline.profile(fits));
    }
}
