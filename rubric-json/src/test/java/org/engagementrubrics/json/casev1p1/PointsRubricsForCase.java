package org.engagementrubrics.json.casev1p1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;

/**
 * Valid points rubrics built from the test kit's value generators, until the kit has a points generator of its
 * own: level and free-form criteria, ranges with strictly distinct points, optional descriptions, weights and
 * points with up to two decimals, texts in several languages and extensions everywhere.
 */
final class PointsRubricsForCase {

    private PointsRubricsForCase() {
    }

    static Gen<PointsRubric> pointsRubrics() {
        return random -> {
            List<String> criterionIds = Generators.distinct(Generators.ids(), 1, 5).generate(random);
            List<Criterion> criteria = new ArrayList<>();
            for (String id : criterionIds) {
                criteria.add(criterion(random, id));
            }
            Source source = new Source(Generators.localizedTexts().generate(random), Generators.texts().generate(random),
                    random.nextBoolean() ? null : "https://example.org/" + Generators.ids().generate(random));
            return new PointsRubric(Generators.ids().generate(random), random.nextInt(1, 5) + "." + random.nextInt(10),
                    Generators.localizedTexts().generate(random), source, List.of(),
                    Generators.extensions().generate(random), criteria);
        };
    }

    private static Criterion criterion(RandomGenerator random, String id) {
        BigDecimal weight = BigDecimal.valueOf(random.nextInt(1, 500), random.nextInt(0, 3));
        LocalizedText description = random.nextBoolean() ? null : Generators.localizedTexts().generate(random);
        CriterionScale scale;
        int shape = random.nextInt(4);
        if (shape == 0) {
            scale = CriterionScale.freeForm(BigDecimal.valueOf(random.nextInt(1, 100_000), random.nextInt(0, 3)));
        } else {
            List<String> levelIds = Generators.distinct(Generators.ids(), 1, 6).generate(random);
            List<Level> levels = new ArrayList<>();
            int points = 0;
            for (String levelId : levelIds) {
                points += random.nextInt(1, 5_000); // strictly increasing, so ranges never repeat points
                levels.add(new Level(levelId, Generators.localizedTexts().generate(random),
                        random.nextBoolean() ? null : Generators.localizedTexts().generate(random),
                        BigDecimal.valueOf(points, random.nextInt(0, 3)), Generators.extensions().generate(random)));
            }
            scale = shape == 1 ? CriterionScale.ranges(levels) : CriterionScale.levels(levels);
        }
        return new Criterion(id, Generators.localizedTexts().generate(random), description, weight, scale,
                Generators.extensions().generate(random));
    }
}
