package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;

/**
 * The stage placement of every standard of a staged rubric, for one response.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the instrument scored, not null
 * @param responseId the id of the response scored, not null
 * @param subjectId what the response rated, such as a school, not null
 * @param raterId who gave the response, not null
 * @param placement the name of the placement strategy used, such as {@code best-fit-count}, not null
 * @param rows the placement of each standard (a row of the rubric), in order, not null
 * @param explanation why, not null
 * @param points the points of the standards, one part per row in row order, when the engine was given a
 *        {@link StagePoints}; null when it was not
 */
public record StageResult(InstrumentRef instrument, String responseId, String subjectId, String raterId,
        String placement, List<RowFit> rows, Explanation explanation, StagePointsTotal points)
        implements ScoreResult {

    /**
     * Refuses a missing part and copies the lists.
     *
     * @param instrument the instrument scored, not null
     * @param responseId the id of the response scored, not null
     * @param subjectId what the response rated, such as a school, not null
     * @param raterId who gave the response, not null
     * @param placement the name of the placement strategy used, such as {@code best-fit-count}, not null
     * @param rows the placement of each standard (a row of the rubric), in order, not null
     * @param explanation why, not null
     * @param points the points of the standards, one part per row in row order; null without a points strategy
     * @throws IllegalArgumentException if the points' parts are not one per row, in row order
     */
    public StageResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(raterId, "raterId");
        Objects.requireNonNull(placement, "placement");
        rows = Arguments.copyOf(rows, "rows");
        Objects.requireNonNull(explanation, "explanation");
        if (points != null) {
            List<PointsTotal.Part> parts = points.total().parts();
            boolean matches = parts.size() == rows.size();
            for (int i = 0; matches && i < parts.size(); i++) {
                matches = parts.get(i).id().equals(rows.get(i).rowId());
            }
            if (!matches) {
                throw new IllegalArgumentException("points must have one part per standard, in the standards' order "
                        + rows.stream().map(RowFit::rowId).toList() + "; were for "
                        + parts.stream().map(PointsTotal.Part::id).toList());
            }
        }
    }

    /**
     * Obtains a result without points, as the engine makes one when it was given no {@link StagePoints}.
     *
     * @param instrument the instrument scored, not null
     * @param responseId the id of the response scored, not null
     * @param subjectId what the response rated, not null
     * @param raterId who gave the response, not null
     * @param placement the name of the placement strategy used, not null
     * @param rows the placement of each standard, in order, not null
     * @param explanation why, not null
     */
    public StageResult(InstrumentRef instrument, String responseId, String subjectId, String raterId,
            String placement, List<RowFit> rows, Explanation explanation) {
        this(instrument, responseId, subjectId, raterId, placement, rows, explanation, null);
    }

    /**
     * Returns a copy with these points.
     *
     * @param points the points, one part per row in row order, or null for none
     * @return the result with the points, {@code this} if they are the same
     * @throws IllegalArgumentException if the points' parts are not one per row, in row order
     */
    public StageResult withPoints(StagePointsTotal points) {
        return Objects.equals(points, this.points) ? this
                : new StageResult(instrument, responseId, subjectId, raterId, placement, rows, explanation, points);
    }

    /**
     * Returns 1: a stage result is computed from one response.
     *
     * @return 1
     */
    @Override
    public long responseCount() {
        return 1;
    }
}
