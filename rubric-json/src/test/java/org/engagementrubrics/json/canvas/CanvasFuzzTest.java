package org.engagementrubrics.json.canvas;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.json.RubricJson;

/**
 * Fuzzes the Canvas rubric CSV reader: any bytes give rubrics or a {@link FormatException} whose problems are
 * well formed, never another exception; rubrics read write and read back to equal rubrics (as a table and as
 * points rubrics), and the written text is stable. Seeds in regression mode (a plain {@code verify}):
 * {@code src/test/resources/org/engagementrubrics/json/canvas/CanvasFuzzTestInputs/canvasCsv/}, the golden
 * file and files of the problems Canvas and we report; {@code JAZZER_FUZZ=1} fuzzes (see
 * {@code docs/fuzzing.md}).
 */
class CanvasFuzzTest {

    private static final CanvasCsv FUZZED = RubricJson.defaults().withLimits(ReadLimits.defaults()
            .withMaxDocumentBytes(64 * 1024).withMaxStringLength(4096).withMaxNumberLength(40)).canvasCsv();
    private static final CanvasCsv AGAIN = RubricJson.defaults().canvasCsv();

    @FuzzTest(maxDuration = "10m")
    void canvasCsv(byte[] data) {
        List<CanvasRubric> rubrics;
        try {
            rubrics = FUZZED.readRubrics(new ByteArrayInputStream(data), "fuzz.csv");
        } catch (FormatException e) {
            checkProblems(e.problems());
            return;
        }
        String csv = AGAIN.writeRubrics(rubrics);
        check(read(csv).equals(rubrics), "rubrics changed on writing and reading again:\n" + rubrics);
        check(AGAIN.writeRubrics(read(csv)).equals(csv), "the written text changed on reading and writing again");
        List<PointsRubric> points;
        try {
            points = FUZZED.read(new ByteArrayInputStream(data), "fuzz.csv");
        } catch (FormatException e) {
            checkProblems(e.problems()); // a rule of points rubrics, such as negative points
            return;
        }
        if (points.stream().map(rubric -> rubric.id()).distinct().count() == points.size()) {
            String written = AGAIN.write(points, "fuzz").csv();
            check(AGAIN.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "fuzz.csv")
                    .equals(points), "points rubrics changed on writing and reading again:\n" + points);
        }
    }

    private static List<CanvasRubric> read(String csv) {
        return AGAIN.readRubrics(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "again.csv");
    }

    private static void checkProblems(List<FormatProblem> problems) {
        check(problems != null && !problems.isEmpty(), "a FormatException without problems");
        for (FormatProblem problem : problems) {
            check(problem.line() >= 0 && problem.column() >= 0, "a negative line or column: " + problem);
            check(problem.isError(), "a warning that failed the read: " + problem);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
