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

    /**
     * A row's id and name, the columns it is tallied over, the statements per slot, where its slots start in a
     * response's counts, the winner fit of each column (null where the row has no cell) and, for a row of at
     * most {@value #KEPT_TIES_MAX_COLUMNS} columns, the tie of each set of columns by bit mask (never changed).
     */
    private record RowLayout(String id, Message name, List<ColumnSlot> columns, int[] totals, int offset,
            int[] slots, Fit[] winners, Fit[] ties) {
    }

    private static final Fit NO_EVIDENCE = new Fit.NoEvidence();
    /** A row of this many columns or fewer keeps its every possible tie (at most 57), so that a tie costs nothing. */
    private static final int KEPT_TIES_MAX_COLUMNS = 6;

    private final String instrumentId;
    private final Map<String, Message> columnLabels;
    private final List<RowLayout> rows;
    /** How many counts a response has: the slots of every row. */
    private final int slotCount;
    /** Per statement id: the index in a response's counts of each place the statement is listed (never changed). */
    private final Map<String, int[]> places;

    private MatrixLayout(MatrixInstrument matrix, boolean everyColumn) {
        this.instrumentId = matrix.id();
        Map<String, Message> labels = new HashMap<>();
        for (MatrixColumn column : matrix.columns()) {
            labels.putIfAbsent(column.id(), Explanations.columnLabel(column));
        }
        this.columnLabels = Map.copyOf(labels);
        List<RowLayout> rowLayouts = new ArrayList<>();
        Map<String, List<Integer>> placesById = new LinkedHashMap<>();
        int offset = 0;
        for (MatrixRow row : matrix.rows()) {
            Map<String, Integer> slots = new HashMap<>();
            List<Integer> totals = new ArrayList<>();
            for (Cell cell : row.cells()) {
                int slot = slots.computeIfAbsent(cell.columnId(), id -> {
                    totals.add(0);
                    return totals.size() - 1;
                });
                for (Statement statement : cell.statements()) {
                    totals.set(slot, totals.get(slot) + 1);
                    placesById.computeIfAbsent(statement.id(), id -> new ArrayList<>()).add(offset + slot);
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
                    totals.stream().mapToInt(Integer::intValue).toArray(), offset,
                    columns.stream().mapToInt(ColumnSlot::slot).toArray(), winners(columns), ties(columns)));
            offset += totals.size();
        }
        this.rows = List.copyOf(rowLayouts);
        this.slotCount = offset;
        // a HashMap, not Map.copyOf: its lookup masks the hash where the immutable map's divides, once per mark
        Map<String, int[]> placesArrays = new HashMap<>();
        placesById.forEach((id, at) -> placesArrays.put(id, at.stream().mapToInt(Integer::intValue).toArray()));
        this.places = placesArrays;
    }

    private static Fit[] winners(List<ColumnSlot> columns) {
        Fit[] winners = new Fit[columns.size()];
        for (int c = 0; c < winners.length; c++) {
            winners[c] = columns.get(c).slot() < 0 ? null : new Fit.Winner(columns.get(c).columnId());
        }
        return winners;
    }

    private static Fit[] ties(List<ColumnSlot> columns) {
        if (columns.size() > KEPT_TIES_MAX_COLUMNS) {
            return null;
        }
        Fit[] ties = new Fit[1 << columns.size()];
        for (int mask = 0; mask < ties.length; mask++) {
            if (Integer.bitCount(mask) > 1) {
                ties[mask] = new Fit.Tie(tied(columns, mask));
            }
        }
        return ties;
    }

    private static List<String> tied(List<ColumnSlot> columns, int mask) {
        List<String> tied = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if ((mask & 1 << c) != 0) {
                tied.add(columns.get(c).columnId());
            }
        }
        return tied;
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
    Map<String, Message> columnLabels() {
        return columnLabels;
    }

    /** Returns the number of rows. */
    int rowCount() {
        return rows.size();
    }

    /** Returns the ids of the columns a row is tallied over, in order. */
    List<String> columnIds(int row) {
        return rows.get(row).columns().stream().map(ColumnSlot::columnId).toList();
    }

    /**
     * Counts the marks of a checked response: one count per (row, column) slot; an id that is no statement of
     * the matrix is passed over.
     *
     * @param marks the marked statement ids
     * @return the counts, indexed as this layout's slots
     */
    int[] count(Set<String> marks) {
        int[] counts = new int[slotCount];
        for (String id : marks) {
            int[] at = places.get(id);
            if (at != null) {
                for (int index : at) {
                    counts[index]++;
                }
            }
        }
        return counts;
    }

    /**
     * Counts the marks of a response that has not been checked, in the same pass that looks each id up.
     *
     * @param marks the marked statement ids
     * @return the counts, or null as soon as an id is no statement of the matrix (the check then reports it)
     */
    int[] countKnown(Set<String> marks) {
        int[] counts = new int[slotCount];
        for (String id : marks) {
            int[] at = places.get(id);
            if (at == null) {
                return null;
            }
            for (int index : at) {
                counts[index]++;
            }
        }
        return counts;
    }

    /**
     * Fits every row: places the row from its tallies, lets the tie policy decide a tie, and explains.
     *
     * @param counts the counts of {@link #count(Set)}
     * @param placer how a row is placed from its tallies
     * @param ties the guarded tie policy
     * @param decided {@link Explanations#BEST_FIT} or {@link Explanations#PLACED}
     * @return one fit per row, in row order
     * @throws ScoringException if the placer or the tie policy fails
     */
    List<RowFit> fit(int[] counts, RowPlacer placer, GuardedTiePolicy ties, String decided) {
        List<RowFit> fits = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            RowLayout row = rows.get(r);
            List<ColumnTally> tallies = tallies(row, counts);
            Fit placed = placer.place(row.id(), tallies);
            Fit fit = placed instanceof Fit.Tie tie ? ties.resolve(instrumentId, row.id(), tallies, tie) : placed;
            fits.add(rowFit(row, tallies, fit, decided));
        }
        return fits;
    }

    /**
     * Fits every row by count, the column with the most marks (a tie if several share the top, no evidence if
     * none has a mark), as {@link #fit} does with best fit by count, from the counts alone: the rows, their
     * tallies and explanations are made when first read.
     *
     * @param counts the counts of {@link #count(Set)}
     * @param ties the guarded tie policy
     * @param decided {@link Explanations#BEST_FIT} or {@link Explanations#PLACED}
     * @return the fits, a list of the rows
     * @throws ScoringException if the tie policy fails
     */
    MatrixFits fitByCount(int[] counts, GuardedTiePolicy ties, String decided) {
        Fit[] fits = new Fit[rows.size()];
        for (int r = 0; r < fits.length; r++) {
            RowLayout row = rows.get(r);
            Fit fit = byCount(row, counts);
            if (fit instanceof Fit.Tie tie && !ties.reports()) {
                fit = ties.resolve(instrumentId, row.id(), tallies(row, counts), tie);
            }
            fits[r] = fit;
        }
        return new MatrixFits(this, counts, fits, decided);
    }

    /** The fit of {@link StagePlacements#best} by count over a row's tallies, from its counts. */
    private static Fit byCount(RowLayout row, int[] counts) {
        int[] slots = row.slots();
        int offset = row.offset();
        int top = 0;
        int first = -1;
        int tied = 0;
        int mask = 0;
        for (int c = 0; c < slots.length; c++) {
            int marked = slots[c] < 0 ? 0 : counts[offset + slots[c]];
            if (marked == 0 || marked < top) {
                continue;
            }
            if (marked > top) {
                top = marked;
                first = c;
                tied = 1;
                mask = 0;
            } else {
                tied++;
            }
            if (c < KEPT_TIES_MAX_COLUMNS) {
                mask |= 1 << c;
            }
        }
        if (tied == 0) {
            return NO_EVIDENCE;
        }
        if (tied == 1) {
            return row.winners()[first];
        }
        if (row.ties() != null) {
            return row.ties()[mask];
        }
        List<String> ids = new ArrayList<>(tied);
        for (int c = first; c < slots.length; c++) {
            if (slots[c] >= 0 && counts[offset + slots[c]] == top) {
                ids.add(row.columns().get(c).columnId());
            }
        }
        return new Fit.Tie(ids);
    }

    /** Returns the fit of one row with its tallies and explanation, as {@link #fit} makes it. */
    RowFit rowFit(int row, int[] counts, Fit fit, String decided) {
        RowLayout layout = rows.get(row);
        return rowFit(layout, tallies(layout, counts), fit, decided);
    }

    private RowFit rowFit(RowLayout row, List<ColumnTally> tallies, Fit fit, String decided) {
        return new RowFit(row.id(), tallies, fit,
                Explanation.lazy(() -> Explanations.row(row.name(), columnLabels, tallies, fit, decided)));
    }

    /** Returns a row's tallies in column order, unmodifiable, to be shared by the placement, fit and explanation. */
    private static List<ColumnTally> tallies(RowLayout row, int[] counts) {
        ColumnTally[] counted = new ColumnTally[row.columns().size()];
        for (int c = 0; c < counted.length; c++) {
            ColumnSlot column = row.columns().get(c);
            int slot = column.slot();
            counted[c] = new ColumnTally(column.columnId(), column.rank(), slot < 0 ? 0 : counts[row.offset() + slot],
                    slot < 0 ? 0 : row.totals()[slot]);
        }
        return List.of(counted);
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
            explained.add(rowFit(row, tallies, fit, decided));
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
