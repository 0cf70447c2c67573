package org.engagementrubrics.spark;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.RubricJson;

/**
 * The library on Spark: reading responses from JSON Lines with a dead-letter dataset, scoring each response,
 * and pooling responses per instrument, subject or period, with the bytes the single-machine library writes.
 *
 * <pre>{@code
 * RubricSpark rubric = RubricSpark.of(spark, SparkScoring.of(guardianSurvey));
 * ResponseRead read = rubric.read("s3://lake/surveys/2026/*.jsonl");
 * read.deadLetters().write().json("s3://lake/dead-letters/");   // source, line, problems
 * String all = rubric.pool(read.responses());                   // what 'rubric score --format json' prints
 * Dataset<Row> bySubject = rubric.poolBySubject(read.responses());
 * }</pre>
 *
 * <p>Immutable and thread-safe (the session is Spark's).
 */
public final class RubricSpark {

    /** The columns of {@link #score}: one row per matrix row (or standard) of each response. */
    public static final StructType SCORES = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("response_id", DataTypes.StringType, false)
            .add("subject_id", DataTypes.StringType, false)
            .add("row", DataTypes.StringType, false)
            .add("best_fit", DataTypes.StringType, true)
            .add("tie", DataTypes.BooleanType, false)
            .add("stage", DataTypes.StringType, true)
            .add("result", DataTypes.StringType, false);

    private static final StructType PARSED = new StructType(ResponseRead.RESPONSES.fields())
            .add("good", DataTypes.BooleanType, false)
            .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private final SparkSession spark;
    private final SparkScoring scoring;

    private RubricSpark(SparkSession spark, SparkScoring scoring) {
        this.spark = spark;
        this.scoring = scoring;
    }

    /**
     * Obtains the library on a session for one instrument.
     *
     * @param spark the session, not null
     * @param scoring the instrument and strategies, not null
     * @return the entry point
     */
    public static RubricSpark of(SparkSession spark, SparkScoring scoring) {
        return new RubricSpark(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(scoring, "scoring"));
    }

    /**
     * Returns the instrument and strategies.
     *
     * @return the scoring
     */
    public SparkScoring scoring() {
        return scoring;
    }

    /**
     * Reads JSON Lines files of responses: each non-blank line checked by our reader against the instrument, a
     * good one into the responses, a bad one into the dead letters with its true file and line.
     *
     * @param paths the files, directories or globs, as {@code spark.read().text} takes them; at least one
     * @return the responses and the dead letters
     */
    public ResponseRead read(String... paths) {
        if (paths.length == 0) {
            throw new IllegalArgumentException("paths: at least one file of responses");
        }
        Dataset<Row> parsed = LineNumbers.lines(spark, paths).flatMap(parser(scoring), Encoders.row(PARSED));
        Dataset<Row> good = parsed.filter(col("good")).select(names(ResponseRead.RESPONSES));
        Dataset<Row> bad = parsed.filter(col("good").equalTo(false)).select(names(ResponseRead.DEAD_LETTERS));
        return new ResponseRead(good, bad);
    }

