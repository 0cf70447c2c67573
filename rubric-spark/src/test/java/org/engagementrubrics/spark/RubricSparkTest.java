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
}
