package org.engagementrubrics.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.engagementrubrics.json.canvas.CanvasCodes;
import org.engagementrubrics.json.canvas.CanvasCriterion;
import org.engagementrubrics.json.canvas.CanvasRating;
import org.engagementrubrics.json.canvas.CanvasRubric;

/**
 * Reads a Canvas rubric CSV into its rubrics, as Canvas's importer reads it (see
 * {@code docs/format.md}, "Canvas rubric CSV"), reporting every problem of the file before any rubric is
 * made: a file with a problem gives no rubric at all. Not thread-safe: one read at a time.
 */
final class CanvasTableCsv {

    static final String RUBRIC_NAME = "Rubric Name";
    static final String CRITERIA_NAME = "Criteria Name";
    static final String CRITERIA_DESCRIPTION = "Criteria Description";
    static final String CRITERIA_ENABLE_RANGE = "Criteria Enable Range";
    private static final List<String> FIXED = List.of(RUBRIC_NAME, CRITERIA_NAME, CRITERIA_DESCRIPTION,
            CRITERIA_ENABLE_RANGE);
    private static final List<String> RATING_KINDS = List.of("rating name", "rating description", "rating points");

    /** A number after a decimal comma became a dot: digits with at most one point, perhaps signed. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final CsvTable table;
    private final ReadLimits limits;
    private final Problems problems;
    private final Map<String, Integer> fixed = new LinkedHashMap<>();
    /** For each rating kind (name, description, points), its columns in header order. */
    private final List<List<Integer>> ratingColumns = List.of(new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>());
    private final List<Integer> unnamedColumns = new ArrayList<>();

    private CanvasTableCsv(CsvTable table, ReadLimits limits) {
        this.table = table;
        this.limits = limits;
        this.problems = new Problems(table.source());
    }

