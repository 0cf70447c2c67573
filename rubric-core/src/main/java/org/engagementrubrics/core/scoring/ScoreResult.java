package org.engagementrubrics.core.scoring;

/**
 * A scoring result: which instrument it was computed against, from how many responses, and why.
 *
 * <p>All implementations are immutable and thread-safe records.
 */
public sealed interface ScoreResult
        permits MatrixResult, ArchetypeResult, StageResult, RatingResult, RollupResult, ChecklistResult, SurveyResult {

    /**
     * Returns the instrument the result was computed against.
     *
     * @return the instrument reference
     */
    InstrumentRef instrument();

    /**
     * Returns how many responses the result was computed from.
     *
     * @return the number of responses, one or more
     */
    long responseCount();

    /**
     * Returns the explanation of the whole result.
     *
     * @return the explanation
     */
    Explanation explanation();
}
