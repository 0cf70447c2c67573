package org.engagementrubrics.json;

import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.json.canvas.CanvasCriterion;
import org.engagementrubrics.json.canvas.CanvasRating;
import org.engagementrubrics.json.canvas.CanvasRubric;

/**
 * Writes rubrics as a Canvas rubric CSV laid out as Canvas's template is: the four fixed columns, then plain
 * repeated {@code Rating Name,Rating Description,Rating Points} triples, as many as the widest criterion has
 * ratings; one row per criterion, every row padded to the header's width (Canvas skips a rating whose name
 * is empty, so padding imports the same, and a rectangular table is what spreadsheets and strict CSV
 * readers expect). Ratings are written in the order the criterion holds them, {@code Criteria Enable Range}
 * as {@code true} or {@code false}. RFC 4180 quoting (a cell holding a comma, a quote or a line break is
 * quoted, a quote written twice), rows ended by {@code \n}, no byte order mark: the same rubrics give the
 * same text.
 */
final class CanvasCsvText {

    private CanvasCsvText() {
    }

    /**
     * Writes rubrics as Canvas rubric CSV text.
     *
     * @param rubrics the rubrics, not empty
     * @return the text, UTF-8 when written as bytes
     */
    static String write(List<CanvasRubric> rubrics) {
        int width = 0;
        for (CanvasRubric rubric : rubrics) {
            for (CanvasCriterion criterion : rubric.criteria()) {
                width = Math.max(width, criterion.ratings().size());
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(CanvasTableCsv.RUBRIC_NAME, CanvasTableCsv.CRITERIA_NAME,
                CanvasTableCsv.CRITERIA_DESCRIPTION, CanvasTableCsv.CRITERIA_ENABLE_RANGE));
        for (int i = 0; i < width; i++) {
            header.addAll(List.of("Rating Name", "Rating Description", "Rating Points"));
        }
        row(out, header);
        for (CanvasRubric rubric : rubrics) {
            for (CanvasCriterion criterion : rubric.criteria()) {
                List<String> cells = new ArrayList<>(List.of(rubric.name(), criterion.name(), criterion.description(),
                        Boolean.toString(criterion.enableRange())));
                for (CanvasRating rating : criterion.ratings()) {
                    cells.addAll(List.of(rating.name(), rating.description(), rating.points().toPlainString()));
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                row(out, cells);
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append('\n');
    }
}
