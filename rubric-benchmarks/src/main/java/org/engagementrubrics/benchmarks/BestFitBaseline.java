package org.engagementrubrics.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Statement;

/**
 * The hand-written baseline of the best-fit benchmarks: a {@code HashMap<String, Integer>} from statement id to
 * its row and column, an {@code int[]} of counts per response, the best column by count (a tie when several
 * share the top, nothing when a row has no marks) and, for an archetype matrix, the first profile rule by rank
 * whose conditions hold. It does the library's job with none of its checks or explanations. Immutable and
 * thread-safe.
 */
final class BestFitBaseline {

    /** The fit of a row with no marks. */
    static final int NO_EVIDENCE = -1;
    /** The fit of a row whose top count is shared. */
    static final int TIE = -2;

    private final Map<String, Integer> cellOf = new HashMap<>();
    private final String[] columnIds;
    private final int rows;
    private final int columns;
    private final Rule[] rules;

    private record Condition(boolean in, boolean[] columns, ProfileCondition.Comparison comparison, int count) {
    }

    private record Rule(String id, int minResolvedRows, Condition[] conditions) {
    }

    private BestFitBaseline(MatrixInstrument matrix, List<ProfileRule> profileRules) {
        List<String> ids = new ArrayList<>();
        matrix.columns().forEach(column -> ids.add(column.id()));
        this.columnIds = ids.toArray(new String[0]);
        this.columns = columnIds.length;
        this.rows = matrix.rows().size();
        int row = 0;
        for (MatrixRow matrixRow : matrix.rows()) {
            for (Cell cell : matrixRow.cells()) {
                int column = ids.indexOf(cell.columnId());
                for (Statement statement : cell.statements()) {
                    cellOf.put(statement.id(), row * columns + column);
                }
            }
            row++;
        }
        List<ProfileRule> sorted = new ArrayList<>(profileRules);
        sorted.sort((a, b) -> Integer.compare(b.rank(), a.rank()));
        this.rules = new Rule[sorted.size()];
        for (int r = 0; r < rules.length; r++) {
            ProfileRule rule = sorted.get(r);
            Condition[] conditions = new Condition[rule.conditions().size()];
            for (int c = 0; c < conditions.length; c++) {
                ProfileCondition condition = rule.conditions().get(c);
                boolean[] in = new boolean[columns];
                condition.columnIds().forEach(id -> in[ids.indexOf(id)] = true);
                conditions[c] = new Condition(condition.selector() == ProfileCondition.Selector.IN, in,
                        condition.comparison(), condition.count());
            }
            rules[r] = new Rule(rule.id(), rule.minResolvedRows(), conditions);
        }
    }

    /** Obtains the baseline of a staged rubric or an archetype matrix without its profile rules. */
    static BestFitBaseline of(MatrixInstrument matrix) {
        return new BestFitBaseline(matrix, List.of());
    }

    /** Obtains the baseline of an archetype matrix with its profile rules. */
    static BestFitBaseline of(ArchetypeMatrix matrix) {
        return new BestFitBaseline(matrix, matrix.profileRules());
    }

    /**
     * Returns the best column of each row: its index, {@link #TIE} or {@link #NO_EVIDENCE}.
     *
     * @param marked the marked statement ids
     * @return one fit per row
     */
    int[] fits(Set<String> marked) {
        int[] counts = new int[rows * columns];
        for (String id : marked) {
            Integer cell = cellOf.get(id);
            if (cell != null) {
                counts[cell]++;
            }
        }
        int[] fits = new int[rows];
        for (int row = 0; row < rows; row++) {
            int best = 0;
            int fit = NO_EVIDENCE;
            for (int column = 0; column < columns; column++) {
                int count = counts[row * columns + column];
                if (count > best) {
                    best = count;
                    fit = column;
                } else if (count == best && count > 0) {
                    fit = TIE;
                }
            }
            fits[row] = fit;
        }
        return fits;
    }

    /**
     * Returns the id of the first profile rule by rank that holds for the fits, or null if none does.
     *
     * @param fits the fits of {@link #fits(Set)}
     * @return the rule id, or null
     */
    String profile(int[] fits) {
        int resolved = 0;
        for (int fit : fits) {
            if (fit >= 0) {
                resolved++;
            }
        }
        for (Rule rule : rules) {
            if (resolved < rule.minResolvedRows()) {
                continue;
            }
            boolean holds = true;
            for (Condition condition : rule.conditions()) {
                int in = 0;
                for (int fit : fits) {
                    if (fit >= 0 && condition.columns()[fit]) {
                        in++;
                    }
                }
                int actual = condition.in() ? in : fits.length - in;
                if (!condition.comparison().test(actual, condition.count())) {
                    holds = false;
                    break;
                }
            }
            if (holds) {
                return rule.id();
            }
        }
        return null;
    }

    /** Returns the id of a column by index. */
    String columnId(int column) {
        return columnIds[column];
    }
}
