package org.engagementrubrics.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The records of JSON Lines files of responses, read by our reader: the good responses and the dead letters.
 * Every non-blank line is in exactly one of the two; nothing is dropped.
 *
 * <p>{@link #responses()} has the columns {@link #RESPONSES}: {@code source}, {@code line}, {@code json} (the
 * line's text), {@code response_id}, {@code subject_id}, {@code rater_id}, {@code recorded_at} (a timestamp, or
 * null). {@link #deadLetters()} has {@link #DEAD_LETTERS}: {@code source}, {@code line}, {@code problems} (an
 * array of {@code file:line:column: pointer: [code] message} strings, as {@code rubric validate} prints them).
 * Both are lazy views of {@link #records()}: {@link #persist} it when both are used, so that each line is read
 * once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param records every record, good or bad, columns {@link #RECORDS}
 * @param responses the good responses
 * @param deadLetters the bad records with their problems
 */
public record ResponseRead(Dataset<Row> records, Dataset<Row> responses, Dataset<Row> deadLetters) {

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

    /** The columns of {@link #records()}: those of the responses, whether the record is good, its problems. */
    public static final StructType RECORDS = new StructType(RESPONSES.fields())
            .add("good", DataTypes.BooleanType, false)
            .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false);

    /**
     * Checks that the datasets are present.
     *
     * @param records every record, good or bad, columns {@link #RECORDS}
     * @param responses the good responses
     * @param deadLetters the bad records with their problems
     */
    public ResponseRead {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /** Splits records of the {@link #RECORDS} columns into the responses and the dead letters. */
    static ResponseRead of(Dataset<Row> records) {
        return new ResponseRead(records, records.filter(col("good")).select(columns(RESPONSES)),
                records.filter(col("good").equalTo(false)).select(columns(DEAD_LETTERS)));
    }

    /**
     * Returns the read with its records persisted, so that the responses and the dead letters share one reading.
     *
     * @param level the storage level, such as {@code StorageLevel.MEMORY_AND_DISK()}, not null
     * @return the persisted read; {@link #unpersist()} it when done
     */
    public ResponseRead persist(StorageLevel level) {
        return of(records.persist(Objects.requireNonNull(level, "level")));
    }

    /**
     * Drops the persisted records, if any.
     */
    public void unpersist() {
        records.unpersist();
    }

    private static Column[] columns(StructType schema) {
        String[] names = schema.fieldNames();
        Column[] columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = col(names[i]);
        }
        return columns;
    }
}
