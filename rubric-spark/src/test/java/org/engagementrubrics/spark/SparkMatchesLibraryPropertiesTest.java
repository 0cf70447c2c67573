package org.engagementrubrics.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.groups.GroupedTally;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.AnalysisGenerators;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For generated responses and contacts, split at random over files, read in blocks of random size and
 * repartitioned at random, Spark's pooled results (all, by subject, by group) and coverage are the bytes the
 * single-machine library writes, and every bad line is a dead letter with its file and line.
 */
class SparkMatchesLibraryPropertiesTest {

    /** Few cases: each runs several Spark jobs. The seed is printed on failure, as for every property. */
    private static final int CASES = 6;
    private static final RubricJson JSON = RubricJson.defaults();

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSessions.start("SparkMatchesLibraryPropertiesTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Responses with rosters and how they are laid out for Spark. */
    record Case(Survey survey, Roster roster, SmallCellRule rule, List<Response> responses, List<List<Response>> files,
            int blockBytes, int partitions, long badLineSeed) {
        @Override
        public String toString() {
            return "Case[" + survey.id() + ", " + responses.size() + " responses in " + files.size() + " files, blocks of "
                    + blockBytes + " bytes, " + partitions + " partitions, " + rule + "]";
        }
    }

    static Gen<Case> cases() {
        return Generators.surveys().flatMap(survey -> Generators.responses(survey, 1, 40).flatMap(generated -> random -> {
            Roster roster = AnalysisGenerators.rosters().generate(random);
            List<Response> responses = AnalysisGenerators.respondents(roster, generated).generate(random);
            return new Case(survey, roster, AnalysisGenerators.smallCellRules().generate(random), responses,
                    AnalysisGenerators.parts(responses, 4).generate(random), 200 + random.nextInt(4000),
                    1 + random.nextInt(5), random.nextLong());
        }));
    }

    @Test
    void pooledResultsAndDeadLettersMatchTheLibraryForAnyPartitioning() {
        int[] run = new int[1];
        Properties.forAll("spark pooling", CASES, cases(), c -> {
            Path caseDir = dir.resolve("case-" + run[0]++);
            Set<String> badLines = new HashSet<>();
            List<String> paths = write(caseDir, c, badLines);
            spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(c.blockBytes()));
            spark.conf().set("spark.sql.files.openCostInBytes", "0");
            SparkScoring scoring = SparkScoring.of(c.survey());
            RubricSpark rubric = RubricSpark.of(spark, scoring);

            ResponseRead read = rubric.read(paths.toArray(String[]::new));
            Dataset<Row> responses = read.responses().repartition(c.partitions()).cache();

            PreparedInstrument<Instrument, ScoreResult> prepared = scoring.prepared();
            Tally<ScoreResult> all = prepared.tally();
            Map<String, Tally<ScoreResult>> bySubject = new TreeMap<>();
            GroupedTally<ScoreResult> grouped = GroupedTally.of(prepared, c.roster());
            for (Response response : c.responses()) {
                all.add(response);
                bySubject.computeIfAbsent(response.subjectId(), s -> prepared.tally()).add(response);
                grouped.add(response);
            }
            assertThat(rubric.pool(responses)).isEqualTo(JSON.write(all.result()));
            Map<String, String> expected = new TreeMap<>();
            bySubject.forEach((subject, tally) -> expected.put(subject, JSON.write(tally.result())));
            Map<String, String> actual = new TreeMap<>();
            rubric.poolBySubject(responses).collectAsList().forEach(row -> actual.put(row.getString(0), row.getString(1)));
            assertThat(actual).isEqualTo(expected);
            String byGroup = responses.select(col("json")).as(Encoders.STRING())
                    .select(GroupAggregator.of(scoring, c.roster(), c.rule()).toColumn()).as(Encoders.STRING()).first();
            @SuppressWarnings("unchecked")
            GroupedResult<SurveyResult> groupedResult = (GroupedResult<SurveyResult>) (GroupedResult<?>) grouped.result(c.rule());
            assertThat(byGroup).isEqualTo(JSON.write(groupedResult));

            Set<String> dead = new HashSet<>();
            for (Row row : read.deadLetters().collectAsList()) {
                dead.add(row.getString(0) + ":" + row.getLong(1));
                assertThat(row.<String>getList(2)).allSatisfy(problem ->
                        assertThat(problem).startsWith(row.getString(0) + ":" + row.getLong(1) + ":"));
            }
            assertThat(dead).isEqualTo(badLines);
            responses.unpersist();
        });
    }

