package org.engagementrubrics.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.json.roster.RecordFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job for {@code spark-submit}: reads JSON Lines responses (and contacts), scores or pools them on one
 * instrument, and writes our JSON documents and the dead letters to an output folder.
 *
 * <pre>{@code
 * spark-submit --master local[2] --class org.engagementrubrics.spark.RubricSparkJob rubric-spark-assembly.jar \
 *     --instrument guardian-survey.json --responses survey.jsonl --out out/ --by-subject --roster roster.jsonl
 * }</pre>
 *
 * <p>Options: {@code --instrument FILE} (an instrument document, read on the driver), {@code --responses PATHS}
 * (comma-separated files, folders or globs), {@code --out DIR}, {@code --tie-policy NAME}, {@code --placement
 * NAME}, {@code --by-subject}, {@code --by-period UNIT} (week, month, quarter, term, year), {@code --roster FILE}
 * (JSON Lines, read on the driver: results by group, and with {@code --contacts PATHS} contact coverage against
 * the survey's first contact goal), {@code --min-cell K}, {@code --no-suppression}, {@code --year-start MM-DD},
 * {@code --master URL} (when not run by spark-submit). Exit code 0, or 1 when a record was bad.
 */
public final class RubricSparkJob {

    private static final Logger LOG = LoggerFactory.getLogger(RubricSparkJob.class);

    private RubricSparkJob() {
    }

    /**
     * Runs the job.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        Map<String, String> options = options(args);
        SparkSession.Builder builder = SparkSession.builder().appName("rubric");
        if (options.containsKey("master")) {
            builder.master(options.get("master"));
        }
        SparkSession spark = builder.getOrCreate();
        int exit;
        try {
            exit = run(spark, options);
        } finally {
            spark.stop();
        }
        System.exit(exit);
    }

    /**
     * Runs the job on a session and returns its exit code.
     *
     * @param spark the session, not null
     * @param options the options by name, without their leading dashes; a flag maps to {@code "true"}
     * @return 0, or 1 when a record was bad
     * @throws IllegalArgumentException if a required option is missing or a value is not understood
     */
    public static int run(SparkSession spark, Map<String, String> options) {
        RubricJson json = RubricJson.defaults();
        String out = required(options, "out");
        Instrument instrument = json.readInstrument(java.nio.file.Path.of(required(options, "instrument")));
        SparkScoring scoring = SparkScoring.of(instrument)
                .withTiePolicy(options.getOrDefault("tie-policy", "report"))
                .withPlacement(options.getOrDefault("placement", "best-fit-count"));
        RubricSpark rubric = RubricSpark.of(spark, scoring);
        SmallCellRule rule = options.containsKey("no-suppression") ? SmallCellRule.off()
                : SmallCellRule.minimum(Integer.parseInt(options.getOrDefault("min-cell",
                        String.valueOf(SmallCellRule.DEFAULT_MINIMUM))));
        SchoolCalendar calendar = SchoolCalendar.of(java.time.MonthDay.parse("--" + options.getOrDefault("year-start",
                "08-01")));
        Roster roster = options.containsKey("roster") ? json.rosterReader().read(java.nio.file.Path.of(
                options.get("roster")), RecordFormat.JSON_LINES).roster() : null;
        long bad = 0;
        if (options.containsKey("responses")) {
            ResponseRead read = rubric.read(options.get("responses").split(",")).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> responses = read.responses();
            bad += deadLetters(read.deadLetters(), out + "/dead-letters");
            if (scoring.prepared().summarizes()) {
                write(spark, out + "/result.json", rubric.pool(responses));
                if (options.containsKey("by-subject")) {
                    write(spark, out + "/by-subject.json", array(scoring, rubric.poolBySubject(responses)));
                }
                if (options.containsKey("by-period")) {
                    ContactPeriod unit = ContactPeriod.valueOf(options.get("by-period").toUpperCase(Locale.ROOT));
                    for (Row row : rubric.poolByPeriod(responses, calendar, unit).collectAsList()) {
                        write(spark, out + "/by-period/" + row.getString(0).replace(' ', '_') + ".json", row.getString(1));
                    }
                }
                if (roster != null && instrument instanceof Survey) {
                    write(spark, out + "/by-group.json", responses.select("json").as(Encoders.STRING())
                            .select(GroupAggregator.of(scoring, roster, rule).toColumn()).as(Encoders.STRING()).first());
                }
            } else {
                Dataset<Row> scores = rubric.score(responses);
                scores.drop("result").write().mode("overwrite").parquet(out + "/scores.parquet");
                writeLines(spark, out + "/results.jsonl", scores.select("source", "line", "result").distinct()
                        .orderBy("source", "line").select("result").as(Encoders.STRING()).toLocalIterator());
            }
            read.unpersist();
        }
        if (options.containsKey("contacts")) {
            if (roster == null || !(instrument instanceof Survey survey) || survey.goals().isEmpty()) {
                throw new IllegalArgumentException("--contacts needs --roster and a survey with a contact goal");
            }
            SparkCoverage coverage = SparkCoverage.of(spark, roster, calendar, CoverageGoal.from(survey.goals().get(0)));
            SparkCoverage.ContactRead read = coverage.read(options.get("contacts").split(","));
            bad += deadLetters(read.deadLetters(), out + "/contact-dead-letters");
            write(spark, out + "/coverage.json", json.write(coverage.tally(read.contacts()).result(rule)));
        }
        LOG.info("rubric: wrote {} ({} bad records)", out, bad);
        return bad > 0 ? 1 : 0;
    }

    private static long deadLetters(Dataset<Row> deadLetters, String path) {
        long count = deadLetters.count();
        if (count > 0) {
            deadLetters.orderBy("source", "line").coalesce(1).write().mode("overwrite").json(path);
            deadLetters.orderBy("source", "line").limit(20).collectAsList()
                    .forEach(row -> row.<String>getList(2).forEach(LOG::warn));
        }
        return count;
    }

    /** The results as one JSON array of result documents, in key order, as {@code RubricJson.writeResults} writes it. */
    private static String array(SparkScoring scoring, Dataset<Row> results) {
        RubricJson json = RubricJson.defaults();
        List<org.engagementrubrics.core.scoring.ScoreResult> documents = new ArrayList<>();
        results.collectAsList().forEach(row -> documents.add(json.readResult(row.getString(1), row.getString(0),
                scoring.prepared())));
        return json.writeResults(documents);
    }

    private static void write(SparkSession spark, String file, String text) {
        writeLines(spark, file, List.of(text).iterator(), false);
    }

    private static void writeLines(SparkSession spark, String file, Iterator<String> lines) {
        writeLines(spark, file, lines, true);
    }

    private static void writeLines(SparkSession spark, String file, Iterator<String> lines, boolean newline) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(conf);
            try (OutputStream stream = fs.create(path, true)) {
                while (lines.hasNext()) {
                    stream.write(lines.next().getBytes(StandardCharsets.UTF_8));
                    if (newline) {
                        stream.write('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static final List<String> FLAGS = List.of("by-subject", "no-suppression");

    /** Parses {@code --name value} pairs and {@code --flag}s. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option (--name), got '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }
}
