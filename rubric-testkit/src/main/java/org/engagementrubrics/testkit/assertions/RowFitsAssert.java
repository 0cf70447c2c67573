package org.engagementrubrics.testkit.assertions;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.RowFit;

/**
 * The assertions on the rows of a matrix result (an archetype result's dimensions, a stage result's standards).
 *
 * @param <S> the assertion's own type
 * @param <A> the result's type
 */
abstract class RowFitsAssert<S extends RowFitsAssert<S, A>, A> extends ExplainedAssert<S, A> {

    RowFitsAssert(A actual, Class<?> selfType) {
        super(actual, selfType);
    }

    abstract List<RowFit> rows();

    /** What a row is called in messages: a dimension, a standard. */
    abstract String rowNoun();

    /** The fit of a row, failing with the rows there are when there is none. */
    final Fit fit(String rowId) {
        present();
        named(rowId, "rowId");
        Optional<RowFit> row = rows().stream().filter(candidate -> candidate.rowId().equals(rowId)).findFirst();
        if (row.isEmpty()) {
            fail("Expecting " + subject() + " to have a " + rowNoun() + " " + rowId + ", but its " + rowNoun()
                    + "s are " + rows().stream().map(RowFit::rowId).toList());
        }
        return row.orElseThrow().fit();
    }

    final S bestFit(String rowId, String columnId, String figure) {
        named(columnId, "columnId");
        Fit fit = fit(rowId);
        return expect(fit.columnId().equals(Optional.of(columnId)), figure + " of " + rowNoun() + " " + rowId,
                columnId, describe(fit));
    }

    final S tie(String rowId, String... columnIds) {
        named(columnIds, "columnIds");
        Fit fit = fit(rowId);
        boolean holds = fit instanceof Fit.Tie tie
                && new HashSet<>(tie.tied()).equals(new HashSet<>(Arrays.asList(columnIds)))
                && tie.tied().size() == columnIds.length;
        return expect(holds, "the fit of " + rowNoun() + " " + rowId, "a tie of " + Arrays.toString(columnIds),
                describe(fit));
    }

    final S noEvidence(String rowId) {
        Fit fit = fit(rowId);
        return expect(fit instanceof Fit.NoEvidence, "the fit of " + rowNoun() + " " + rowId, "no evidence",
                describe(fit));
    }

    static String describe(Fit fit) {
        if (fit instanceof Fit.Winner winner) {
            return winner.column();
        }
        if (fit instanceof Fit.Tie tie) {
            return "a tie of " + tie.tied();
        }
        if (fit instanceof Fit.Resolved resolved) {
            return resolved.column() + " (a tie of " + resolved.tied() + " resolved by " + resolved.policy() + ")";
        }
        if (fit instanceof Fit.BelowThreshold below) {
            return "below the threshold (" + below.reason() + ")";
        }
        return "no evidence";
    }
}
