package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.Statement;

/**
 * The grid of a matrix instrument gathered once: per row, the columns it is tallied over and their
 * statement totals; per statement id, every row and column it sits in. Tallying a response then visits
 * only its marks, and fitting a row runs the placement and the tie policy and explains the outcome.
 *
 * <p>A row is tallied over every column of the instrument (best fit) or only over the columns it has a
 * cell for (stage placement). The layout holds what an instrument says even where it is invalid: two
 * cells of a row under one column count together, a statement listed twice counts twice, a cell under an
 * unknown column is left out of the tallies.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MatrixLayout {

    /** Places a row from its tallies: best fit by count, or the engine's guarded stage placement. */
    @FunctionalInterface
    interface RowPlacer {
        Fit place(String rowId, List<ColumnTally> tallies);
    }

    /** A column as one row tallies it: {@code slot} indexes the row's counts, -1 when the row has no cell. */
    private record ColumnSlot(String columnId, int rank, int slot) {
    }

    /** A row's id and name, the columns it is tallied over, and the statements per slot (never changed). */
    private record RowLayout(String id, String name, List<ColumnSlot> columns, int[] totals) {
    }

    private final String instrumentId;
    private final Map<String, String> columnLabels;
    private final List<RowLayout> rows;
    /** Per statement id: pairs of (row index, slot), one pair per place the statement is listed (never changed). */
    private final Map<String, int[]> places;

    private MatrixLayout(MatrixInstrument matrix, boolean everyColumn) {
        this.instrumentId = matrix.id();
        Map<String, String> labels = new HashMap<>();
        for (MatrixColumn column : matrix.columns()) {
            labels.putIfAbsent(column.id(), Explanations.columnLabel(column));
        }
        this.columnLabels = Map.copyOf(labels);
        List<RowLayout> rowLayouts = new ArrayList<>();
        Map<String, List<Integer>> placesById = new LinkedHashMap<>();
        for (MatrixRow row : matrix.rows()) {
            int rowIndex = rowLayouts.size();
            Map<String, Integer> slots = new HashMap<>();
            List<Integer> totals = new ArrayList<>();
            for (Cell cell : row.cells()) {
                int slot = slots.computeIfAbsent(cell.columnId(), id -> {
                    totals.add(0);
                    return totals.size() - 1;
                });
                for (Statement statement : cell.statements()) {
                    totals.set(slot, totals.get(slot) + 1);
                    List<Integer> at = placesById.computeIfAbsent(statement.id(), id -> new ArrayList<>());
                    at.add(rowIndex);
                    at.add(slot);
                }
            }
            List<ColumnSlot> columns = new ArrayList<>();
            for (MatrixColumn column : matrix.columns()) {
                Integer slot = slots.get(column.id());
                if (slot != null || everyColumn) {
                    columns.add(new ColumnSlot(column.id(), column.rank(), slot == null ? -1 : slot));
                }
            }
            rowLayouts.add(new RowLayout(row.id(), Explanations.rowName(row), List.copyOf(columns),
                    totals.stream().mapToInt(Integer::intValue).toArray()));
        }
        this.rows = List.copyOf(rowLayouts);
        Map<String, int[]> placesArrays = new HashMap<>();
        placesById.forEach((id, at) -> placesArrays.put(id, at.stream().mapToInt(Integer::intValue).toArray()));
        this.places = Map.copyOf(placesArrays);
    }

    /**
     * Obtains the layout of a matrix.
     *
     * @param matrix the matrix, not null
     * @param everyColumn true to tally every row over every column, false over the columns it has cells for
     * @return the layout
     */
    static MatrixLayout of(MatrixInstrument matrix, boolean everyColumn) {
        return new MatrixLayout(matrix, everyColumn);
    }

    /** Returns the label of each column id, such as "Stage 2 Expansion"; the first column wins a repeated id. */
    Map<String, String> columnLabels() {
        return columnLabels;
    }

    /**
     * Fits every row: tallies the marks, places the row, lets the tie policy decide a tie, and explains.
     *
     * @param marks the marked statement ids, every one a statement of the matrix
     * @param placer how a row is placed from its tallies
     * @param ties the guarded tie policy
     * @param decided {@link Explanations#BEST_FIT} or {@link Explanations#PLACED}
     * @return one fit per row, in row order
     * @throws ScoringException if the placer or the tie policy fails
     */
    List<RowFit> fit(Set<String> marks, RowPlacer placer, GuardedTiePolicy ties, String decided) {
        int[][] marked = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            marked[r] = new int[rows.get(r).totals().length];
        }
        for (String id : marks) {
            int[] at = places.get(id);
            if (at != null) {
                for (int i = 0; i < at.length; i += 2) {
                    marked[at[i]][at[i + 1]]++;
                }
            }
        }
        List<RowFit> fits = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            RowLayout row = rows.get(r);
            ColumnTally[] counted = new ColumnTally[row.columns().size()];
            for (int c = 0; c < counted.length; c++) {
                ColumnSlot column = row.columns().get(c);
                int slot = column.slot();
                counted[c] = new ColumnTally(column.columnId(), column.rank(), slot < 0 ? 0 : marked[r][slot],
                        slot < 0 ? 0 : row.totals()[slot]);
            }
            // unmodifiable once, so that the placement, the fit and the explanation share it without copies
            List<ColumnTally> tallies = List.of(counted);
            Fit placed = placer.place(row.id(), tallies);
            Fit fit = placed instanceof Fit.Tie tie ? ties.resolve(instrumentId, row.id(), tallies, tie) : placed;
            fits.add(new RowFit(row.id(), tallies, fit,
                    Explanation.lazy(() -> Explanations.row(row.name(), columnLabels, tallies, fit, decided))));
        }
        return fits;
    }

    /**
     * Explains the rows of a result again, as {@link #fit} explains them, after checking that they are this
     * matrix's rows: the same row ids in order, each tallied over this layout's columns with their ranks and
     * totals, and every column a fit names among them.
     *
     * @param rows the rows of a result of this matrix
     * @param decided {@link Explanations#BEST_FIT} or {@link Explanations#PLACED}
     * @return the rows with their explanations rebuilt, in order
     * @throws IllegalArgumentException naming the first row, column or fit that does not fit the matrix
     */
    List<RowFit> explain(List<RowFit> rows, String decided) {
        if (rows.size() != this.rows.size()) {
            throw new IllegalArgumentException("the result has " + rows.size() + " rows; instrument '" + instrumentId
                    + "' has " + this.rows.size());
        }
        List<RowFit> explained = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            RowLayout row = this.rows.get(r);
            RowFit given = rows.get(r);
            if (!given.rowId().equals(row.id())) {
                throw new IllegalArgumentException("row " + (r + 1) + " of the result is '" + given.rowId()
                        + "'; row " + (r + 1) + " of instrument '" + instrumentId + "' is '" + row.id() + "'");
            }
            List<ColumnTally> tallies = given.tallies();
            requireColumns(row, tallies);
            Fit fit = given.fit();
            requireTallied(row, tallies, fit);
            explained.add(new RowFit(row.id(), tallies, fit,
                    Explanation.lazy(() -> Explanations.row(row.name(), columnLabels, tallies, fit, decided))));
        }
        return explained;
    }

    private void requireColumns(RowLayout row, List<ColumnTally> tallies) {
        List<String> expected = row.columns().stream().map(ColumnSlot::columnId).toList();
        List<String> found = tallies.stream().map(ColumnTally::columnId).toList();
        if (!found.equals(expected)) {
            throw new IllegalArgumentException("row '" + row.id() + "' of the result is tallied over the columns "
                    + found + "; instrument '" + instrumentId + "' tallies it over " + expected);
        }
        for (int c = 0; c < tallies.size(); c++) {
            ColumnSlot column = row.columns().get(c);
            ColumnTally tally = tallies.get(c);
            int total = column.slot() < 0 ? 0 : row.totals()[column.slot()];
            if (tally.rank() != column.rank() || tally.total() != total) {
                throw new IllegalArgumentException("row '" + row.id() + "', column '" + column.columnId()
                        + "' of the result has rank " + tally.rank() + " and " + tally.total()
                        + " statements; the instrument's has rank " + column.rank() + " and " + total);
            }
        }
    }

    private static void requireTallied(RowLayout row, List<ColumnTally> tallies, Fit fit) {
        List<String> named = new ArrayList<>();
        if (fit instanceof Fit.Winner winner) {
            named.add(winner.column());
        } else if (fit instanceof Fit.Tie tie) {
            named.addAll(tie.tied());
        } else if (fit instanceof Fit.Resolved resolved) {
            named.addAll(resolved.tied());
        }
        for (String columnId : named) {
            if (tallies.stream().noneMatch(tally -> tally.columnId().equals(columnId))) {
                throw new IllegalArgumentException("the fit of row '" + row.id() + "' names column '" + columnId
                        + "', which the row is not tallied over");
            }
        }
    }

    @Override
    public String toString() {
        return "MatrixLayout[" + instrumentId + ", " + rows.size() + " rows, " + places.size() + " statements]";
    }
}
