package org.engagementrubrics.testkit;

import static org.engagementrubrics.testkit.ValueGenerators.errata;
import static org.engagementrubrics.testkit.ValueGenerators.extensions;
import static org.engagementrubrics.testkit.ValueGenerators.localizedTexts;
import static org.engagementrubrics.testkit.ValueGenerators.orNull;
import static org.engagementrubrics.testkit.ValueGenerators.source;
import static org.engagementrubrics.testkit.ValueGenerators.version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;

/**
 * The generators of points rubrics and of criterion ratings for them, behind {@link Generators}.
 *
 * <p>Points have 0 to 2 decimals and are drawn with trailing zeros now and then, so that canonical forms are
 * exercised. Stateless and thread-safe.
 */
final class PointsGenerators {

    private PointsGenerators() {
    }

    static Gen<PointsRubric> pointsRubrics(Sizes sizes) {
        int maxCriteria = sizes.rows(4, 1);
        int maxLevels = sizes.items(5, 1);
        return random -> {
            IdPool pool = new IdPool();
            int criterionCount = 1 + random.nextInt(maxCriteria);
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 0; c < criterionCount; c++) {
                String id = pool.fresh(random);
                double shape = random.nextDouble();
                CriterionScale scale;
                if (shape < 0.2) {
                    scale = CriterionScale.freeForm(positivePoints(random));
                } else {
                    boolean ranged = shape < 0.45;
                    int levelCount = 1 + random.nextInt(maxLevels);
                    List<BigDecimal> points = ranged ? distinctDescending(random, levelCount)
                            : anyPoints(random, levelCount);
                    List<Level> levels = new ArrayList<>();
                    for (BigDecimal value : points) {
                        levels.add(new Level(pool.fresh(random), localizedTexts().generate(random),
                                orNull(random, 0.5, localizedTexts()), value, extensions().generate(random)));
                    }
                    scale = ranged ? CriterionScale.ranges(levels) : CriterionScale.levels(levels);
                }
                BigDecimal weight = random.nextDouble() < 0.6 ? BigDecimal.ONE
                        : BigDecimal.valueOf(1 + random.nextInt(400), random.nextInt(3));
                criteria.add(new Criterion(id, localizedTexts().generate(random), orNull(random, 0.5, localizedTexts()),
                        weight, scale, extensions().generate(random)));
            }
            return new PointsRubric(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random), criteria);
        };
    }

    /** Points from 0 to 100 with 0 to 2 decimals, sometimes with a trailing zero kept in their scale. */
    private static BigDecimal points(RandomGenerator random) {
        int decimals = random.nextInt(3);
        BigDecimal value = BigDecimal.valueOf(random.nextLong(0, 100 * pow10(decimals) + 1), decimals);
        return random.nextInt(4) == 0 ? value.setScale(decimals + 1) : value;
    }

    private static BigDecimal positivePoints(RandomGenerator random) {
        BigDecimal value = points(random);
        return value.signum() == 0 ? BigDecimal.TEN : value;
    }

    private static long pow10(int decimals) {
        return decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
    }

    /** Level points in any order, repeats allowed, highest first as Canvas shows them most of the time. */
    private static List<BigDecimal> anyPoints(RandomGenerator random, int count) {
        List<BigDecimal> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(points(random));
        }
        if (random.nextDouble() < 0.8) {
            points.sort((a, b) -> b.compareTo(a));
        }
        return points;
    }

    /** Numerically distinct points, highest first, as a ranged criterion needs. */
    private static List<BigDecimal> distinctDescending(RandomGenerator random, int count) {
        TreeSet<BigDecimal> distinct = new TreeSet<>();
        List<BigDecimal> points = new ArrayList<>();
        while (points.size() < count) {
            BigDecimal value = points(random);
            if (distinct.add(value.stripTrailingZeros())) {
                points.add(value);
            }
        }
        points.sort((a, b) -> b.compareTo(a));
        return points;
    }

    static Gen<CriterionRatings> criterionRatings(PointsRubric rubric) {
        return random -> {
            Map<String, CriterionRating> byCriterion = new LinkedHashMap<>();
            for (Criterion criterion : rubric.criteria()) {
                if (random.nextDouble() >= 0.85) {
                    continue;
                }
                double kind = random.nextDouble();
                if (kind < 0.1) {
                    byCriterion.put(criterion.id(), CriterionRating.notRated());
                } else if (kind < 0.2) {
                    byCriterion.put(criterion.id(), CriterionRating.notApplicable());
                } else if (!criterion.freeForm() && (!criterion.ranged() || kind < 0.6)) {
                    List<Level> levels = criterion.levels();
                    byCriterion.put(criterion.id(), CriterionRating.level(levels.get(random.nextInt(levels.size())).id()));
                } else {
                    long hundredths = criterion.pointsPossible().movePointRight(2).longValueExact();
                    byCriterion.put(criterion.id(),
                            CriterionRating.points(BigDecimal.valueOf(random.nextLong(0, hundredths + 1), 2)));
                }
            }
            return CriterionRatings.of(byCriterion);
        };
    }
}
