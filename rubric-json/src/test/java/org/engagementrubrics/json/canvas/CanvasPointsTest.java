package org.engagementrubrics.json.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canvas rubric CSV as points rubrics: the template imported as Canvas describes it, the Canvas normal form,
 * and every loss an export refuses or reports.
 */
class CanvasPointsTest {

    private static final CanvasCsv CANVAS = RubricJson.defaults().canvasCsv();

    @TempDir
    Path dir;

    private static List<PointsRubric> read(CanvasCsv canvas, String csv) {
        return canvas.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "rubrics.csv");
    }

    private static List<String> texts(List<FormatProblem> problems) {
        return problems.stream().map(FormatProblem::toString).toList();
    }

    private static List<String> refused(Runnable run) {
        try {
            run.run();
        } catch (FormatException e) {
            return texts(e.problems());
        }
        throw new AssertionError("expected a FormatException");
    }

    @Test
    void theTemplateImportsAsCanvasDescribesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("template.csv"), CanvasCsvReaderTest.TEMPLATE);

        List<PointsRubric> rubrics = CANVAS.read(file);

        assertThat(rubrics).hasSize(1);
        PointsRubric rubric = rubrics.get(0);
        assertThat(rubric.id()).isEqualTo("rubric-1");
        assertThat(rubric.version()).isEqualTo("1.0.0");
        assertThat(rubric.title()).isEqualTo(LocalizedText.of("Rubric 1"));
        assertThat(rubric.source().attribution()).isEqualTo("Canvas rubric CSV");
        assertThat(rubric.source().citation()).isEqualTo("template.csv");
        Criterion first = rubric.criteria().get(0);
        assertThat(first.id()).isEqualTo("criteria-1");
        assertThat(first.description()).isEqualTo(LocalizedText.of("Criteria 1 Description"));
        assertThat(first.weight()).isEqualByComparingTo("1");
        assertThat(first.ranged()).isFalse();
        assertThat(first.levels()).extracting(Level::id).containsExactly("rating-1", "rating-2", "rating-3");
        assertThat(first.levels()).extracting(Level::points).containsExactly(new BigDecimal("2"), new BigDecimal("1"),
                BigDecimal.ZERO);
        assertThat(first.levels().get(0).description()).isEqualTo(LocalizedText.of("Rating 1 Description"));
        assertThat(first.pointsPossible()).isEqualByComparingTo("2");
        assertThat(rubric.criteria().get(1).pointsPossible()).isEqualByComparingTo("2");
        assertThat(rubric.pointsPossible()).isEqualByComparingTo("4");
    }

    @Test
    void ratingsAreSortedHighestFirstAndIdsAreDerivedAndDeduplicated() {
        PointsRubric rubric = read(CANVAS.withVersion("2.1.0"), """
                Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,\
                Rating Points,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points
                Écoute & suivi!,Listening,,true,Low,,"0,5",Top,,3,Mid,,"1,5"
                Écoute & suivi!,Listening,,false,Same,,1,Same,,1,!!!,,0
                """).get(0);

        assertThat(rubric.id()).isEqualTo("ecoute-suivi");
        assertThat(rubric.version()).isEqualTo("2.1.0");
        assertThat(rubric.criteria()).extracting(Criterion::id).containsExactly("listening", "listening-2");
        Criterion ranged = rubric.criteria().get(0);
        assertThat(ranged.ranged()).isTrue();
        assertThat(ranged.description()).isNull();
        assertThat(ranged.levels()).extracting(level -> level.label().values().get("en"))
                .containsExactly("Top", "Mid", "Low");
        assertThat(ranged.levels()).extracting(Level::points).containsExactly(new BigDecimal("3"),
                new BigDecimal("1.5"), new BigDecimal("0.5"));
        assertThat(rubric.criteria().get(1).levels()).extracting(Level::id).containsExactly("same", "same-2", "level");
    }

    @Test
    void aGivenInstrumentIdNamesTheOneRubricAndIsRefusedForSeveral() {
        String two = """
                Rubric Name,Criteria Name,Rating Name,Rating Description,Rating Points
                A,C,x,,1
                B,C,x,,1
                """;

        assertThat(read(CANVAS.withInstrumentId("family-visits"), two.replace("B,C,x,,1\n", "")).get(0).id())
                .isEqualTo("family-visits");
        assertThat(refused(() -> read(CANVAS.withInstrumentId("family-visits"), two))).containsExactly(
                "rubrics.csv: [invalid-value] the file holds 2 rubrics [A, B] and the instrument id 'family-visits'"
                        + " can name one; expected one rubric, or no instrument id (each rubric's id is then derived"
                        + " from its name)");
    }

    @Test
    void aRubricBreakingARuleOfPointsRubricsIsRefusedWithTheValidatorsProblem() {
        List<String> problems = refused(() -> read(CANVAS, """
                Rubric Name,Criteria Name,Criteria Enable Range,Rating Name,Rating Description,Rating Points
                R,C,false,Below,,-1
                """));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("rubrics.csv: /criteria/0/scale/levels/0/points: ")
                .contains("rubric 'R': ");
    }

    @Test
    void exportRefusesEveryLossWithItsPointerUnlessLossIsAllowed() {
        PointsRubric imported = read(CANVAS, CanvasCsvReaderTest.TEMPLATE).get(0);
        Criterion first = imported.criteria().get(0);
        Criterion weighted = new Criterion("other-id", LocalizedText.of(Map.of("en", "Criteria 1", "es", "Criterio 1"),
                "en"), first.description(), new BigDecimal("2"), first.scale(),
                Extensions.of(Map.of("x-lms", ExtensionValue.of("1"))));
        Criterion free = new Criterion("free", LocalizedText.of("Free"), null, BigDecimal.ONE,
                CriterionScale.freeForm(new BigDecimal("5")), Extensions.empty());
        PointsRubric lossy = new PointsRubric(imported.id(), imported.version(), imported.title(), imported.source(),
                List.of(new Erratum("typo", "criteria[0]", LocalizedText.of("Critera 1"),
                        LocalizedText.of("Criteria 1"), LocalizedText.of("a typo"))), Extensions.empty(),
                List.of(weighted, free,
                        imported.criteria().get(1)));

        List<String> refused = refused(() -> CANVAS.write(List.of(lossy), "ours.json"));
        CanvasExport allowed = CANVAS.withLossAllowed(true).write(List.of(lossy), "ours.json");

        assertThat(refused).containsExactly(
                "ours.json: /criteria/0/extensions: [not-carried] extensions [x-lms] have no place in a Canvas rubric"
                        + " CSV; allow loss to write the rest",
                "ours.json: /criteria/0/id: [not-carried] id 'other-id' is not the one Canvas's name gives"
                        + " ('criteria-1'); a Canvas rubric CSV has no ids, so an import derives 'criteria-1'; allow"
                        + " loss to write the rest",
                "ours.json: /criteria/0/title: [not-carried] text in [en, es] (default en); a Canvas rubric CSV holds"
                        + " one text, taken as English: 'Criteria 1'; allow loss to write the rest",
                "ours.json: /criteria/0/weight: [not-carried] weight 2 has no place in a Canvas rubric CSV, whose"
                        + " criteria all weigh 1; allow loss to write the rest",
                "ours.json: /criteria/1/scale: [not-carried] criterion 'Free' is free-form (up to 5 points); a Canvas"
                        + " rubric CSV has no free-form criterion, so it is left out; allow loss to write the rest",
                "ours.json: /errata/0: [not-carried] an erratum has no place in a Canvas rubric CSV; allow loss to"
                        + " write the rest");
        assertThat(texts(allowed.losses())).hasSize(6).allMatch(text -> text.contains(": warning: [not-carried] "));
        assertThat(allowed.csv()).isEqualTo(CANVAS.writeRubrics(read(CANVAS, CanvasCsvReaderTest.TEMPLATE).stream()
                .map(rubric -> CANVAS.readRubrics(new ByteArrayInputStream(CanvasCsvReaderTest.TEMPLATE
                        .getBytes(StandardCharsets.UTF_8)), "t.csv").get(0)).toList()));
    }

    @Test
    void exportRefusesLevelsOutOfCanvasOrderAndAForeignSource() {
        PointsRubric imported = read(CANVAS, CanvasCsvReaderTest.TEMPLATE).get(0);
        Criterion first = imported.criteria().get(0);
        List<Level> reversed = new java.util.ArrayList<>(first.levels());
        java.util.Collections.reverse(reversed);
        Criterion ascending = new Criterion(first.id(), first.title(), first.description(), first.weight(),
                CriterionScale.levels(reversed), first.extensions());
        PointsRubric rubric = new PointsRubric(imported.id(), imported.version(), imported.title(),
                org.engagementrubrics.core.Source.of("Family engagement", "A district"), List.of(),
                Extensions.empty(), List.of(ascending));

        assertThat(refused(() -> CANVAS.write(List.of(rubric), "ours.json"))).containsExactly(
                "ours.json: /criteria/0/scale/levels: [not-carried] the levels are not in Canvas's order (highest"
                        + " points first, equal points by name), and Canvas reorders them on import; expected"
                        + " [Rating 1, Rating 2, Rating 3]; allow loss to write the rest",
                "ours.json: /source: [not-carried] the source (Family engagement; A district) has no place in a"
                        + " Canvas rubric CSV; allow loss to write the rest");
    }

    @Test
    void twoRubricsOfOneTitleAreAlwaysRefused() {
        PointsRubric rubric = read(CANVAS, CanvasCsvReaderTest.TEMPLATE).get(0);

        assertThat(refused(() -> CANVAS.withLossAllowed(true).write(List.of(rubric, rubric), "two"))).containsExactly(
                "two: /1/title: [invalid-value] a second rubric titled 'Rubric 1'; Canvas groups rows by 'Rubric"
                        + " Name', so the two would import as one: expected distinct titles");
    }
}
