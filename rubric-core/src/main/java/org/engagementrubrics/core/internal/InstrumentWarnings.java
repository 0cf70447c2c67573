package org.engagementrubrics.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.ProblemCodes;

/**
 * The warning checks: findings that leave an instrument usable but are probably not what its author meant.
 * They never depend on the data rules holding, so they run on an instrument with errors too.
 *
 * <ul>
 *   <li>{@code empty-cell}: a matrix cell with no statements;</li>
 *   <li>{@code missing-cell}: a matrix row with no cell for a column;</li>
 *   <li>{@code unreachable-rule}: a profile rule asking for more rows than the matrix has
 *       ({@code at-least} or {@code exactly} a larger count, or a larger {@code minResolvedRows});</li>
 *   <li>{@code classifies-no-evidence}: the first profile rule, from the highest rank down, that would
 *       classify a response in which no row is resolved (no marks at all), when it sets no minimum.</li>
 * </ul>
 */
public final class InstrumentWarnings {

    private InstrumentWarnings() {
    }

    /**
     * Returns the warnings of an instrument, in no particular order.
     *
     * @param instrument the instrument, not null
     * @return the warnings, each of severity warning
     */
    public static List<Problem> of(Instrument instrument) {
        List<Problem> out = new ArrayList<>();
        if (instrument instanceof MatrixInstrument matrix) {
            String rows = matrix instanceof StagedRubric ? "standards" : "dimensions";
            String row = matrix instanceof StagedRubric ? "standard" : "dimension";
            String column = matrix instanceof StagedRubric ? "stage" : "archetype";
            cells(matrix, rows, row, column, out);
        }
        if (instrument instanceof ArchetypeMatrix archetypes) {
            rules(archetypes, out);
        }
        return out;
    }

    private static void cells(MatrixInstrument matrix, String rows, String row, String column, List<Problem> out) {
        for (int r = 0; r < matrix.rows().size(); r++) {
            MatrixRow matrixRow = matrix.rows().get(r);
            Set<String> present = new HashSet<>();
            for (int c = 0; c < matrixRow.cells().size(); c++) {
                Cell cell = matrixRow.cells().get(c);
                present.add(cell.columnId());
                if (cell.statements().isEmpty()) {
                    out.add(Problem.warning(rows + "[" + r + "].cells[" + c + "].statements", ProblemCodes.EMPTY_CELL,
                            "the cell of " + row + " '" + matrixRow.id() + "' under " + column + " '" + cell.columnId()
                                    + "' has no statements, so a rater can mark nothing there; add statements or"
                                    + " leave the cell out"));
                }
            }
            for (MatrixColumn matrixColumn : matrix.columns()) {
                if (!present.contains(matrixColumn.id())) {
                    out.add(Problem.warning(rows + "[" + r + "].cells", ProblemCodes.MISSING_CELL,
                            row + " '" + matrixRow.id() + "' has no cell for " + column + " '" + matrixColumn.id()
                                    + "', so it can never fit that " + column));
                }
            }
        }
    }

    private static void rules(ArchetypeMatrix matrix, List<Problem> out) {
        int rowCount = matrix.dimensions().size();
        List<ProfileRule> rules = matrix.profileRules();
        for (int p = 0; p < rules.size(); p++) {
            ProfileRule rule = rules.get(p);
            if (rule.minResolvedRows() > rowCount) {
                out.add(Problem.warning("profileRules[" + p + "].minResolvedRows", ProblemCodes.UNREACHABLE_RULE,
                        "profile rule '" + rule.id() + "' asks for " + rule.minResolvedRows() + " resolved rows but the"
                                + " matrix has " + rowCount + " dimensions, so it can never match"));
            }
            for (int c = 0; c < rule.conditions().size(); c++) {
                ProfileCondition condition = rule.conditions().get(c);
                if (condition.count() > rowCount && condition.comparison() != ProfileCondition.Comparison.AT_MOST) {
                    out.add(Problem.warning("profileRules[" + p + "].conditions[" + c + "].count",
                            ProblemCodes.UNREACHABLE_RULE, "profile rule '" + rule.id() + "' asks for "
                                    + condition.comparison().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                                    + " " + condition.count() + " rows but the matrix has " + rowCount
                                    + " dimensions, so it can never match"));
                }
            }
        }
        int first = -1;
        for (int p = 0; p < rules.size(); p++) {
            if (matchesNoEvidence(rules.get(p), rowCount)
                    && (first < 0 || rules.get(p).rank() > rules.get(first).rank())) {
                first = p;
            }
        }
        if (first >= 0) {
            ProfileRule rule = rules.get(first);
            out.add(Problem.warning("profileRules[" + first + "]", ProblemCodes.CLASSIFIES_NO_EVIDENCE,
                    "profile rule '" + rule.id() + "' classifies a response with no marks at all (every row"
                            + " unresolved); set minResolvedRows to the fewest resolved rows it needs"));
        }
    }

    /** Whether the rule holds when no row is resolved: nothing is IN any set, every row is NOT_IN it. */
    private static boolean matchesNoEvidence(ProfileRule rule, int rowCount) {
        if (rule.minResolvedRows() > 0) {
            return false;
        }
        for (ProfileCondition condition : rule.conditions()) {
            int actual = condition.selector() == ProfileCondition.Selector.IN ? 0 : rowCount;
            if (!condition.comparison().test(actual, condition.count())) {
                return false;
            }
        }
        return true;
    }
}
