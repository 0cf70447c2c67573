package org.engagementrubrics.testkit;

import static org.engagementrubrics.testkit.ValueGenerators.ascending;
import static org.engagementrubrics.testkit.ValueGenerators.errata;
import static org.engagementrubrics.testkit.ValueGenerators.extensions;
import static org.engagementrubrics.testkit.ValueGenerators.label;
import static org.engagementrubrics.testkit.ValueGenerators.localizedTexts;
import static org.engagementrubrics.testkit.ValueGenerators.orNull;
import static org.engagementrubrics.testkit.ValueGenerators.source;
import static org.engagementrubrics.testkit.ValueGenerators.statements;
import static org.engagementrubrics.testkit.ValueGenerators.version;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;

/**
 * The generators of rated instruments (conditions assessments and surveys), of their rating scales and
 * of ratings of them, behind {@link Generators}.
 *
 * <p>Every method draws from the random source in the order {@link Generators} has always used, so a seed
 * keeps giving the same values; {@link Generators} documents the public ones. Stateless and thread-safe.
 */
final class RatingGenerators {

    private static final List<String> FRAMEWORKS = List.of("CCSSO", "PSEL", "NAEYC", "ISTE", "PTA");

    private RatingGenerators() {
    }

    static Gen<RatingScale> ratingScales() {
        return random -> ratingScale(random, new IdPool());
    }

    private static RatingScale ratingScale(RandomGenerator random, IdPool labels) {
        int size = 2 + random.nextInt(6);
        int value = Gen.frequency(Gen.weight(4, Gen.constant(1)), Gen.weight(3, Gen.constant(0)),
                Gen.weight(2, Gen.ints(-3, 5))).generate(random);
        Gen<Integer> steps = Gen.frequency(Gen.weight(6, Gen.constant(1)), Gen.weight(2, Gen.constant(2)),
                Gen.weight(1, Gen.ints(3, 10)));
        List<ScalePoint> points = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                value += steps.generate(random);
            }
            points.add(new ScalePoint(value, label(random, labels)));
        }
        return new RatingScale(points);
    }

    static Gen<ConditionsAssessment> conditionsAssessments(Sizes sizes) {
        int maxConditions = sizes.rows(4, 1);
        int maxIndicators = sizes.items(5, 0);
        return random -> {
            IdPool pool = new IdPool();
            RatingScale scale = ratingScale(random, pool);
            int conditionCount = 1 + random.nextInt(maxConditions);
            List<Integer> numbers = ascending(random, conditionCount);
            List<Condition> conditions = new ArrayList<>();
            for (int c = 0; c < conditionCount; c++) {
                int indicatorCount = random.nextInt(maxIndicators + 1);
                List<Integer> indicatorNumbers = ascending(random, indicatorCount);
                List<Indicator> indicators = new ArrayList<>();
                for (int i = 0; i < indicatorCount; i++) {
                    List<Citation> citations = new ArrayList<>();
                    int citationCount = random.nextInt(3);
                    for (int k = 0; k < citationCount; k++) {
                        citations.add(Citation.of(Gen.elements(FRAMEWORKS).generate(random),
                                "III." + (1 + random.nextInt(5)) + "." + (char) ('a' + random.nextInt(6))));
                    }
                    indicators.add(new Indicator(pool.fresh(random), indicatorNumbers.get(i),
                            localizedTexts().generate(random), citations, extensions().generate(random)));
                }
                conditions.add(new Condition(pool.fresh(random), numbers.get(c), localizedTexts().generate(random),
                        indicators, extensions().generate(random)));
            }
            return new ConditionsAssessment(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random),
                    orNull(random, 0.4, localizedTexts()), scale, conditions);
        };
    }

    static Gen<Survey> surveys(Sizes sizes) {
        int maxStatements = sizes.items(8, 1);
        return random -> {
            IdPool pool = new IdPool();
            RatingScale scale = ratingScale(random, pool);
            List<Statement> statements = statements(random, pool, 1, maxStatements);
            List<ContactGoal> goals = new ArrayList<>();
            int goalCount = random.nextInt(3);
            for (int g = 0; g < goalCount; g++) {
                List<MonitoredGroup> groups = new ArrayList<>();
                int groupCount = random.nextInt(4);
                for (int m = 0; m < groupCount; m++) {
                    groups.add(new MonitoredGroup(pool.fresh(random), localizedTexts().generate(random)));
                }
                goals.add(new ContactGoal(pool.fresh(random), localizedTexts().generate(random),
                        1 + random.nextInt(100), Gen.elements(ContactPeriod.values()).generate(random), groups));
            }
            return new Survey(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random),
                    localizedTexts().generate(random), scale, statements, goals);
        };
    }

    static Gen<Ratings> ratings(Instrument instrument) {
        RatingScale scale = Contents.scale(instrument);
        List<String> itemIds = Contents.itemIds(instrument);
        Gen<Rating> rating = Gen.frequency(
                Gen.weight(6, Gen.elements(scale.values()).map(Rating::of)),
                Gen.weight(1, Gen.constant(Rating.notRated())),
                Gen.weight(1, Gen.constant(Rating.notApplicable())));
        return random -> {
            double answered = Gen.elements(0.0, 0.5, 0.8, 1.0).generate(random);
            Map<String, Rating> byItem = new LinkedHashMap<>();
            for (String id : itemIds) {
                if (random.nextDouble() < answered) {
                    byItem.put(id, rating.generate(random));
                }
            }
            return Ratings.of(byItem);
        };
    }
}
