package org.engagementrubrics.core.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.InstrumentRef;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.PointsResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;

/**
 * One review of one subject: its date and the results of one instrument for that subject on that date.
 *
 * <p>A review of a per-response kind (staged rubric, archetype matrix) may hold several raters' results; a
 * pooled kind (conditions, district indicators, checklist, survey) holds one summary. Immutable and thread-safe.
 * <pre>{@code
 * Review spring = Review.of(LocalDate.parse("2026-03-01"), engine.score(rubric, response));
 * }</pre>
 *
 * @param date the date of the review, not null
 * @param results the results, one or more, all of one instrument (same fingerprint) and one subject
 */
public record Review(LocalDate date, List<ScoreResult> results) {

    /**
     * Creates a review, checking that its results belong together.
     *
     * @param date the date, not null
     * @param results the results, not null
     * @throws ComparisonException if the results are empty, of several instruments or subjects, or several
     *         summaries of a pooled kind
     */
    public Review {
        Objects.requireNonNull(date, "date");
        results = Arguments.copyOf(results, "results");
        if (results.isEmpty()) {
            throw new ComparisonException("the review of " + date + " holds no result; a review needs at least one");
        }
        ScoreResult first = results.get(0);
        for (ScoreResult result : results) {
            if (!result.instrument().equals(first.instrument())) {
                throw new ComparisonException("the review of " + date + " mixes " + first.instrument() + " and "
                        + result.instrument() + "; a review holds results of one instrument version");
            }
            if (!Objects.equals(subjectOf(result), subjectOf(first))) {
                throw new ComparisonException("the review of " + date + " mixes the subjects '" + subjectOf(first)
                        + "' and '" + subjectOf(result) + "'; a review is of one subject");
            }
        }
        if (subjectOf(first) == null) {
            throw new ComparisonException("the review of " + date + " pools responses of several subjects; a review"
                    + " is of one subject");
        }
        if (results.size() > 1 && !perResponse(first)) {
            throw new ComparisonException("the review of " + date + " holds " + results.size() + " summaries of "
                    + first.instrument() + "; a review of a pooled kind holds one summary of all its responses");
        }
    }

    /**
     * Obtains a review from its date and results.
     *
     * @param date the date, not null
     * @param results the results, not null
     * @return the review
     */
    public static Review of(LocalDate date, ScoreResult... results) {
        return new Review(date, Arguments.copyOf("results", results));
    }

    /**
     * Returns the subject reviewed.
     *
     * @return the subject id
     */
    public String subjectId() {
        return subjectOf(results.get(0));
    }

    /**
     * Returns the instrument version all results were made with.
     *
     * @return the instrument reference
     */
    public InstrumentRef instrument() {
        return results.get(0).instrument();
    }

    /**
     * Returns how many responses the review rests on.
     *
     * @return the number of responses
     */
    public long responseCount() {
        long count = 0;
        for (ScoreResult result : results) {
            count += result.responseCount();
        }
        return count;
    }

    static boolean perResponse(ScoreResult result) {
        return result instanceof StageResult || result instanceof ArchetypeResult || result instanceof MatrixResult;
    }

    private static String subjectOf(ScoreResult result) {
        if (result instanceof StageResult stage) {
            return stage.subjectId();
        } else if (result instanceof ArchetypeResult archetype) {
            return archetype.subjectId();
        } else if (result instanceof MatrixResult matrix) {
            return matrix.subjectId();
        } else if (result instanceof RatingResult rating) {
            return rating.responses().subjectId();
        } else if (result instanceof RollupResult rollup) {
            return rollup.responses().subjectId();
        } else if (result instanceof ChecklistResult checklist) {
            return checklist.responses().subjectId();
        } else if (result instanceof PointsResult points) {
            return points.responses().subjectId();
        } else {
            return ((SurveyResult) result).responses().subjectId();
        }
    }
}
