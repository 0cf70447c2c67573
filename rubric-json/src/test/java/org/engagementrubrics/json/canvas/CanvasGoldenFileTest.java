package org.engagementrubrics.json.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;

/**
 * The Canvas rubric CSV of a hand-written points rubric, byte for byte: quoting, a ranged criterion, decimal
 * points, equal points ordered by name, an empty description. To change the file on purpose, run
 * {@code ./mvnw -pl rubric-json test -Dtest=CanvasGoldenFileTest -Drubric.updateGolden=true} and review the
 * diff.
 */
class CanvasGoldenFileTest {

    private static final String NAME = "family-conference.csv";
    private static final CanvasCsv CANVAS = RubricJson.defaults().canvasCsv();

    /** The rubric, in Canvas normal form; 7 points possible (2 + 3.5 + 1.5). */
    static PointsRubric familyConference() {
        Criterion welcome = new Criterion("welcome-greeting", LocalizedText.of("Welcome, greeting"),
                LocalizedText.of("Families are greeted \"by name\""), BigDecimal.ONE, CriterionScale.levels(List.of(
                        level("warm", "Warm", "Greets every family by name", "2"),
                        level("neutral", "Neutral", null, "1"),
                        level("cool", "Cool", null, "0"))), Extensions.empty());
        Criterion listening = new Criterion("listening", LocalizedText.of("Listening"), null, BigDecimal.ONE,
                CriterionScale.ranges(List.of(
                        level("all-voices", "All voices", null, "3.5"),
                        level("most-voices", "Most voices", null, "2.25"),
                        level("few", "Few", "One voice, or none", "1"))), Extensions.empty());
        Criterion nextSteps = new Criterion("next-steps", LocalizedText.of("Next steps"),
                LocalizedText.of("Agreed\nin writing"), BigDecimal.ONE, CriterionScale.levels(List.of(
                        level("spoken", "Spoken", null, "1.5"),
                        level("written", "Written", null, "1.5"),
                        level("none", "None", null, "0"))), Extensions.empty());
        return new PointsRubric("family-conference", "1.0.0", LocalizedText.of("Family conference"),
                new Source(LocalizedText.of("Family conference"), "Canvas rubric CSV", NAME), List.of(),
                Extensions.empty(), List.of(welcome, listening, nextSteps));
    }

    private static Level level(String id, String label, String description, String points) {
        return new Level(id, LocalizedText.of(label), description == null ? null : LocalizedText.of(description),
                new BigDecimal(points), Extensions.empty());
    }

    private static Path golden() throws IOException {
        Path file = Path.of("src/test/resources/golden-canvas", NAME);
        if (Boolean.getBoolean("rubric.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, CANVAS.write(List.of(familyConference()), "golden").csv(), StandardCharsets.UTF_8);
        }
        return file;
    }

    @Test
    void theRubricWritesTheGoldenFileByteForByte() throws IOException {
        CanvasExport export = CANVAS.write(List.of(familyConference()), "golden");

        assertThat(export.losses()).isEmpty();
        assertThat(export.csv().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(golden()));
    }

    @Test
    void theGoldenFileReadsBackToTheRubric() throws IOException {
        List<PointsRubric> read = CANVAS.read(golden());

        assertThat(read).containsExactly(familyConference());
        assertThat(read.get(0).pointsPossible()).isEqualByComparingTo("7");
    }
}
