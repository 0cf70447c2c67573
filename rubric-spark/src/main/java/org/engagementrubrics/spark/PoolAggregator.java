package org.engagementrubrics.spark;

import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.engagementrubrics.json.RubricJson;

/**
 * Pools responses, each given as its JSON document (one line of JSON Lines), into the result document that
 * {@code rubric score --format json} writes for them: zero is an empty {@link TallyBuffer}, reduce adds one
 * response (checked and counted in batches by {@code ResponseStream.pool}, as {@code rubric score} counts them), merge merges two tallies, finish writes the result ({@code null} for a group with no
 * response). Partial aggregation in any partitioning gives the same bytes, since a tally's counts are sums.
 *
 * <pre>{@code
 * PoolAggregator pool = PoolAggregator.of(SparkScoring.of(survey));
 * Dataset<Row> bySubject = responses.groupByKey((MapFunction<Row, String>) r -> r.getAs("subject_id"), Encoders.STRING())
 *         .mapValues((MapFunction<Row, String>) r -> r.getAs("json"), Encoders.STRING())
 *         .agg(pool.toColumn().name("result"))
 *         .toDF("subject_id", "result");
 * spark.udf().register("rubric_pool", pool.udaf());       // SELECT subject_id, rubric_pool(json) ... GROUP BY 1
 * }</pre>
 *
 * <p>Only good responses should reach it ({@link RubricSpark#read}); one that does not fit the instrument fails
 * the task with the reader's located problems. Immutable and thread-safe (each task gets its own copy).
 */
public final class PoolAggregator extends Aggregator<String, TallyBuffer, String> {

    private static final long serialVersionUID = 1L;

    /** The instrument and scoring options, shipped to every task. */
    private final SparkScoring scoring;

    private PoolAggregator(SparkScoring scoring) {
        this.scoring = scoring;
    }

    /**
     * Obtains the aggregator of an instrument that pools its responses (a survey, conditions assessment, district
     * indicators or checklist).
     *
     * @param scoring the instrument and strategies, not null
     * @return the aggregator
     * @throws IllegalArgumentException if the instrument is scored one response at a time
     */
    public static PoolAggregator of(SparkScoring scoring) {
        Objects.requireNonNull(scoring, "scoring");
        if (!scoring.prepared().summarizes()) {
            throw new IllegalArgumentException("scoring: " + scoring.prepared().ref() + " is scored one response at"
                    + " a time, not pooled; use RubricSpark.score");
        }
        return new PoolAggregator(scoring);
    }

    /**
     * Returns this aggregator as a SQL aggregate function of one string column, the response's JSON.
     *
     * @return the function, to register with {@code spark.udf().register(name, ...)}
     */
    public org.apache.spark.sql.expressions.UserDefinedFunction udaf() {
        return org.apache.spark.sql.functions.udaf(this, Encoders.STRING());
    }

    /**
     * Returns an empty buffer.
     *
     * @return the buffer
     */
    @Override
    public TallyBuffer zero() {
        return new TallyBuffer();
    }

    /**
     * Checks a response and adds it.
     *
     * @param buffer the buffer
     * @param responseJson the response document
     * @return the buffer
     * @throws org.engagementrubrics.json.FormatException if the response does not fit the instrument
     */
    @Override
    public TallyBuffer reduce(TallyBuffer buffer, String responseJson) {
        if (responseJson != null) {
            buffer.add(responseJson, scoring);
        }
        return buffer;
    }

    /**
     * Merges two buffers.
     *
     * @param left the first buffer, which receives the second
     * @param right the second
     * @return the first buffer
     */
    @Override
    public TallyBuffer merge(TallyBuffer left, TallyBuffer right) {
        if (right.isEmpty()) {
            return left;
        }
        left.tally(scoring).merge(right.tally(scoring));
        return left;
    }

    /**
     * Returns the pooled result as our JSON result document.
     *
     * @param buffer the buffer
     * @return the document, or null if no response was added
     */
    @Override
    public String finish(TallyBuffer buffer) {
        return buffer.isEmpty() ? null : RubricJson.defaults().write(buffer.tally(scoring).result());
    }

    /**
     * Returns the buffer's encoder: Java serialization framing the tally document's bytes.
     *
     * @return the encoder
     */
    @Override
    public Encoder<TallyBuffer> bufferEncoder() {
        return Encoders.javaSerialization(TallyBuffer.class);
    }

    /**
     * Returns the output's encoder.
     *
     * @return the string encoder
     */
    @Override
    public Encoder<String> outputEncoder() {
        return Encoders.STRING();
    }
}
