package org.engagementrubrics.json.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.CanvasGenerators;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, done-when: points rubrics in Canvas normal form written as Canvas CSV read back to equal
 * instruments, and a CSV written by the library reads and writes back to the same bytes.
 */
class CanvasRoundTripPropertiesTest {

    private static final CanvasCsv CANVAS = RubricJson.defaults().canvasCsv().withVersion("3.0.0");

    private static List<PointsRubric> read(String csv) {
        return CANVAS.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "rubrics.csv");
    }

    private static List<CanvasRubric> readRubrics(String csv) {
        return CANVAS.readRubrics(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "rubrics.csv");
    }

    @Test
    void pointsRubricsInCanvasNormalFormRoundTripToEqualInstruments() {
        Properties.forAll("canvas normal form round trip", 300, CanvasGenerators.pointsRubrics("3.0.0", "rubrics.csv"),
                rubric -> {
                    CanvasExport export = CANVAS.write(List.of(rubric), "generated");

                    assertThat(export.losses()).isEmpty();
                    assertThat(read(export.csv())).containsExactly(rubric);
                });
    }

    @Test
    void severalRubricsOfDistinctTitlesRoundTripInOrder() {
        Gen<List<PointsRubric>> several = CanvasGenerators.pointsRubrics("3.0.0", "rubrics.csv").listOf(1, 4)
                .filter(rubrics -> rubrics.stream().map(PointsRubric::title).distinct().count() == rubrics.size()
                        && rubrics.stream().map(PointsRubric::id).distinct().count() == rubrics.size());
        Properties.forAll("several canvas rubrics round trip", 100, several, rubrics -> {
            String csv = CANVAS.write(rubrics, "generated").csv();

            assertThat(read(csv)).isEqualTo(rubrics);
        });
    }

    @Test
    void aWrittenCsvReadsAndWritesBackToTheSameBytes() {
        Properties.forAll("canvas csv bytes stable", 300, CanvasGenerators.pointsRubrics("3.0.0", "rubrics.csv"),
                rubric -> {
                    String csv = CANVAS.write(List.of(rubric), "generated").csv();

                    assertThat(CANVAS.writeRubrics(readRubrics(csv))).isEqualTo(csv);
                    assertThat(CANVAS.write(read(csv), "again").csv()).isEqualTo(csv);
                });
    }
}
