package org.engagementrubrics.json.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;

/**
 * Canvas rubric CSV read into rubrics: the template's rows, the header forms, ragged rows, decimal commas,
 * several rubrics, and one known answer for each problem, with its exact text.
 */
class CanvasCsvReaderTest {

    static final CanvasCsv CANVAS = RubricJson.defaults().canvasCsv();

    /** The example rows of Canvas's template (see shared/interop/canvas-rubric-csv.md). */
    static final String TEMPLATE = """
            Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,\
            Rating Points,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points
            Rubric 1,Criteria 1,Criteria 1 Description,false,Rating 1,Rating 1 Description,2,Rating 2,\
            Rating 2 Description,1,Rating 3,Rating 3 Description,0
            Rubric 1,Criteria 2,Criteria 2 Description,false,Rating 1,Rating 1 Description,2,Rating 2,\
            Rating 2 Description,1
            """;

    static List<CanvasRubric> read(String csv) {
        return CANVAS.readRubrics(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "rubrics.csv");
    }

    static List<String> refused(String csv) {
        try {
            read(csv);
        } catch (FormatException e) {
            return e.problems().stream().map(FormatProblem::toString).toList();
        }
        throw new AssertionError("expected a FormatException");
    }

    private static CanvasRating rating(String name, String description, String points) {
        return CanvasRating.of(name, description, new BigDecimal(points));
    }

    @Test
    void theTemplateRowsReadAsCanvasDescribesThem() {
        List<CanvasRubric> rubrics = read(TEMPLATE);

        assertThat(rubrics).hasSize(1);
        CanvasRubric rubric = rubrics.get(0);
        assertThat(rubric.name()).isEqualTo("Rubric 1");
        assertThat(rubric.criteria()).extracting(CanvasCriterion::name).containsExactly("Criteria 1", "Criteria 2");
        CanvasCriterion first = rubric.criteria().get(0);
        assertThat(first.description()).isEqualTo("Criteria 1 Description");
        assertThat(first.enableRange()).isFalse();
        assertThat(first.ratings()).containsExactly(rating("Rating 1", "Rating 1 Description", "2"),
                rating("Rating 2", "Rating 2 Description", "1"), rating("Rating 3", "Rating 3 Description", "0"));
        assertThat(first.points()).isEqualByComparingTo("2");
        assertThat(rubric.criteria().get(1).ratings()).hasSize(2);
        assertThat(rubric.pointsPossible()).isEqualByComparingTo("4");
    }

    @Test
    void numberedRatingHeadersFormTriplesByOrder() {
        List<CanvasRubric> rubrics = read("""
                Rubric Name,Criteria Name,Rating Name 1,Rating Description 1,Rating Points 1,Rating Name 2,\
                Rating Description 2,Rating Points 2
                R,C,Low,,0,High,very good,5
                """);

        assertThat(rubrics.get(0).criteria().get(0).ratings()).containsExactly(rating("Low", "", "0"),
                rating("High", "very good", "5"));
        assertThat(rubrics.get(0).criteria().get(0).description()).isEmpty();
    }

    @Test
    void ratingsAreSortedInCanvasOrderHighestPointsFirstThenByName() {
        CanvasCriterion criterion = read("""
                Rubric Name,Criteria Name,Rating Name,Rating Description,Rating Points,Rating Name,\
                Rating Description,Rating Points,Rating Name,Rating Description,Rating Points
                R,C,Zero,,0,Beta,,3,Alpha,,3
                """).get(0).criteria().get(0);

        assertThat(criterion.canvasOrder()).extracting(CanvasRating::name).containsExactly("Alpha", "Beta", "Zero");
        assertThat(criterion.ratings()).extracting(CanvasRating::name).containsExactly("Zero", "Beta", "Alpha");
    }

    @Test
    void raggedRowsAndEmptyRatingNamesAreSkipped() {
        List<CanvasRubric> rubrics = read("""
                Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,\
                Rating Points,Rating Name,Rating Description,Rating Points
                R,Short,,,A,,1
                R,Gap,,,,,,B,,2
                R,Shortest,x
                """.replace("R,Shortest,x\n", "R,Shortest,x,TRUE,C,,1\n"));

        List<CanvasCriterion> criteria = rubrics.get(0).criteria();
        assertThat(criteria).extracting(CanvasCriterion::name).containsExactly("Short", "Gap", "Shortest");
        assertThat(criteria.get(0).ratings()).containsExactly(rating("A", "", "1"));
        assertThat(criteria.get(1).ratings()).containsExactly(rating("B", "", "2"));
        assertThat(criteria.get(2).enableRange()).isTrue();
    }

    @Test
    void decimalCommasBecomeDotsAndPointsRoundHalfAwayFromZeroToTwoDecimals() {
        CanvasCriterion criterion = read("""
                Rubric Name,Criteria Name,Criteria Enable Range,Rating Name,Rating Description,Rating Points,\
                Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points
                R,C,1,A,,"1,75",B,,0.125,C,,-0.125
                """).get(0).criteria().get(0);

        assertThat(criterion.ratings()).extracting(CanvasRating::points).containsExactly(new BigDecimal("1.75"),
                new BigDecimal("0.13"), new BigDecimal("-0.13"));
        assertThat(criterion.enableRange()).isTrue();
    }

    @Test
    void severalRubricsAreGroupedByNameInOrderOfFirstAppearance() {
        List<CanvasRubric> rubrics = read("""
                Rubric Name,Criteria Name,Rating Name,Rating Description,Rating Points
                Second,S1,A,,1
                First,F1,A,,1
                Second,S2,A,,2
                """);

        assertThat(rubrics).extracting(CanvasRubric::name).containsExactly("Second", "First");
        assertThat(rubrics.get(0).criteria()).extracting(CanvasCriterion::name).containsExactly("S1", "S2");
        assertThat(rubrics.get(0).pointsPossible()).isEqualByComparingTo("3");
    }