    private static org.apache.spark.sql.Column[] names(StructType schema) {
        String[] names = schema.fieldNames();
        org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = col(names[i]);
        }
        return columns;
    }

    private static FlatMapFunction<Row, Row> parser(SparkScoring scoring) {
        return row -> {
            String source = row.getString(0);
            long line = row.getLong(1);
            String text = row.getString(2);
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1); // the file's own byte order mark, as a file stream skips it
            }
            if (text.isBlank()) {
                return List.<Row>of().iterator(); // a blank line is no record, as in 'rubric score'
            }
            try {
                Response response = scoring.reader().read(text, source);
                Timestamp at = response.recordedAt() == null ? null : Timestamp.from(response.recordedAt());
                return List.of(RowFactory.create(source, line, text, response.id(), response.subjectId(),
                        response.raterId(), at, true, new String[0])).iterator();
            } catch (FormatException e) {
                List<String> problems = new ArrayList<>();
                for (FormatProblem problem : e.problems()) {
                    problems.add(new FormatProblem(problem.source(), problem.pointer(),
                            problem.line() > 0 ? Math.toIntExact(line + problem.line() - 1) : 0, problem.column(),
                            problem.code(), problem.message(), problem.severity()).toString());
                }
                return List.of(RowFactory.create(source, line, "", "", "", "", null, false,
                        problems.toArray(new String[0]))).iterator();
            }
        };
    }

    /**
     * Scores each response on a staged rubric or archetype matrix: a row per matrix row (or standard), with its
     * best fit, whether it is a tie, the response's stage (staged rubrics), and the response's result document
     * ({@code rubric score --format jsonl}'s line) on every row of the response.
     *
     * @param responses the good responses of {@link #read}
     * @return the rows, columns {@link #SCORES}
     * @throws IllegalArgumentException if the instrument pools its responses instead
     */
    public Dataset<Row> score(Dataset<Row> responses) {
        if (scoring.prepared().summarizes()) {
            throw new IllegalArgumentException(scoring.prepared().ref() + " pools its responses; use pool");
        }
        SparkScoring scoring = this.scoring;
        FlatMapFunction<Row, Row> scorer = row -> {
            Response response = scoring.reader().read(row.<String>getAs("json"), row.<String>getAs("source"));
            ScoreResult result = scoring.prepared().score(response);
            String json = RubricJson.defaults().writeLine(result);
            List<RowFit> fits = result instanceof MatrixResult matrix ? matrix.rows() : ((StageResult) result).rows();
            String stage = result instanceof StageResult staged ? staged.placement() : null;
            List<Row> out = new ArrayList<>(fits.size());
            for (RowFit fit : fits) {
                out.add(RowFactory.create(row.getAs("source"), row.getAs("line"), response.id(), response.subjectId(),
                        fit.rowId(), fit.fit().columnId().orElse(null), fit.fit() instanceof Fit.Tie, stage, json));
            }
            return out.iterator();
        };
        return responses.flatMap(scorer, Encoders.row(SCORES));
    }

    /**
     * Pools every response into one result, the document {@code rubric score --format json} prints for them.
     *
     * @param responses the good responses of {@link #read}
     * @return the result document, or null if there is no response
     */
    public String pool(Dataset<Row> responses) {
        return responses.select(col("json")).as(Encoders.STRING())
                .select(PoolAggregator.of(scoring).toColumn()).as(Encoders.STRING()).first();
    }

    /**
     * Pools the responses of each subject (school or district) through {@link PoolAggregator}.
     *
     * @param responses the good responses of {@link #read}
     * @return rows of {@code key} (the subject id) and {@code result} (the result document)
     */
    public Dataset<Row> poolBySubject(Dataset<Row> responses) {
        return poolBy(responses, (MapFunction<Row, String>) row -> row.getAs("subject_id"));
    }

    /**
     * Pools the responses of each period of the school calendar, by the day (UTC) each was recorded; responses
     * with no time pool under the key {@code undated}.
     *
     * @param responses the good responses of {@link #read}
     * @param calendar the school calendar, not null
     * @param unit the period, such as a quarter, not null
     * @return rows of {@code key} (the period's label, such as {@code 2026-27 Q2}) and {@code result}
     */
    public Dataset<Row> poolByPeriod(Dataset<Row> responses, SchoolCalendar calendar, ContactPeriod unit) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(unit, "unit");
        return poolBy(responses, (MapFunction<Row, String>) row -> {
            Timestamp at = row.getAs("recorded_at");
            return at == null ? "undated"
                    : calendar.periodOf(LocalDate.ofInstant(at.toInstant(), ZoneOffset.UTC), unit).label();
        });
    }

    /**
     * Pools the responses of each key that a function gives them, through {@link PoolAggregator}.
     *
     * @param responses the good responses of {@link #read}
     * @param key the key of a response's row, not null
     * @return rows of {@code key} and {@code result} (the result document), ordered by key
     */
    public Dataset<Row> poolBy(Dataset<Row> responses, MapFunction<Row, String> key) {
        Objects.requireNonNull(key, "key");
        return responses.groupByKey(key, Encoders.STRING())
                .mapValues((MapFunction<Row, String>) row -> row.getAs("json"), Encoders.STRING())
                .agg(PoolAggregator.of(scoring).toColumn())
                .toDF("key", "result").orderBy("key");
    }
}
