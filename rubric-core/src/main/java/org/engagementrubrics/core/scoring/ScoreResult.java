package org.engagementrubrics.core.scoring;

/**
 * A scoring result: which instrument it was computed against, from how many responses, and why.
 *
 * <p>All implementations are immutable and thread-safe records.
 */
public sealed interface ScoreResult
        permits MatrixResult, ArchetypeResult, StageResult, RatingResult, RollupResult, ChecklistResult, SurveyResult,
        PointsResult {

    /**
     * Returns the instrument the result was computed against.
     *
     * @return the instrument reference
     */
    InstrumentRef instrument();

    /**
     * Returns how many responses the result is computed from: 1 for a result of one response, the number
     * pooled for a result over many.
     *
     * @return the number of responses, at least 1 for a result the engine gives
     */
    long responseCount();

    /**
     * Returns the explanation of the whole result.
     *
     * @return the explanation
     */
    Explanation explanation();
}