    @Test
    void coverageMatchesTheLibraryForAnyPartitioning() {
        int[] run = new int[1];
        Gen<Object[]> coverage = AnalysisGenerators.rosters().flatMap(roster -> random -> new Object[] {roster,
                AnalysisGenerators.contacts(roster).generate(random), AnalysisGenerators.calendars().generate(random),
                AnalysisGenerators.coverageGoals().generate(random), AnalysisGenerators.smallCellRules().generate(random),
                200 + random.nextInt(2000)});
        Properties.forAll("spark coverage", CASES, coverage, c -> {
            Roster roster = (Roster) c[0];
            @SuppressWarnings("unchecked")
            List<ContactRecord> contacts = (List<ContactRecord>) c[1];
            SchoolCalendar calendar = (SchoolCalendar) c[2];
            CoverageGoal goal = (CoverageGoal) c[3];
            SmallCellRule rule = (SmallCellRule) c[4];
            Path file = dir.resolve("contacts-" + run[0]++ + ".jsonl");
            StringBuilder lines = new StringBuilder();
            contacts.forEach(contact -> lines.append(contactLine(contact)).append('\n'));
            lines.append("{\"familyId\": 7}\n");
            write(file, lines.toString());
            spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(c[5]));
            CoverageTally expected = CoverageTally.of(roster, calendar, goal);
            contacts.forEach(expected::add);

            SparkCoverage spark = SparkCoverage.of(SparkMatchesLibraryPropertiesTest.spark, roster, calendar, goal);
            SparkCoverage.ContactRead read = spark.read(file.toString());
            String actual = contacts.isEmpty() ? null : JSON.write(spark.tally(read.contacts()).result(rule));

            assertThat(actual).isEqualTo(contacts.isEmpty() ? null : JSON.write(expected.result(rule)));
            assertThat(read.deadLetters().collectAsList()).extracting(row -> row.getLong(1))
                    .containsExactly((long) contacts.size() + 1);
        });
    }

    private static String contactLine(ContactRecord contact) {
        return "{\"familyId\":" + quoted(contact.familyId()) + ",\"date\":\"" + contact.date() + "\""
                + (contact.channel() == null ? "" : ",\"channel\":" + quoted(contact.channel()))
                + (contact.staffId() == null ? "" : ",\"staffId\":" + quoted(contact.staffId())) + "}";
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }

    /** Writes each file's responses, one per line, with a bad line and a blank line put in at random places. */
    private static List<String> write(Path caseDir, Case c, Set<String> badLines) {
        java.util.Random random = new java.util.Random(c.badLineSeed());
        List<String> paths = new ArrayList<>();
        for (int f = 0; f < c.files().size(); f++) {
            Path file = caseDir.resolve("responses-" + f + ".jsonl");
            List<String> lines = new ArrayList<>();
            c.files().get(f).forEach(response -> lines.add(JSON.writeLine(response)));
            int bad = random.nextInt(lines.size() + 1);
            lines.add(bad, random.nextBoolean() ? "{\"kind\": \"response\"" : "[1, 2]");
            lines.add(random.nextInt(lines.size() + 1), "");
            badLines.add(file + ":" + (lines.indexOf(lines.stream().filter(l -> l.startsWith("{\"kind\"")
                    || l.equals("[1, 2]")).findFirst().orElseThrow()) + 1));
            write(file, String.join("\n", lines) + "\n");
            paths.add(file.toString());
        }
        return paths;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
