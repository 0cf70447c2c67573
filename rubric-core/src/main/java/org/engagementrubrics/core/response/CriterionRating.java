package org.engagementrubrics.core.response;

import java.math.BigDecimal;
import java.util.Objects;
import org.engagementrubrics.core.internal.Decimals;

/**
 * A rater's answer on one criterion of a points rubric: a chosen level, points, "not rated" or "not
 * applicable".
 *
 * <p>A level is chosen on a criterion with levels; points are entered on a ranged or free-form criterion.
 * "Not rated" earns 0 of the criterion's points possible; "not applicable" takes the criterion out of the
 * points possible. Points are kept in canonical form, so {@code 2} and {@code 2.00} are equal ratings. All
 * implementations are immutable and thread-safe.
 */
public sealed interface CriterionRating
        permits CriterionRating.LevelChosen, CriterionRating.Points, CriterionRating.NotRated,
        CriterionRating.NotApplicable {

    /**
     * Obtains the choice of a level.
     *
     * @param levelId the id of a level of the criterion, not null
     * @return the rating
     */
    static CriterionRating level(String levelId) {
        return new LevelChosen(levelId);
    }

    /**
     * Obtains points entered on a ranged or free-form criterion.
     *
     * @param points the points, not null
     * @return the rating
     */
    static CriterionRating points(BigDecimal points) {
        return new Points(points);
    }

    /**
     * Obtains "not rated": the criterion applies but was given no rating.
     *
     * @return not rated
     */
    static CriterionRating notRated() {
        return NotRated.INSTANCE;
    }

    /**
     * Obtains "not applicable": the criterion does not apply to the subject.
     *
     * @return not applicable
     */
    static CriterionRating notApplicable() {
        return NotApplicable.INSTANCE;
    }

    /**
     * A chosen level.
     *
     * @param levelId the id of a level of the criterion, not null
     */
    record LevelChosen(String levelId) implements CriterionRating {

        /**
         * Creates the choice of a level.
         *
         * @param levelId the id of a level of the criterion, not null
         */
        public LevelChosen {
            Objects.requireNonNull(levelId, "levelId");
        }

        @Override
        public String toString() {
            return "level " + levelId;
        }
    }

    /**
     * Points entered on a ranged or free-form criterion, kept in canonical form.
     *
     * @param points the points, not null
     */
    record Points(BigDecimal points) implements CriterionRating {

        /**
         * Creates entered points; they are put in canonical form.
         *
         * @param points the points, not null
         */
        public Points {
            points = Decimals.canonical(points, "points");
        }

        @Override
        public String toString() {
            return points.toPlainString() + " points";
        }
    }

    /** The rater saw the criterion but gave no rating: it earns 0 of its points possible. */
    record NotRated() implements CriterionRating {
        private static final NotRated INSTANCE = new NotRated();

        @Override
        public String toString() {
            return "not rated";
        }
    }

    /** The criterion does not apply to the subject: it leaves the points possible. */
    record NotApplicable() implements CriterionRating {
        private static final NotApplicable INSTANCE = new NotApplicable();

        @Override
        public String toString() {
            return "not applicable";
        }
    }
}