    /**
     * Reads every row of a table into rubrics grouped by name, in order of first appearance.
     *
     * @throws FormatException with every problem of the file, if it has any
     */
    static List<CanvasRubric> read(CsvTable table, ReadLimits limits) {
        CanvasTableCsv csv = new CanvasTableCsv(table, limits);
        csv.header();
        Map<String, List<CanvasCriterion>> rubrics = new LinkedHashMap<>();
        int rows = 0;
        for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
            rows++;
            csv.row(row, rubrics);
        }
        if (rows == 0 && csv.problems.isEmpty()) {
            CsvTable.Row header = table.headerRow();
            csv.problems.add("", header.line + 1, 1, FormatCodes.EMPTY_DOCUMENT, "the file holds a header and no"
                    + " criterion row; expected one row per criterion after the header");
        }
        csv.problems.throwIfAny();
        List<CanvasRubric> read = new ArrayList<>();
        rubrics.forEach((name, criteria) -> read.add(new CanvasRubric(name, criteria)));
        return List.copyOf(read);
    }

    private void header() {
        List<String> header = table.header();
        CsvTable.Row row = table.headerRow();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (FIXED.contains(name)) {
                Integer first = fixed.putIfAbsent(name, i);
                if (first != null) {
                    row.add(i, FormatCodes.DUPLICATE_COLUMN, "column " + (i + 1) + " is '" + name + "' again (first"
                            + " at " + row.place(first) + "); expected each of " + FIXED + " at most once");
                }
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            int kind = -1;
            for (int k = 0; k < RATING_KINDS.size() && kind < 0; k++) {
                kind = lower.contains(RATING_KINDS.get(k)) ? k : -1;
            }
            if (kind >= 0) {
                ratingColumns.get(kind).add(i);
            } else if (name.isEmpty()) {
                unnamedColumns.add(i);
            } else {
                row.add(i, CanvasCodes.UNKNOWN_COLUMN, "column " + (i + 1) + " is '" + name + "', which Canvas does"
                        + " not read, so its cells would be lost; expected one of " + FIXED + " or a header containing"
                        + " 'Rating Name', 'Rating Description' or 'Rating Points' (remove the column)");
            }
        }
        for (String required : List.of(RUBRIC_NAME, CRITERIA_NAME)) {
            if (!fixed.containsKey(required)) {
                row.problems.add("", row.line, 1, FormatCodes.MISSING_COLUMN, "the header has no '" + required
                        + "' column; expected a column named exactly '" + required + "'");
            }
        }
        int names = ratingColumns.get(0).size();
        if (names == 0) {
            row.problems.add("", row.line, 1, FormatCodes.MISSING_COLUMN, "the header has no rating column;"
                    + " expected triples of columns 'Rating Name', 'Rating Description', 'Rating Points'");
        }
        for (int k = 1; k < RATING_KINDS.size(); k++) {
            List<Integer> columns = ratingColumns.get(k);
            if (columns.size() != names) {
                row.problems.add("", row.line, 1, FormatCodes.MISSING_COLUMN, "the header has " + names + " '"
                        + RATING_KINDS.get(0) + "' and " + columns.size() + " '" + RATING_KINDS.get(k) + "' columns;"
                        + " expected one 'Rating Name', 'Rating Description' and 'Rating Points' column per rating,"
                        + " so that no rating loses a cell");
            }
        }
        row.problems.throwIfAny();
    }

    private void row(CsvTable.Row row, Map<String, List<CanvasCriterion>> rubrics) {
        if (row.isBad()) {
            row.problems.sorted().forEach(this::add);
            return;
        }
        Problems found = row.problems;
        int width = table.header().size();
        for (int i = width; i < row.cells.size(); i++) {
            if (!row.value(i).isEmpty()) {
                row.add(i, FormatCodes.RAGGED_ROW, "cell " + (i + 1) + " holds '" + row.value(i) + "' past the"
                        + " header's last column (" + width + "), so Canvas would not read it; expected at most "
                        + width + " cells, or a header for this column");
            }
        }
        for (int i : unnamedColumns) {
            if (!value(row, i).isEmpty()) {
                row.add(i, CanvasCodes.UNKNOWN_COLUMN, "cell " + (i + 1) + " holds '" + value(row, i) + "' under a"
                        + " column with no header, which Canvas does not read; expected the cell empty, or a header");
            }
        }
        String rubric = value(row, fixed.get(RUBRIC_NAME));
        if (rubric.isEmpty()) {
            add(row, fixed.get(RUBRIC_NAME), FormatCodes.MISSING, "Missing 'Rubric Name' in some rows. This row's"
                    + " 'Rubric Name' is blank; expected the name of the rubric the criterion belongs to");
        }
        String criterion = value(row, fixed.get(CRITERIA_NAME));
        if (criterion.isEmpty()) {
            add(row, fixed.get(CRITERIA_NAME), FormatCodes.MISSING, "Missing 'Criteria Name' for "
                    + (rubric.isEmpty() ? "a rubric with no name" : rubric) + ". Expected the criterion's name");
        }
        boolean range = range(row);
        List<CanvasRating> ratings = new ArrayList<>();
        boolean named = false;
        for (int n = 0; n < ratingColumns.get(0).size(); n++) {
            named |= !value(row, ratingColumns.get(0).get(n)).isEmpty();
            CanvasRating rating = rating(row, n);
            if (rating != null) {
                ratings.add(rating);
            }
        }
        if (!named) {
            add(row, fixed.get(CRITERIA_NAME), CanvasCodes.MISSING_RATINGS, "Missing ratings for "
                    + (criterion.isEmpty() ? "a criterion with no name" : criterion) + ". Expected at least one"
                    + " rating: a 'Rating Name' with its 'Rating Points'");
        }
        if (found.isEmpty()) {
            rubrics.computeIfAbsent(rubric, name -> new ArrayList<>())
                    .add(new CanvasCriterion(criterion, value(row, fixed.get(CRITERIA_DESCRIPTION)), range, ratings));
        } else {
            found.sorted().forEach(this::add);
        }
    }

    /** Reads {@code Criteria Enable Range}: true or 1 in any case; false, 0 or empty; anything else a problem. */
    private boolean range(CsvTable.Row row) {
        Integer column = fixed.get(CRITERIA_ENABLE_RANGE);
        String value = value(row, column).toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("1")) {
            return true;
        }
        if (!value.isEmpty() && !value.equals("false") && !value.equals("0")) {
            add(row, column, FormatCodes.INVALID_VALUE, "'" + CRITERIA_ENABLE_RANGE + "' is '" + value(row, column)
                    + "'; expected true or 1 (point ranges), false, 0 or empty (Canvas reads anything else as false)");
        }
        return false;
    }

    /** Reads the n-th rating of a row; null when its name is empty (Canvas skips it), or it has a problem. */
    private CanvasRating rating(CsvTable.Row row, int n) {
        int nameColumn = ratingColumns.get(0).get(n);
        int descriptionColumn = ratingColumns.get(1).get(n);
        int pointsColumn = ratingColumns.get(2).get(n);
        String name = value(row, nameColumn);
        String description = value(row, descriptionColumn);
        String points = value(row, pointsColumn);
        String which = "rating " + (n + 1);
        if (name.isEmpty()) {
            if (!description.isEmpty() || !points.isEmpty()) {
                add(row, nameColumn, CanvasCodes.UNNAMED_RATING, which + " has " + (points.isEmpty() ? "a description"
                        : "points '" + points + "'") + " but no 'Rating Name', so Canvas would skip it; expected a"
                        + " name, or its cells cleared");
            }
            return null;
        }
        if (points.isEmpty()) {
            add(row, pointsColumn, FormatCodes.MISSING, which + " ('" + name + "') has no 'Rating Points'; expected a"
                    + " number such as 2, 1.5 or 1,5");
            return null;
        }
        BigDecimal value = points(points, limits.maxNumberLength());
        if (value == null) {
            add(row, pointsColumn, FormatCodes.INVALID_VALUE, which + " ('" + name + "') has 'Rating Points' '"
                    + points + "', not a number; expected a number such as 2, 1.5 or 1,5 (at most "
                    + limits.maxNumberLength() + " characters)");
            return null;
        }
        return new CanvasRating(name, description, value);
    }

    /**
     * Reads points as Canvas does: a decimal comma becomes a dot, then the number is rounded to 2 decimals,
     * half away from zero (as Ruby's {@code round(2)}); null if it is not a number or is longer than
     * {@code maxLength}.
     */
    static BigDecimal points(String text, int maxLength) {
        String dotted = text.replace(',', '.');
        if (dotted.length() > maxLength || !NUMBER.matcher(dotted).matches()) {
            return null;
        }
        return new BigDecimal(dotted).setScale(2, RoundingMode.HALF_UP);
    }

    /** A cell's text, stripped; empty for a cell past the end of a short row or a column that is absent. */
    private static String value(CsvTable.Row row, Integer cell) {
        return cell == null || cell >= row.cells.size() ? "" : row.value(cell);
    }

    /** Adds a problem of a cell, located at the cell, or at the row's start for a cell past a short row. */
    private static void add(CsvTable.Row row, int cell, String code, String message) {
        if (cell < row.cells.size()) {
            row.add(cell, code, message);
        } else {
            row.add(code, message);
        }
    }

    private void add(FormatProblem problem) {
        problems.add(problem.pointer(), problem.line(), problem.column(), problem.code(), problem.message());
    }
}
