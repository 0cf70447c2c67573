package org.engagementrubrics.core.scoring;

import java.util.List;

/**
 * A scoring result: which instrument it was computed against, from which responses, and why.
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
     * Returns the ids of the responses scored, sorted.
     *
     * @return the response ids
     */
    List<String> responseIds();

    /**
     * Returns the explanation of the whole result.
     *
     * @return the explanation
     */
    Explanation explanation();
}
