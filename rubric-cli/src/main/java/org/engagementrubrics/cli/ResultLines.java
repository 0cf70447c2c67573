package org.engagementrubrics.cli;

import java.util.List;
import java.util.function.Function;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;

/**
 * Says in the text output which responses a result was computed from: a result of one response names it,
 * its subject and its rater ({@code response r-1 (subject school-12, rater team-a)}); a pooled result is
 * described from its response ids, in the caller's words.
 */
final class ResultLines {

    private ResultLines() {
    }

    /**
     * Returns the words for the responses of a result.
     *
     * @param result the result
     * @param pooled the words for the response ids of a pooled result
     * @return the words, such as {@code response r-1 (subject school-12, rater team-a)}
     */
    static String responses(ScoreResult result, Function<List<String>, String> pooled) {
        if (result instanceof ArchetypeResult archetypes) {
            return oneResponse(archetypes.responseId(), archetypes.subjectId(), archetypes.raterId());
        } else if (result instanceof StageResult stages) {
            return oneResponse(stages.responseId(), stages.subjectId(), stages.raterId());
        } else if (result instanceof MatrixResult fits) {
            return oneResponse(fits.responseId(), fits.subjectId(), fits.raterId());
        }
        return pooled.apply(pooledIds(result));
    }

    private static String oneResponse(String responseId, String subjectId, String raterId) {
        return "response " + responseId + " (subject " + subjectId + ", rater " + raterId + ")";
    }

    /** The ids of the responses a pooled result pools, sorted. */
    private static List<String> pooledIds(ScoreResult result) {
        if (result instanceof RatingResult ratings) {
            return ratings.responseIds();
        } else if (result instanceof RollupResult rollup) {
            return rollup.responseIds();
        } else if (result instanceof ChecklistResult checklist) {
            return checklist.responseIds();
        }
        return ((SurveyResult) result).responseIds();
    }
}