    @Test
    void canvasErrorsAreReportedForEveryRowWithCanvasWords() {
        assertThat(refused("""
                Rubric Name,Criteria Name,Rating Name,Rating Description,Rating Points
                ,C,A,,1
                R,,A,,1
                R,No ratings,,,
                R,Fine,A,,1
                ,,,,
                ,Both,,,
                """)).containsExactly(
                "rubrics.csv:2:1: /Rubric Name: [missing] Missing 'Rubric Name' in some rows. This row's 'Rubric Name'"
                        + " is blank; expected the name of the rubric the criterion belongs to",
                "rubrics.csv:3:3: /Criteria Name: [missing] Missing 'Criteria Name' for R. Expected the criterion's"
                        + " name",
                "rubrics.csv:4:3: /Criteria Name: [missing-ratings] Missing ratings for No ratings. Expected at least"
                        + " one rating: a 'Rating Name' with its 'Rating Points'",
                "rubrics.csv:7:1: /Rubric Name: [missing] Missing 'Rubric Name' in some rows. This row's 'Rubric Name'"
                        + " is blank; expected the name of the rubric the criterion belongs to",
                "rubrics.csv:7:2: /Criteria Name: [missing-ratings] Missing ratings for Both. Expected at least one"
                        + " rating: a 'Rating Name' with its 'Rating Points'");
    }

    @Test
    void whatCanvasLeavesImplicitIsReportedToo() {
        assertThat(refused("""
                Rubric Name,Criteria Name,Criteria Enable Range,Rating Name,Rating Description,Rating Points,\
                Rating Name,Rating Description,Rating Points
                R,C,yes,A,,,B,,two
                R,D,,,,3,E,,1,extra
                """)).containsExactly(
                "rubrics.csv:2:5: /Criteria Enable Range: [invalid-value] 'Criteria Enable Range' is 'yes'; expected"
                        + " true or 1 (point ranges), false, 0 or empty (Canvas reads anything else as false)",
                "rubrics.csv:2:12: /Rating Points: [missing] rating 1 ('A') has no 'Rating Points'; expected a number"
                        + " such as 2, 1.5 or 1,5",
                "rubrics.csv:2:16: /Rating Points: [invalid-value] rating 2 ('B') has 'Rating Points' 'two', not a"
                        + " number; expected a number such as 2, 1.5 or 1,5 (at most 100 characters)",
                "rubrics.csv:3:6: /Rating Name: [unnamed-rating] rating 1 has points '3' but no 'Rating Name', so"
                        + " Canvas would skip it; expected a name, or its cells cleared",
                "rubrics.csv:3:15: [ragged-row] cell 10 holds 'extra' past the header's last column (9), so Canvas"
                        + " would not read it; expected at most 9 cells, or a header for this column");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefusedWithEachOneNamed() {
        assertThat(refused("""
                Rubric,Criteria Name,Rating Name,Rating Description
                R,C,A,
                """)).containsExactly(
                "rubrics.csv:1:1: [missing-column] the header has 1 'rating name' and 0 'rating points' columns;"
                        + " expected one 'Rating Name', 'Rating Description' and 'Rating Points' column per rating,"
                        + " so that no rating loses a cell",
                "rubrics.csv:1:1: [missing-column] the header has no 'Rubric Name' column; expected a column named"
                        + " exactly 'Rubric Name'",
                "rubrics.csv:1:1: [unknown-column] column 1 is 'Rubric', which Canvas does not read, so its cells"
                        + " would be lost; expected one of [Rubric Name, Criteria Name, Criteria Description,"
                        + " Criteria Enable Range] or a header containing 'Rating Name', 'Rating Description' or"
                        + " 'Rating Points' (remove the column)");
    }

    @Test
    void aHeaderAloneIsAnEmptyFile() {
        assertThat(refused("Rubric Name,Criteria Name,Rating Name,Rating Description,Rating Points\n"))
                .containsExactly("rubrics.csv:2:1: [empty-document] the file holds a header and no criterion row;"
                        + " expected one row per criterion after the header");
    }

    @Test
    void writingLaysOutTheTemplateAndReadsBackToTheSameRubrics() {
        List<CanvasRubric> rubrics = read(TEMPLATE);

        String csv = CANVAS.writeRubrics(rubrics);

        assertThat(csv).isEqualTo(TEMPLATE.replace("Rating 2 Description,1\n",
                "Rating 2 Description,1,,,\n"));
        assertThat(read(csv)).isEqualTo(rubrics);
    }

    @Test
    void writingQuotesCellsAsRfc4180Says() {
        CanvasRubric rubric = new CanvasRubric("A, \"quoted\" rubric", List.of(new CanvasCriterion("Line\nbreak",
                "", true, List.of(rating("x", "", "1.5")))));

        String csv = CANVAS.writeRubrics(List.of(rubric));

        assertThat(csv).endsWith("\n\"A, \"\"quoted\"\" rubric\",\"Line\nbreak\",,true,x,,1.5\n");
        assertThat(read(csv)).containsExactly(rubric);
    }

    @Test
    void writingRefusesTwoRubricsOfOneName() {
        CanvasRubric rubric = read(TEMPLATE).get(0);

        assertThatThrownBy(() -> CANVAS.writeRubrics(List.of(rubric, rubric)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rubrics are named 'Rubric 1'");
    }
}
