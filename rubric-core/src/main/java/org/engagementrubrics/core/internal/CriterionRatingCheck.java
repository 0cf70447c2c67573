package org.engagementrubrics.core.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.ProblemCodes;

/**
 * Checks criterion ratings against one points rubric: each rated criterion exists, each chosen level is one
 * of its levels, and entered points fall on a ranged or free-form criterion, from 0 to its points possible,
 * with at most two decimals. The criteria are gathered once, when the check is made. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CriterionRatingCheck {

    private final PointsRubric rubric;
    private final Map<String, Criterion> criteria;

    CriterionRatingCheck(PointsRubric rubric) {
        this.rubric = rubric;
        Map<String, Criterion> byId = new LinkedHashMap<>();
        rubric.criteria().forEach(criterion -> byId.putIfAbsent(criterion.id(), criterion));
        this.criteria = Map.copyOf(byId);
    }

    /** Adds a problem for each rating that does not fit its criterion, in criterion id order. */
    void check(CriterionRatings ratings, List<Problem> problems) {
        for (Map.Entry<String, CriterionRating> entry : ratings.byCriterion().entrySet()) {
            String criterionId = entry.getKey();
            String path = "evidence.byCriterion[" + criterionId + "]";
            Criterion criterion = criteria.get(criterionId);
            if (criterion == null) {
                problems.add(Problem.of(path, ProblemCodes.UNKNOWN_REFERENCE, "rated criterion '" + criterionId
                        + "' is not a criterion of instrument '" + rubric.id() + "'"));
                continue;
            }
            CriterionRating rating = entry.getValue();
            if (rating instanceof CriterionRating.LevelChosen chosen) {
                level(criterion, chosen.levelId(), path, problems);
            } else if (rating instanceof CriterionRating.Points points) {
                points(criterion, points.points(), path, problems);
            }
        }
    }

    private static void level(Criterion criterion, String levelId, String path, List<Problem> problems) {
        if (criterion.freeForm()) {
            problems.add(Problem.of(path, ProblemCodes.OUT_OF_SCALE, "level '" + levelId + "' chosen for criterion '"
                    + criterion.id() + "', which is free-form and has no levels; expected points from 0 to "
                    + criterion.pointsPossible().toPlainString() + ", not rated or not applicable"));
            return;
        }
        for (Level level : criterion.levels()) {
            if (level.id().equals(levelId)) {
                return;
            }
        }
        problems.add(Problem.of(path, ProblemCodes.UNKNOWN_REFERENCE, "level '" + levelId
                + "' is not a level of criterion '" + criterion.id() + "'; expected one of " + levelIds(criterion)
                + ", not rated or not applicable"));
    }

    private static void points(Criterion criterion, BigDecimal points, String path, List<Problem> problems) {
        String shown = points.toPlainString();
        if (!criterion.freeForm() && !criterion.ranged()) {
            problems.add(Problem.of(path, ProblemCodes.OUT_OF_SCALE, "points " + shown + " given for criterion '"
                    + criterion.id() + "', whose levels are not point ranges; expected one of the levels "
                    + levelIds(criterion) + ", not rated or not applicable"));
            return;
        }
        BigDecimal possible = criterion.pointsPossible();
        if (points.signum() < 0 || points.compareTo(possible) > 0) {
            String where = criterion.freeForm() ? "outside the free-form range" : "outside every level's range";
            problems.add(Problem.of(path, ProblemCodes.OUT_OF_SCALE, "points " + shown + " for criterion '"
                    + criterion.id() + "' are " + where + "; expected from 0 to " + possible.toPlainString()));
        } else if (points.scale() > Level.MAX_DECIMALS) {
            problems.add(Problem.of(path, ProblemCodes.OUT_OF_SCALE, "points " + shown + " for criterion '"
                    + criterion.id() + "' have " + points.scale() + " decimals; expected at most "
                    + Level.MAX_DECIMALS));
        }
    }

    private static List<String> levelIds(Criterion criterion) {
        return criterion.levels().stream().map(Level::id).toList();
    }
}
