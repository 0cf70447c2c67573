package org.engagementrubrics.spark;

import static org.apache.spark.sql.functions.col;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
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
        Dataset<Row> parsed = LineNumbers.lines(spark, paths).mapPartitions(parser(scoring), Encoders.row(ResponseRead.RECORDS));
        return ResponseRead.of(parsed);
    }

    /**
     * Reads each partition's lines in chunks, each chunk as one JSON Lines stream of our reader (the way
     * {@code rubric score} reads a file, plain survey records decoded without a tree), and maps every record and
     * problem back to its file and line. A line that starts a JSON array is read alone, since a stream would take
     * it for an array of responses.
     */
    private static MapPartitionsFunction<Row, Row> parser(SparkScoring scoring) {
        return rows -> new Iterator<>() {
            private final ArrayDeque<Row> out = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (out.isEmpty() && rows.hasNext()) {
                    fill();
                }
                return !out.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more records");
                }
                return out.poll();
            }

            private void fill() {
                List<Row> chunk = new ArrayList<>(CHUNK_LINES);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                while (rows.hasNext() && chunk.size() < CHUNK_LINES) {
                    Row row = rows.next();
                    String text = row.getString(2);
                    if (row.getLong(1) == 1 && text.startsWith("\uFEFF")) {
                        text = text.substring(1); // the file's own byte order mark, as a file stream skips it
                    }
                    if (chunk.isEmpty() && text.startsWith("\uFEFF")) {
                        // a blank first line, so that the stream takes this mark for one inside the file, as it is
                        chunk.add(RowFactory.create(row.getString(0), row.getLong(1), ""));
                        bytes.write('\n');
                    }
                    if (text.stripLeading().startsWith("[")) {
                        out.add(alone(scoring, row.getString(0), row.getLong(1), text));
                        continue;
                    }
                    chunk.add(RowFactory.create(row.getString(0), row.getLong(1), text));
                    byte[] line = text.getBytes(StandardCharsets.UTF_8);
                    bytes.write(line, 0, line.length);
                    bytes.write('\n');
                }
                try (ResponseStream stream = scoring.reader().stream(new ByteArrayInputStream(bytes.toByteArray()),
                        "chunk")) {
                    while (stream.hasNext()) {
                        ResponseRecord record = stream.next();
                        Row at = chunk.get(record.line() - 1);
                        out.add(record.isGood() ? good(at, record.response())
                                : bad(at.getString(0), at.getLong(1), record.line(), record.problems()));
                    }
                }
            }
        };
    }

    /** The most lines read as one stream: enough to amortize opening it, few enough to keep a task's memory small. */
    private static final int CHUNK_LINES = 4096;

    private static Row alone(SparkScoring scoring, String source, long line, String text) {
        try {
            Row at = RowFactory.create(source, line, text);
            return good(at, scoring.reader().read(text, source));
        } catch (FormatException e) {
            return bad(source, line, 1, e.problems());
        }
    }

    private static Row good(Row at, Response response) {
        Timestamp time = response.recordedAt() == null ? null : Timestamp.from(response.recordedAt());
        return RowFactory.create(at.getString(0), at.getLong(1), at.getString(2), response.id(), response.subjectId(),
                response.raterId(), time, true, new String[0]);
    }

    /** A dead letter: each problem moved from the line it has in what was read ({@code readLine}) to the file's. */
    private static Row bad(String source, long line, int readLine, List<FormatProblem> found) {
        String[] problems = new String[found.size()];
        for (int i = 0; i < problems.length; i++) {
            FormatProblem problem = found.get(i);
            problems[i] = new FormatProblem(source, problem.pointer(),
                    problem.line() > 0 ? Math.toIntExact(line + problem.line() - readLine) : 0, problem.column(),
                    problem.code(), problem.message(), problem.severity()).toString();
        }
        return RowFactory.create(source, line, "", "", "", "", null, false, problems);
    }

    /**
     * Scores each response on a staged rubric or archetype matrix: a row per matrix row (or standard), with its
     * best fit, whether it is a tie, the response's stage (a staged rubric's placement, an archetype matrix's
     * profile label when classified; else null), and the response's result document
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
            List<RowFit> fits;
            String stage = null;
            if (result instanceof StageResult staged) {
                fits = staged.rows();
                stage = staged.placement();
            } else if (result instanceof ArchetypeResult archetype) {
                fits = archetype.rows();
                stage = archetype.profile() instanceof Profile.Classified classified ? classified.label() : null;
            } else {
                fits = ((MatrixResult) result).rows();
            }
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
        java.time.MonthDay yearStart = calendar.yearStart(); // a calendar is not serializable; its year start is
        return poolBy(responses, (MapFunction<Row, String>) row -> {
            Timestamp at = row.getAs("recorded_at");
            return at == null ? "undated" : SchoolCalendar.of(yearStart)
                    .periodOf(LocalDate.ofInstant(at.toInstant(), ZoneOffset.UTC), unit).label();
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
