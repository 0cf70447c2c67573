package org.engagementrubrics.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The records of JSON Lines files of responses, read by our reader: the good responses and the dead letters.
 * Every non-blank line is in exactly one of the two; nothing is dropped.
 *
 * <p>{@link #responses()} has the columns {@link #RESPONSES}: {@code source}, {@code line}, {@code json} (the
 * line's text), {@code response_id}, {@code subject_id}, {@code rater_id}, {@code recorded_at} (a timestamp, or
 * null). {@link #deadLetters()} has {@link #DEAD_LETTERS}: {@code source}, {@code line}, {@code problems} (an
 * array of {@code file:line:column: pointer: [code] message} strings, as {@code rubric validate} prints them).
 * Both are lazy: persist the read when both are used, so that each line is parsed once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param responses the good responses
 * @param deadLetters the bad records with their problems
 */
public record ResponseRead(Dataset<Row> responses, Dataset<Row> deadLetters) {

    /** The columns of {@link #responses()}. */
    public static final StructType RESPONSES = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("json", DataTypes.StringType, false)
            .add("response_id", DataTypes.StringType, false)
            .add("subject_id", DataTypes.StringType, false)
            .add("rater_id", DataTypes.StringType, false)
            .add("recorded_at", DataTypes.TimestampType, true);

    /** The columns of {@link #deadLetters()}. */
    public static final StructType DEAD_LETTERS = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false);

    /**
     * Checks that both datasets are present.
     */
    public ResponseRead {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }
}
