package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.testkit.Contents;

/**
 * Expected matrix results computed directly from the instrument and the marks, without the engine.
 */
final class ScoringOracle {

    private ScoringOracle() {
    }

    /** The tally of every column of the instrument for a row, in column order. */
    static List<ColumnTally> tallies(MatrixInstrument matrix, MatrixRow row, Set<String> marks) {
        List<ColumnTally> tallies = new ArrayList<>();
        for (MatrixColumn column : matrix.columns()) {
            tallies.add(tally(column, Contents.cell(row, column.id()), marks));
        }
        return tallies;
    }

    /** The tally of only the columns the row has a cell for, in column order (what a stage placement sees). */
    static List<ColumnTally> cellTallies(MatrixInstrument matrix, MatrixRow row, Set<String> marks) {
        List<ColumnTally> tallies = new ArrayList<>();
        for (MatrixColumn column : matrix.columns()) {
            Cell cell = Contents.cell(row, column.id());
            if (cell != null) {
                tallies.add(tally(column, cell, marks));
            }
        }
        return tallies;
    }

    private static ColumnTally tally(MatrixColumn column, Cell cell, Set<String> marks) {
        int marked = 0;
        int total = 0;
        if (cell != null) {
            for (Statement statement : cell.statements()) {
                total++;
                if (marks.contains(statement.id())) {
                    marked++;
                }
            }
        }
        return new ColumnTally(column.id(), column.rank(), marked, total);
    }

    /** The columns sharing the largest marked count, in column order; empty when nothing is marked. */
    static List<String> topByCount(List<ColumnTally> tallies) {
        int max = tallies.stream().mapToInt(ColumnTally::marked).max().orElse(0);
        if (max == 0) {
            return List.of();
        }
        return tallies.stream().filter(t -> t.marked() == max).map(ColumnTally::columnId).toList();
    }

    /**
     * The columns with marks sharing the largest share marked/total, compared exactly by cross
     * multiplication, in column order; empty when nothing is marked.
     */
    static List<String> topByShare(List<ColumnTally> tallies) {
        ColumnTally best = null;
        for (ColumnTally t : tallies) {
            if (t.marked() > 0 && (best == null || (long) t.marked() * best.total() > (long) best.marked() * t.total())) {
                best = t;
            }
        }
        if (best == null) {
            return List.of();
        }
        ColumnTally top = best;
        return tallies.stream().filter(t -> t.marked() > 0 && (long) t.marked() * top.total() == (long) top.marked() * t.total())
                .map(ColumnTally::columnId).toList();
    }

    /** The fit the report policy gives for the top columns. */
    static Fit reported(List<String> top) {
        if (top.isEmpty()) {
            return new Fit.NoEvidence();
        }
        return top.size() == 1 ? new Fit.Winner(top.get(0)) : new Fit.Tie(top);
    }

    /** The fit a rank-choosing tie policy gives for the top columns. */
    static Fit resolved(List<String> top, List<ColumnTally> tallies, boolean lowest, String policy) {
        if (top.size() < 2) {
            return reported(top);
        }
        Comparator<ColumnTally> byRank = Comparator.comparingInt(ColumnTally::rank);
        ColumnTally chosen = tallies.stream().filter(t -> top.contains(t.columnId()))
                .reduce((a, b) -> (lowest ? byRank.compare(b, a) < 0 : byRank.compare(b, a) > 0) ? b : a)
                .orElseThrow();
        return new Fit.Resolved(top, chosen.columnId(), policy);
    }
}
