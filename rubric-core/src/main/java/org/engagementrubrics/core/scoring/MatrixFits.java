package org.engagementrubrics.core.scoring;

import java.util.Objects;
import org.engagementrubrics.core.internal.FrozenList;

/**
 * The fits of one response's rows kept as the layout's counts and one {@link Fit} per row: a list of
 * {@link RowFit} whose rows (their tallies and explanations) are made the first time any is read, then kept.
 * A result that is stored, compared by its fits or counted never makes them.
 *
 * <p>Equal, as a list, to the rows {@link MatrixLayout#fit} makes from the same counts. This class is immutable
 * and thread-safe: the rows are made once, under this list's lock.
 */
final class MatrixFits extends FrozenList<RowFit> {

    private final MatrixLayout layout;
    private final int[] counts;
    private final Fit[] fits;
    private final String decided;
    private volatile RowFit[] rows;

    /** Takes the arrays, which no one changes afterwards. */
    MatrixFits(MatrixLayout layout, int[] counts, Fit[] fits, String decided) {
        this.layout = layout;
        this.counts = counts;
        this.fits = fits;
        this.decided = decided;
    }

    /** Returns the fit of a row without making the row. */
    Fit fit(int row) {
        return fits[row];
    }

    @Override
    public int size() {
        return fits.length;
    }

    @Override
    public RowFit get(int index) {
        Objects.checkIndex(index, fits.length);
        return rows()[index];
    }

    private RowFit[] rows() {
        RowFit[] made = rows;
        if (made == null) {
            synchronized (this) {
                made = rows;
                if (made == null) {
                    made = new RowFit[fits.length];
                    for (int r = 0; r < made.length; r++) {
                        made[r] = layout.rowFit(r, counts, fits[r], decided);
                    }
                    rows = made;
                }
            }
        }
        return made;
    }
}
