package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rubric convert}: each direction between rubric-json and canvas-csv, several rubrics, the loss
 * policy, and the error paths with their exit codes and located messages.
 */
class ConvertCommandTest {

    /** Canvas's template rows (shared/interop/canvas-rubric-csv.md) and a second rubric. */
    private static final String TWO_RUBRICS = """
            Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,\
            Rating Points,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points
            Rubric 1,Criteria 1,Criteria 1 Description,false,Rating 1,Rating 1 Description,2,Rating 2,\
            Rating 2 Description,1,Rating 3,Rating 3 Description,0
            Rubric 1,Criteria 2,Criteria 2 Description,false,Rating 1,Rating 1 Description,2,Rating 2,\
            Rating 2 Description,1
            Home visits,Listening,,TRUE,Some,,"1,5",All,,3
            """;

    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("rubrics.csv"), text);
    }

    @Test
    void canvasCsvToCanvasCsvWritesTheNormalisedFileToStandardOutput() throws Exception {
        Cli.Run run = Cli.run("convert", "--from", "canvas-csv", "--to", "canvas-csv", csv(TWO_RUBRICS).toString(),
                "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(TWO_RUBRICS.replace("Rating 2 Description,1\n", "Rating 2 Description,1,,,\n")
                .replace("Home visits,Listening,,TRUE,Some,,\"1,5\",All,,3\n",
                        "Home visits,Listening,,true,All,,3,Some,,1.5,,,\n"));
        assertThat(run.err()).isEqualTo("rubric: converted 2 instruments from canvas-csv to canvas-csv\n");
    }

    @Test
    void canvasCsvToRubricJsonWritesOneFilePerRubricIntoADirectory() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));

        Cli.Run run = Cli.run("convert", "--from", "canvas-csv", "--to", "rubric-json", csv(TWO_RUBRICS).toString(),
                out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(RubricJson.defaults().readInstrument(out.resolve("rubric-1.json")).title().values())
                .containsEntry("en", "Rubric 1");
        assertThat(RubricJson.defaults().readInstrument(out.resolve("home-visits.json")).id()).isEqualTo("home-visits");
    }

    @Test
    void rubricJsonToCanvasCsvAndBackGivesAnEqualInstrument() throws Exception {
        Path json = dir.resolve("rubric-1.json");
        Cli.Run toJson = Cli.run("convert", "--from", "canvas-csv", "--to", "rubric-json", "--rubric", "Rubric 1",
                csv(TWO_RUBRICS).toString(), json.toString());
        Path back = dir.resolve("back.csv");

        Cli.Run toCsv = Cli.run("convert", "--from", "rubric-json", "--to", "canvas-csv", json.toString(),
                back.toString());

        assertThat(toJson.exitCode()).isZero();
        assertThat(toCsv.exitCode()).isZero();
        assertThat(RubricJson.defaults().canvasCsv().read(back).get(0).criteria())
                .isEqualTo(((PointsRubric) RubricJson.defaults().readInstrument(json)).criteria());
    }

    @Test
    void severalRubricsToOneJsonFileIsAUsageError() throws Exception {
        Cli.Run run = Cli.run("convert", "--from", "canvas-csv", "--to", "rubric-json", csv(TWO_RUBRICS).toString(),
                "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("rubrics.csv") + " holds 2 instruments [rubric-1, home-visits] and"
                + " rubric-json holds one per file: OUT must be an existing directory, or pick one with --rubric");
    }

    @Test
    void aBadCanvasFileExitsOneWithEveryLocatedProblemAndWritesNothing() throws Exception {
        Path file = csv("""
                Rubric Name,Criteria Name,Rating Name,Rating Description,Rating Points
                ,C,A,,1
                R,No ratings,,,
                """);
        Path out = dir.resolve("out.json");

        Cli.Run run = Cli.run("convert", "--from", "canvas-csv", "--to", "rubric-json", file.toString(),
                out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                file + ":2:1: /Rubric Name: [missing] Missing 'Rubric Name' in some rows. This row's 'Rubric Name' is"
                        + " blank; expected the name of the rubric the criterion belongs to",
                file + ":3:3: /Criteria Name: [missing-ratings] Missing ratings for No ratings. Expected at least one"
                        + " rating: a 'Rating Name' with its 'Rating Points'");
        assertThat(out).doesNotExist();
    }

    @Test
    void anInstrumentCanvasCannotHoldIsRefusedWithALocatedProblem() throws Exception {
        Path matrix = Files.writeString(dir.resolve("matrix.json"),
                Catalog.bundledFile("four-versions-of-partnerships"));

        Cli.Run run = Cli.run("convert", "--from", "rubric-json", "--to", "canvas-csv", matrix.toString(), "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(matrix + ": /kind: [not-carried] 'four-versions-of-partnerships' is"
                + " a ARCHETYPE_MATRIX; a Canvas rubric CSV holds points rubrics only");
    }

    @Test
    void aMatrixGoesToCaseAndBackToAnEqualInstrumentWithTheSameBytesEachTime() throws Exception {
        Path json = Files.writeString(dir.resolve("matrix.json"), Catalog.bundledFile("four-versions-of-partnerships"));
        Path exported = dir.resolve("matrix.case.json");

        Cli.Run out = Cli.run("convert", "--from", "rubric-json", "--to", "case", json.toString(), exported.toString());
        Cli.Run again = Cli.run("convert", "--from", "rubric-json", "--to", "case", json.toString(), "-");
        Cli.Run back = Cli.run("convert", "--from", "case", "--to", "rubric-json", exported.toString(), "-");

        assertThat(out.exitCode()).isZero();
        assertThat(out.errLines()).containsExactly("rubric: converted 1 instrument from rubric-json to case");
        assertThat(again.out()).isEqualTo(Files.readString(exported));
        assertThat(Files.readString(exported)).contains("\"CFDocument\"")
                .contains("\"CFRubrics\"");
        assertThat(back.exitCode()).isZero();
        assertThat(RubricJson.defaults().readInstrument(new java.io.ByteArrayInputStream(back.out().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "back.json"))
                .isEqualTo(RubricJson.defaults().readInstrument(json));
    }

    @Test
    void aKindCaseCannotHoldIsRefusedWithALocatedProblem() throws Exception {
        Path json = Files.writeString(dir.resolve("survey.json"), Catalog.bundledFile("guardian-survey"));

        Cli.Run run = Cli.run("convert", "--from", "rubric-json", "--to", "case", json.toString(), "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(json + ": /kind: [case-unsupported] 'guardian-survey' is a survey;"
                + " CASE rubrics carry staged rubrics, archetype matrices and points rubrics");
    }

    @Test
    void aNonConformantCaseFileIsRefusedUnlessLenientThenEachRepairIsAWarning() throws Exception {
        Path json = Files.writeString(dir.resolve("matrix.json"), Catalog.bundledFile("four-versions-of-partnerships"));
        Cli.Run exported = Cli.run("convert", "--from", "rubric-json", "--to", "case", json.toString(), "-");
        // the older dialect's capitalised key, as in shared/interop/legacy-case-rubric-sample.json
        Path legacy = Files.writeString(dir.resolve("legacy.case.json"),
                exported.out().replaceFirst("\"title\"", "\"Title\""));

        Cli.Run strict = Cli.run("convert", "--from", "case", "--to", "rubric-json", legacy.toString(), "-");
        Cli.Run lenient = Cli.run("convert", "--from", "case", "--to", "rubric-json", "--lenient", legacy.toString(),
                "-");

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.errLines()).isNotEmpty().allMatch(line -> line.startsWith(legacy + ": /"))
                .anyMatch(line -> line.contains("[case-repairable]") && line.contains("'Title'"));
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.errLines()).anyMatch(line -> line.startsWith(legacy + ": /") && line.contains("warning:")
                && line.contains("[case-repaired]") && line.contains("'Title'"));
        assertThat(lenient.errLines()).last().asString().startsWith("rubric: converted 1 instrument from case to"
                + " rubric-json, ").endsWith(" made");
        assertThat(RubricJson.defaults().readInstrument(new java.io.ByteArrayInputStream(lenient.out().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "back.json"))
                .isEqualTo(RubricJson.defaults().readInstrument(json));
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        Path file = csv(TWO_RUBRICS);

        Cli.Run unknown = Cli.run("convert", "--from", "moodle-xml", "--to", "canvas-csv", file.toString(), "-");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Invalid value for option '--from': 'moodle-xml' is not a format; expected"
                + " one of [rubric-json, canvas-csv, case]");
    }

    @Test
    void aMissingInputIsAProblemOfThatFile() {
        Cli.Run run = Cli.run("convert", "--from", "canvas-csv", "--to", "canvas-csv", dir.resolve("none.csv")
                .toString(), "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1)
                .allMatch(line -> line.startsWith(dir.resolve("none.csv") + ": [unreadable] "));
    }

    @Test
    void rubricPicksOneByTitleAndAnUnknownOneIsAProblem() throws Exception {
        Path file = csv(TWO_RUBRICS);

        Cli.Run picked = Cli.run("convert", "--from", "canvas-csv", "--to", "canvas-csv", "--rubric", "Home visits",
                "--instrument-version", "2.0.0", file.toString(), "-");
        Cli.Run unknown = Cli.run("convert", "--from", "canvas-csv", "--to", "canvas-csv", "--rubric", "Nope",
                file.toString(), "-");

        assertThat(picked.exitCode()).isZero();
        assertThat(picked.outLines()).hasSize(2).last().isEqualTo("Home visits,Listening,,true,All,,3,Some,,1.5");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly(file + ": [missing] holds no instrument of id or title 'Nope';"
                + " it holds [rubric-1, home-visits]");
    }

    @Test
    void lossesAreRefusedUnlessAllowedThenPrintedAsWarnings() throws Exception {
        PointsRubric rubric = RubricJson.defaults().canvasCsv().read(csv(TWO_RUBRICS)).get(1);
        PointsRubric weighted = new PointsRubric(rubric.id(), rubric.version(), rubric.title(), rubric.source(),
                List.of(), rubric.extensions(), List.of(rubric.criteria().get(0).withWeight(new java.math.BigDecimal(
                        "2"))));
        Path json = Files.writeString(dir.resolve("weighted.json"), RubricJson.defaults().write(weighted));

        Cli.Run refused = Cli.run("convert", "--from", "rubric-json", "--to", "canvas-csv", json.toString(), "-");
        Cli.Run allowed = Cli.run("convert", "--from", "rubric-json", "--to", "canvas-csv", "--allow-loss",
                json.toString(), "-");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly(json + ": /criteria/0/weight: [not-carried] weight 2 has no"
                + " place in a Canvas rubric CSV, whose criteria all weigh 1; allow loss to write the rest");
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.errLines()).containsExactly(json + ": /criteria/0/weight: warning: [not-carried] weight 2"
                + " has no place in a Canvas rubric CSV, whose criteria all weigh 1",
                "rubric: converted 1 instrument from rubric-json to canvas-csv, 1 loss allowed");
    }
}
