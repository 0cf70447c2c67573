package org.engagementrubrics.benchmarks;

import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.agreement.Metric;
import org.engagementrubrics.core.agreement.ReliabilityData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pair 5: Krippendorff's interval alpha of {@value Fixtures#RATERS} raters by {@value Fixtures#UNITS} units,
 * from the library's reliability data (made once, as a caller holds it), against the textbook computation
 * over an {@code int[][]} ({@link AlphaBaseline}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AlphaBenchmark {

    private int[][] ratings;
    private ReliabilityData data;

    /** Generates the ratings and wraps them in reliability data. */
    @Setup
    public void setUp() {
        ratings = Fixtures.ratings();
        data = ReliabilityData.ofIntegers(Fixtures.boxed(ratings));
    }

    /** Computes alpha with the library. */
    @Benchmark
    public AgreementResult ours() {
        return data.alpha(Metric.INTERVAL);
    }

    /** Computes alpha with the textbook formula. */
    @Benchmark
    public double baseline() {
        return AlphaBaseline.interval(ratings, Fixtures.SCALE_MAX);
    }
}
