package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Response;

/**
 * Totals the points of a points rubric over one or more responses: per criterion, weighted, and as a percent
 * of the points possible; not-applicable criteria leave the points possible, not-rated ones earn 0 of theirs.
 *
 * <p>Each response is a {@link PointsTotal} of its criteria, whose percent is added up for the mean percent.
 * Sums of exact decimals, so the order of responses never changes a result. This class is immutable and
 * thread-safe.
 */
final class PointsScorer extends InstrumentScorer.Pooled<PointsRubric, PointsResult> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A criterion as the scorer needs it, gathered once. */
    private record Prepared(String id, String title, BigDecimal weight, BigDecimal pointsPossible,
            Map<String, BigDecimal> levelPoints, List<Level> ascending, Map<String, String> labels) {

        /** Returns the level whose range holds the points: the lowest level worth at least them. */
        String levelHolding(BigDecimal points) {
            for (Level level : ascending) {
                if (level.points().compareTo(points) >= 0) {
                    return level.id();
                }
            }
            return null; // refused by the response check: points above every range
        }
    }

    private final List<Prepared> criteria;
    private final List<String> criterionIds;
    private final String title;

    PointsScorer(PointsRubric rubric) {
        super(rubric);
        List<Prepared> list = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            Map<String, BigDecimal> points = new HashMap<>();
            Map<String, String> labels = new HashMap<>();
            for (Level level : criterion.levels()) {
                points.putIfAbsent(level.id(), level.points());
                labels.putIfAbsent(level.id(), level.label().text());
            }
            List<Level> ascending = criterion.ranged() ? criterion.levels().stream()
                    .sorted(Comparator.comparing(Level::points)).toList() : List.of();
            list.add(new Prepared(criterion.id(), criterion.title().text(), criterion.weight(),
                    criterion.pointsPossible(), Map.copyOf(points), ascending, Map.copyOf(labels)));
        }
        this.criteria = List.copyOf(list);
        this.criterionIds = criteria.stream().map(Prepared::id).toList();
        this.title = rubric.title().text();
    }

    @Override
    Accumulator<PointsResult> accumulator() {
        return new Sums();
    }

    /** The points and counts per criterion, and the sum of the responses' percents. */
    private final class Sums extends Accumulator<PointsResult> {

        private final BigDecimal[] earned = new BigDecimal[criteria.size()];
        private final int[] rated = new int[criteria.size()];
        private final int[] notRated = new int[criteria.size()];
        private final int[] notApplicable = new int[criteria.size()];
        private final List<Map<String, Integer>> levels = new ArrayList<>();
        private BigDecimal percentSum = BigDecimal.ZERO;
        private long percentResponses;

        Sums() {
            super(1);
            for (int i = 0; i < criteria.size(); i++) {
                earned[i] = BigDecimal.ZERO;
                levels.add(new TreeMap<>());
            }
        }

        @Override
        void count(Response response) {
            Map<String, CriterionRating> ratings = ((CriterionRatings) response.evidence()).byCriterion();
            List<PointsTotal.Part> parts = new ArrayList<>(criteria.size());
            for (int i = 0; i < criteria.size(); i++) {
                Prepared criterion = criteria.get(i);
                CriterionRating rating = ratings.get(criterion.id());
                BigDecimal points = null;
                if (rating instanceof CriterionRating.LevelChosen chosen) {
                    points = criterion.levelPoints().get(chosen.levelId());
                    levels.get(i).merge(chosen.levelId(), 1, Integer::sum);
                } else if (rating instanceof CriterionRating.Points entered) {
                    points = entered.points();
                    String holding = criterion.levelHolding(points);
                    if (holding != null) {
                        levels.get(i).merge(holding, 1, Integer::sum);
                    }
                }
                if (rating instanceof CriterionRating.NotApplicable) {
                    notApplicable[i]++;
                    parts.add(PointsTotal.Part.notApplicable(criterion.id(), criterion.pointsPossible(),
                            criterion.weight()));
                } else if (points == null) {
                    notRated[i]++;
                    parts.add(PointsTotal.Part.notRated(criterion.id(), criterion.pointsPossible(), criterion.weight()));
                } else {
                    rated[i]++;
                    earned[i] = earned[i].add(points);
                    parts.add(PointsTotal.Part.rated(criterion.id(), points, criterion.pointsPossible(),
                            criterion.weight()));
                }
            }
            Optional<BigDecimal> percent = PointsTotal.of(parts).percent();
            if (percent.isPresent()) {
                percentSum = percentSum.add(percent.get());
                percentResponses++;
            }
        }

        @Override
        void mergeCounts(Accumulator<?> other) {
            add(((Sums) other).points(), ((Sums) other).percentSum, ((Sums) other).percentResponses);
        }

        private void add(List<CriterionPoints> points, BigDecimal percents, long responses) {
            for (int i = 0; i < criteria.size(); i++) {
                CriterionPoints part = points.get(i);
                earned[i] = earned[i].add(part.earned());
                rated[i] = Math.addExact(rated[i], part.rated());
                notRated[i] = Math.addExact(notRated[i], part.notRated());
                notApplicable[i] = Math.addExact(notApplicable[i], part.notApplicable());
                Map<String, Integer> counts = levels.get(i);
                part.levels().forEach((id, count) -> counts.merge(id, count, Math::addExact));
            }
            percentSum = percentSum.add(percents);
            percentResponses += responses;
        }

        @Override
        void check(TallyState state) {
            PointsTallyState points = requireKind(state, PointsTallyState.class, "points rubric");
            requireKeys("criteria", points.criteria().stream().map(CriterionPoints::criterionId).toList(), criterionIds);
            long responses = points.responses().count();
            for (int i = 0; i < criteria.size(); i++) {
                CriterionPoints part = points.criteria().get(i);
                Prepared criterion = criteria.get(i);
                long found = part.applicable() + part.notApplicable();
                if (found != responses) {
                    throw new IllegalArgumentException("the tally state counts " + found + " answers on criterion '"
                            + part.criterionId() + "'; " + responses + " responses give " + responses);
                }
                if (part.weight().compareTo(criterion.weight()) != 0
                        || part.pointsPossible().compareTo(criterion.pointsPossible()) != 0) {
                    throw new IllegalArgumentException("the tally state gives criterion '" + part.criterionId()
                            + "' weight " + part.weight() + " and " + part.pointsPossible() + " points possible; the "
                            + "instrument has " + criterion.weight() + " and " + criterion.pointsPossible());
                }
                if (part.earned().compareTo(part.possible()) > 0) {
                    throw new IllegalArgumentException("the tally state gives criterion '" + part.criterionId() + "' "
                            + part.earned() + " points earned of " + part.possible() + " possible");
                }
                for (String levelId : part.levels().keySet()) {
                    if (!criterion.labels().containsKey(levelId)) {
                        throw new IllegalArgumentException("the tally state counts level '" + levelId
                                + "', which is not a level of criterion '" + part.criterionId() + "'");
                    }
                }
            }
            if (points.percentResponses() > responses
                    || points.percentSum().compareTo(HUNDRED.multiply(BigDecimal.valueOf(points.percentResponses()))) > 0) {
                throw new IllegalArgumentException("the tally state sums " + points.percentSum() + " percent over "
                        + points.percentResponses() + " responses; each percent is at most 100");
            }
        }

        @Override
        void restoreCounts(TallyState state) {
            PointsTallyState points = (PointsTallyState) state;
            add(points.criteria(), points.percentSum(), points.percentResponses());
        }

        private List<CriterionPoints> points() {
            List<CriterionPoints> list = new ArrayList<>(criteria.size());
            for (int i = 0; i < criteria.size(); i++) {
                Prepared criterion = criteria.get(i);
                list.add(new CriterionPoints(criterion.id(), criterion.weight(), criterion.pointsPossible(), earned[i],
                        rated[i], notRated[i], notApplicable[i], new TreeMap<>(levels.get(i))));
            }
            return list;
        }

        @Override
        TallyState state(InstrumentRef ref) {
            return new PointsTallyState(ref, pool(), points(), percentSum, percentResponses);
        }

        @Override
        PointsResult result(InstrumentRef ref) {
            List<CriterionPoints> points = points();
            long responses = count();
            return new PointsResult(ref, pool(), points, percentSum, percentResponses,
                    Explanation.lazy(() -> explain(points, responses, percentSum, percentResponses)));
        }
    }

    @Override
    PointsResult explained(ScoreResult result, String tiePolicy) {
        PointsResult points = requireResult(result, PointsResult.class);
        requireParts("criteria", points.criteria().stream().map(CriterionPoints::criterionId).toList(), criterionIds);
        return new PointsResult(points.instrument(), points.responses(), points.criteria(), points.percentSum(),
                points.percentResponses(), explain(points.criteria(), points.responseCount(), points.percentSum(),
                        points.percentResponses()));
    }

    private Explanation explain(List<CriterionPoints> points, long responses, BigDecimal percentSum,
            long percentResponses) {
        List<Explanation> parts = new ArrayList<>(criteria.size());
        for (int i = 0; i < criteria.size(); i++) {
            Prepared criterion = criteria.get(i);
            parts.add(Explanations.criterionPoints(criterion.title(), points.get(i), responses, criterion.labels()));
        }
        return Explanations.points(title, points, responses, percentSum, percentResponses, parts);
    }
}
