package org.engagementrubrics.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.min;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.json.roster.ContactStream;
import org.engagementrubrics.json.roster.RecordFormat;

/**
 * Contact coverage over JSON Lines files of contact records, with the figures and the small-cell suppression
 * of the library's {@link CoverageTally}: the bytes {@code rubric coverage --format json} writes for the same
 * roster, goal and contacts.
 *
 * <pre>{@code
 * SparkCoverage coverage = SparkCoverage.of(spark, roster, SchoolCalendar.defaults(), goal);
 * CoverageTally tally = coverage.tally(coverage.read("s3://lake/contacts/*.jsonl").contacts());
 * String document = RubricJson.defaults().write(tally.result(SmallCellRule.defaults()));
 * }</pre>
 *
 * <p>How: the cluster reads and checks every record (the bad ones into a dead-letter dataset), puts each
 * contact in its period, and reduces the contacts to one row per period and family (how many contacts, and the
 * first day); the driver adds those rows to one tally over the roster. The driver thus holds at most
 * families × periods rows, the size of the tally itself, however many contacts there are; every figure and rule
 * is the tally's. Immutable and thread-safe.
 */
public final class SparkCoverage {

    /** The columns of {@link #read}'s contacts: source, line, family id, day. */
    public static final StructType CONTACTS = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("family_id", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, false);

    private static final StructType PARSED = new StructType(CONTACTS.fields())
            .add("good", DataTypes.BooleanType, false)
            .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private final SparkSession spark;
    private final Roster roster;
    private final SchoolCalendar calendar;
    private final CoverageGoal goal;

    private SparkCoverage(SparkSession spark, Roster roster, SchoolCalendar calendar, CoverageGoal goal) {
        this.spark = spark;
        this.roster = roster;
        this.calendar = calendar;
        this.goal = goal;
    }

    /**
     * Obtains the coverage of a goal over a roster.
     *
     * @param spark the session, not null
     * @param roster the families, not null
     * @param calendar the school calendar, not null
     * @param goal the goal, whose period cuts the contacts, not null
     * @return the coverage
     */
    public static SparkCoverage of(SparkSession spark, Roster roster, SchoolCalendar calendar, CoverageGoal goal) {
        return new SparkCoverage(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(roster, "roster"),
                Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(goal, "goal"));
    }

    /**
     * The contact records of JSON Lines files, read by our reader.
     *
     * @param contacts the good contacts, columns {@link #CONTACTS}
     * @param deadLetters the bad records, columns {@link ResponseRead#DEAD_LETTERS}
     */
    public record ContactRead(Dataset<Row> contacts, Dataset<Row> deadLetters) {

        /**
         * Checks that both datasets are present.
         *
         * @param contacts the good contacts, columns {@link #CONTACTS}
         * @param deadLetters the bad records, columns {@link ResponseRead#DEAD_LETTERS}
         */
        public ContactRead {
            Objects.requireNonNull(contacts, "contacts");
            Objects.requireNonNull(deadLetters, "deadLetters");
        }
    }

    /**
     * Reads JSON Lines files of contact records: each non-blank line checked by our reader, a good one into the
     * contacts, a bad one into the dead letters with its true file and line.
     *
     * @param paths the files, directories or globs; at least one
     * @return the contacts and the dead letters
     */
    public ContactRead read(String... paths) {
        if (paths.length == 0) {
            throw new IllegalArgumentException("paths: at least one file of contacts");
        }
        Dataset<Row> parsed = LineNumbers.lines(spark, paths).flatMap(parser(), Encoders.row(PARSED));
        return new ContactRead(parsed.filter(col("good")).select("source", "line", "family_id", "date"),
                parsed.filter(col("good").equalTo(false)).select("source", "line", "problems"));
    }

    private static FlatMapFunction<Row, Row> parser() {
        return row -> {
            String source = row.getString(0);
            long line = row.getLong(1);
            String text = row.getString(2);
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return List.<Row>of().iterator();
            }
            List<FormatProblem> problems = new ArrayList<>();
            try (ContactStream stream = RubricJson.defaults().contactReader().stream(new ByteArrayInputStream(
                    text.getBytes(StandardCharsets.UTF_8)), source, RecordFormat.JSON_LINES, problems::add)) {
                if (stream.hasNext()) {
                    ContactRecord contact = stream.next();
                    return List.of(RowFactory.create(source, line, contact.familyId(), Date.valueOf(contact.date()),
                            true, new String[0])).iterator();
                }
            }
            String[] located = problems.stream().filter(FormatProblem::isError).map(p -> new FormatProblem(
                    p.source(), p.pointer(), p.line() > 0 ? Math.toIntExact(line + p.line() - 1) : 0, p.column(),
                    p.code(), p.message(), p.severity()).toString()).toArray(String[]::new);
            return List.of(RowFactory.create(source, line, "", Date.valueOf("1970-01-01"), false, located)).iterator();
        };
    }

    /**
     * Counts good contacts into a tally over the roster, as if each had been added to it.
     *
     * @param contacts the good contacts of {@link #read}
     * @return the tally, whose {@code result(rule)} applies the library's suppression
     */
    public CoverageTally tally(Dataset<Row> contacts) {
        MonthDay yearStart = calendar.yearStart();
        ContactPeriod unit = goal.period();
        FlatMapFunction<Row, Row> inPeriod = row -> {
            java.time.LocalDate day = row.<Date>getAs("date").toLocalDate();
            java.time.LocalDate start = SchoolCalendar.of(yearStart).periodOf(day, unit).start();
            return List.of(RowFactory.create(Date.valueOf(start), row.getAs("family_id"), row.getAs("date"))).iterator();
        };
        StructType periods = new StructType().add("period", DataTypes.DateType, false)
                .add("family_id", DataTypes.StringType, false).add("date", DataTypes.DateType, false);
        Dataset<Row> perFamily = contacts.flatMap(inPeriod, Encoders.row(periods))
                .groupBy("period", "family_id").agg(count("*").as("contacts"), min("date").as("first"));
        CoverageTally tally = CoverageTally.of(roster, calendar, goal);
        Iterator<Row> rows = perFamily.toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            ContactRecord contact = new ContactRecord(row.getString(1), row.<Date>getAs("first").toLocalDate(), null,
                    null);
            for (long i = row.getLong(2); i > 0; i--) {
                tally.add(contact);
            }
        }
        return tally;
    }
}
