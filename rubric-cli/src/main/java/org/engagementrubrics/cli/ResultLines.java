package org.engagementrubrics.cli;

import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.ResponsePool;
import org.engagementrubrics.core.scoring.PointsResult;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;

/**
 * Says in the text output which responses a result was computed from: a result of one response names it,
 * its subject and its rater ({@code response r-1 (subject school-12, rater team-a)}); a pooled result gives
 * its count and the subject its responses share ({@code 12 responses, subject school-12}), never their ids.
 */
final class ResultLines {

    private ResultLines() {
    }

    /**
     * Returns the words for the responses of a result.
     *
     * @param result the result
     * @return the words, such as {@code response r-1 (subject school-12, rater team-a)}
     */
    static String responses(ScoreResult result) {
        if (result instanceof ArchetypeResult archetypes) {
            return oneResponse(archetypes.responseId(), archetypes.subjectId(), archetypes.raterId());
        } else if (result instanceof StageResult stages) {
            return oneResponse(stages.responseId(), stages.subjectId(), stages.raterId());
        } else if (result instanceof MatrixResult fits) {
            return oneResponse(fits.responseId(), fits.subjectId(), fits.raterId());
        }
        ResponsePool pool = pool(result);
        return pool.count() + (pool.count() == 1 ? " response" : " responses")
                + (pool.subjectId() == null ? "" : ", subject " + pool.subjectId());
    }

    private static String oneResponse(String responseId, String subjectId, String raterId) {
        return "response " + responseId + " (subject " + subjectId + ", rater " + raterId + ")";
    }

    /** The pool of a pooled result. */
    static ResponsePool pool(ScoreResult result) {
        if (result instanceof RatingResult ratings) {
            return ratings.responses();
        } else if (result instanceof RollupResult rollup) {
            return rollup.responses();
        } else if (result instanceof PointsResult points) {
            return points.responses();
        } else if (result instanceof ChecklistResult checklist) {
            return checklist.responses();
        }
        return ((SurveyResult) result).responses();
    }
}
