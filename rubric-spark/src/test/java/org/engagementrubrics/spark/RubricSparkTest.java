package org.engagementrubrics.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricSparkTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSessions.start("RubricSparkTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static String response(int i, String rating) {
        return "{\"format\":\"engagement-rubrics/2.0\",\"kind\":\"response\",\"id\":\"g-" + i + "\",\"instrumentId\":"
                + "\"guardian-survey\",\"instrumentVersion\":\"1.0.0\",\"raterId\":\"family-" + i + "\",\"subjectId\":"
                + "\"school-" + (i % 2) + "\",\"recordedAt\":\"2026-11-02T16:05:00Z\",\"evidence\":{\"kind\":\"ratings\","
                + "\"byItem\":{\"survey-1\":" + rating + "}}}";
    }

    @Test
    void badRecordsGoToTheDeadLettersWithTheirFileAndLine() throws IOException {
        Instrument survey = Catalog.bundled().instrument("guardian-survey");
        Path file = dir.resolve("responses.jsonl");
        Files.writeString(file, String.join("\n", response(1, "3"), "", response(2, "9"), "{not json",
                response(4, "2")) + "\n", StandardCharsets.UTF_8);

        ResponseRead read = RubricSpark.of(spark, SparkScoring.of(survey)).read(file.toString());

        List<Row> dead = read.deadLetters().orderBy("line").collectAsList();
        assertThat(dead).extracting(row -> row.getString(0)).containsOnly(file.toString());
        assertThat(dead).extracting(row -> row.getLong(1)).containsExactly(3L, 4L);
        assertThat(dead.get(0).<String>getList(2).get(0)).startsWith(file + ":3:");
        assertThat(dead.get(1).<String>getList(2).get(0)).startsWith(file + ":4:");
        assertThat(read.responses().orderBy("line").collectAsList()).extracting(row -> row.getLong(1))
                .containsExactly(1L, 5L);
    }

    @Test
    void pooledResultIsTheLibrarysBytes() throws IOException {
        Instrument survey = Catalog.bundled().instrument("guardian-survey");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            lines.append(response(i, String.valueOf(1 + i % 4))).append('\n');
        }
        Path file = dir.resolve("pool.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        SparkScoring scoring = SparkScoring.of(survey);
        PreparedInstrument<Instrument, ScoreResult> prepared = scoring.prepared();
        Tally<ScoreResult> tally = prepared.tally();
        RubricJson json = RubricJson.defaults();
        for (String line : lines.toString().split("\n")) {
            Response response = json.responseReader(prepared).read(line, "x");
            tally.add(response);
        }

        RubricSpark rubric = RubricSpark.of(spark, scoring);
        String pooled = rubric.pool(rubric.read(file.toString()).responses());

        assertThat(pooled).isEqualTo(json.write(tally.result()));
    }

    @Test
    void eachResponseOfAStagedRubricOrMatrixIsScoredAsTheLibraryScoresIt() throws IOException {
        for (String id : List.of("family-engagement-rubric", "four-versions-of-partnerships")) {
            Instrument instrument = Catalog.bundled().instrument(id);
            SparkScoring scoring = SparkScoring.of(instrument);
            List<Response> responses = org.engagementrubrics.testkit.Generators.responses(instrument, 3, 6).sample(11L);
            RubricJson json = RubricJson.defaults();
            StringBuilder lines = new StringBuilder();
            responses.forEach(response -> lines.append(json.writeLine(response)).append('\n'));
            Path file = dir.resolve(id + ".jsonl");
            Files.writeString(file, lines, StandardCharsets.UTF_8);
            RubricSpark rubric = RubricSpark.of(spark, scoring);

            List<Row> rows = rubric.score(rubric.read(file.toString()).responses()).orderBy("line", "row")
                    .collectAsList();

            List<String> expected = responses.stream().map(r -> json.writeLine(scoring.prepared().score(r))).toList();
            assertThat(rows).extracting(row -> row.<String>getAs("result")).containsAll(expected);
            assertThat(rows.stream().map(row -> row.<String>getAs("result")).distinct().toList())
                    .containsExactlyElementsOf(expected);
            for (Row row : rows) {
                assertThat(row.<String>getAs("result")).contains("\"" + row.<String>getAs("row") + "\"");
            }
        }
    }

    @Test
    void theAggregatorWorksFromSqlAndByPeriod() throws IOException {
        Instrument survey = Catalog.bundled().instrument("guardian-survey");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            lines.append(response(i, String.valueOf(1 + i % 4))).append('\n');
        }
        Path file = dir.resolve("sql.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        SparkScoring scoring = SparkScoring.of(survey);
        RubricSpark rubric = RubricSpark.of(spark, scoring);
        ResponseRead read = rubric.read(file.toString());
        spark.udf().register("rubric_pool", PoolAggregator.of(scoring).udaf());
        read.responses().createOrReplaceTempView("responses");

        List<Row> sql = spark.sql("SELECT subject_id, rubric_pool(json) FROM responses GROUP BY subject_id"
                + " ORDER BY subject_id").collectAsList();
        List<Row> typed = rubric.poolBySubject(read.responses()).collectAsList();
        List<Row> byPeriod = rubric.poolByPeriod(read.responses(),
                org.engagementrubrics.core.coverage.SchoolCalendar.defaults(),
                org.engagementrubrics.core.survey.ContactPeriod.QUARTER).collectAsList();

        assertThat(sql).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(sql.get(i).getString(0)).isEqualTo(typed.get(i).getString(0));
            assertThat(sql.get(i).getString(1)).isEqualTo(typed.get(i).getString(1));
        }
        assertThat(byPeriod).extracting(row -> row.getString(0)).containsExactly("2026-27 Q2");
        assertThat(byPeriod.get(0).getString(1)).isEqualTo(rubric.pool(read.responses()));
    }

    @Test
    void theJobWritesDocumentsThatOurReaderReads() throws IOException {
        Path instrument = dir.resolve("guardian-survey.json");
        Files.writeString(instrument, RubricJson.defaults().write(Catalog.bundled().instrument("guardian-survey")),
                StandardCharsets.UTF_8);
        Path file = dir.resolve("job.jsonl");
        Files.writeString(file, response(1, "2") + "\n" + response(2, "4") + "\n{}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        int exit = RubricSparkJob.run(spark, RubricSparkJob.options(new String[] {"--instrument", instrument.toString(),
            "--responses", file.toString(), "--out", out.toString(), "--by-subject"}));

        assertThat(exit).isEqualTo(1);
        assertThat(RubricJson.defaults().readResult(out.resolve("result.json"))).isNotNull();
        assertThat(RubricJson.defaults().readResults(out.resolve("by-subject.json"))).hasSize(2);
        assertThat(Files.list(out.resolve("dead-letters")).filter(p -> p.toString().endsWith(".json")).findFirst()
                .map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).orElseThrow()).contains("\"line\":3").contains(file + ":3:");
    }
}
