package org.engagementrubrics.core.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.engagementrubrics.core.privacy.SuppressionReason;

/**
 * A {@link CoverageResult} as a plain-text table for terminals and logs: a row for all families and one per
 * monitored roster group, a column per period, and under the table what a reader needs to trust it.
 *
 * <pre>{@code
 * String text = CoverageTable.of(result).toText();
 * String withTarget = CoverageTable.of(result).withGapToTarget(true).toText();
 * }</pre>
 *
 * A cell reads {@code 412/450 91.6%}: families reached at least once in the period, families in the row and
 * the reached percent (one decimal, rounded half up), followed by {@code !} when the group's gap to all
 * families exceeds the goal's threshold, or by the gap to the target ({@code (-8.4)}) when asked for. A
 * withheld cell reads {@code —} with a footnote mark ({@code —¹}); a row with no families reads
 * {@code no families}. Under the table: the target and the gap threshold, the small-cell rule, every
 * footnote with the reason in words ({@code ² race-ethnicity:asian: withheld so that
 * race-ethnicity:pacific-islander cannot be recovered by subtraction}), and the contacts from families not
 * on the roster and outside the periods. Columns are aligned for a monospace font, lines end in {@code \n}
 * with no trailing spaces, and the same result always gives the same text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoverageTable {

    private static final String ALL_FAMILIES = "all families";
    private static final String WITHHELD = "—";
    private static final String NO_FAMILIES = "no families";
    private static final String FLAG = " !";
    private static final String COLUMN_GAP = "   ";
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final CoverageResult result;
    private final boolean gapToTarget;

    private CoverageTable(CoverageResult result, boolean gapToTarget) {
        this.result = result;
        this.gapToTarget = gapToTarget;
    }

    /**
     * Obtains the table of a result, without the gap to the target.
     *
     * @param result the coverage result, not null
     * @return the table
     */
    public static CoverageTable of(CoverageResult result) {
        return new CoverageTable(Objects.requireNonNull(result, "result"), false);
    }

    /**
     * Returns a copy that shows, or does not show, each cell's gap to the target: the reached percent minus
     * the target percent, such as {@code (-8.4)}.
     *
     * @param show true to show the gap to the target
     * @return the copy, or this table if the option is unchanged
     */
    public CoverageTable withGapToTarget(boolean show) {
        return show == gapToTarget ? this : new CoverageTable(result, show);
    }

    /**
     * Returns the result the table shows.
     *
     * @return the result
     */
    public CoverageResult result() {
        return result;
    }

    /**
     * Checks if the cells show their gap to the target.
     *
     * @return true if they do
     */
    public boolean showsGapToTarget() {
        return gapToTarget;
    }

    /**
     * Returns the table and its notes as text.
     *
     * @return the lines, each ending in {@code \n}
     */
    public String toText() {
        List<String> labels = new ArrayList<>();
        labels.add(ALL_FAMILIES);
        List<PeriodCoverage> periods = result.periods();
        if (!periods.isEmpty()) {
            periods.get(0).groups().forEach(group -> labels.add(group.groupId()));
        }
        Map<String, String> footnotes = new LinkedHashMap<>();
        List<List<Cell>> columns = new ArrayList<>(periods.size());
        for (PeriodCoverage period : periods) {
            List<Cell> column = new ArrayList<>(labels.size());
            column.add(cell(ALL_FAMILIES, period.allFamilies(), period, footnotes));
            period.groups().forEach(group -> column.add(cell(group.groupId(), group.figures(), period, footnotes)));
            columns.add(column);
        }
        List<Layout> layouts = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            layouts.add(new Layout(periods.get(c).period().label(), columns.get(c)));
        }
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);

        StringBuilder text = new StringBuilder();
        if (!layouts.isEmpty()) {
            StringBuilder line = new StringBuilder(pad("", labelWidth, false));
            layouts.forEach(layout -> line.append(COLUMN_GAP).append(layout.header()));
            end(text, line);
            for (int row = 0; row < labels.size(); row++) {
                line.append(pad(labels.get(row), labelWidth, false));
                for (Layout layout : layouts) {
                    line.append(COLUMN_GAP).append(layout.render(row));
                }
                end(text, line);
            }
            text.append('\n');
        }
        for (String note : CoverageExplanations.tableNotes(result, gapToTarget, footnotes)) {
            text.append(note).append('\n');
        }
        return text.toString();
    }

    /**
     * Returns a short description of the table, such as {@code CoverageTable[4 periods, 11 rows]}; the text
     * itself is {@link #toText()}.
     */
    @Override
    public String toString() {
        int rows = 1 + (result.periods().isEmpty() ? 0 : result.periods().get(0).groups().size());
        return "CoverageTable[" + result.periods().size() + " periods, " + rows + " rows"
                + (gapToTarget ? ", gap to target" : "") + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoverageTable table && table.gapToTarget == gapToTarget
                && table.result.equals(result);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, gapToTarget);
    }

    /** One cell: its counts and percent when shown, else its whole text; and the mark after it. */
    private record Cell(String counts, String percent, String gap, String whole, String mark) {
    }

    private Cell cell(String row, Figures figures, PeriodCoverage period, Map<String, String> footnotes) {
        if (figures instanceof Figures.Shown shown) {
            String gap = gapToTarget ? "(" + CoverageExplanations.signedOneDecimal(-shown.pointsBelowTarget()) + ")"
                    : "";
            return new Cell(shown.reached() + "/" + shown.families(),
                    CoverageExplanations.oneDecimal(shown.percent()) + "%", gap, null, shown.flagged() ? FLAG : "");
        } else if (figures instanceof Figures.Withheld withheld) {
            String key = withheld.reason() == SuppressionReason.SMALL_TOTAL ? "every figure" : row;
            String reason = CoverageExplanations.withheldReason(row, withheld.reason(), result.rule(), period.groups());
            String mark = footnotes.computeIfAbsent(key + ": " + reason, k -> superscript(footnotes.size() + 1));
            return new Cell(null, null, null, WITHHELD, mark);
        }
        return new Cell(null, null, null, NO_FAMILIES, "");
    }

    /** The widths of one column: counts, percent and gap right-aligned within the body, marks after it. */
    private static final class Layout {
        private final String header;
        private final List<Cell> cells;
        private final int counts;
        private final int percent;
        private final int gap;
        private final int body;
        private final int marks;

        Layout(String header, List<Cell> cells) {
            this.header = header;
            this.cells = cells;
            this.counts = width(cells, Cell::counts);
            this.percent = width(cells, Cell::percent);
            this.gap = width(cells, Cell::gap);
            int shown = counts == 0 ? 0 : counts + 1 + percent + (gap == 0 ? 0 : 1 + gap);
            this.body = Math.max(Math.max(shown, width(cells, Cell::whole)), header.length());
            this.marks = width(cells, Cell::mark);
        }

        String header() {
            return pad(header, body, true) + pad("", marks, false);
        }

        String render(int row) {
            Cell cell = cells.get(row);
            String text = cell.whole() != null ? cell.whole()
                    : pad(cell.counts(), counts, true) + " " + pad(cell.percent(), percent, true)
                            + (gap == 0 ? "" : " " + pad(cell.gap(), gap, true));
            return pad(text, body, true) + pad(cell.mark(), marks, false);
        }

        private static int width(List<Cell> cells, java.util.function.Function<Cell, String> part) {
            return cells.stream().map(part).filter(Objects::nonNull).mapToInt(String::length).max().orElse(0);
        }
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }

    private static void end(StringBuilder text, StringBuilder line) {
        text.append(line.toString().stripTrailing()).append('\n');
        line.setLength(0);
    }

    private static String superscript(int number) {
        StringBuilder mark = new StringBuilder();
        for (char digit : Integer.toString(number).toCharArray()) {
            mark.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
        }
        return mark.toString();
    }
}
