package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.Contents;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Properties of rating summaries (conditions assessments and surveys), and of every pooled summary's
 * independence from the order of the responses.
 */
class RatingSummaryPropertiesTest {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    /** An instrument with responses. */
    record Rated(Instrument instrument, List<Response> responses) {
    }

    static Gen<Rated> rated(Gen<? extends Instrument> instruments) {
        return instruments.flatMap(i -> Generators.responses(i, 1, 6).map(r -> new Rated(i, r)));
    }

    static Gen<Rated> rated() {
        return rated(Gen.oneOf(Generators.conditionsAssessments(), Generators.surveys()));
    }

    /** A summary with the ids of the items it covers. */
    private record Covered(RatingSummary summary, List<String> items) {
    }

    /** Every summary of a result in result order, with the item ids it covers. */
    private static List<Covered> summaries(Instrument instrument, ScoreResult result) {
        List<Covered> out = new ArrayList<>();
        if (result instanceof SurveyResult survey) {
            for (RatingSummary s : survey.statements()) {
                out.add(new Covered(s, List.of(s.itemId())));
            }
        } else {
            RatingResult ratings = (RatingResult) result;
            ConditionsAssessment assessment = (ConditionsAssessment) instrument;
            for (int c = 0; c < ratings.conditions().size(); c++) {
                ConditionSummary condition = ratings.conditions().get(c);
                Condition source = assessment.conditions().get(c);
                out.add(new Covered(condition.summary(), source.indicators().stream().map(Indicator::id).toList()));
                for (RatingSummary s : condition.indicators()) {
                    out.add(new Covered(s, List.of(s.itemId())));
                }
            }
            out.add(new Covered(ratings.overall(), Contents.itemIds(instrument)));
        }
        return out;
    }

    private static List<RatingSummary> summaryList(ScoreResult result) {
        List<RatingSummary> out = new ArrayList<>();
        if (result instanceof SurveyResult survey) {
            out.addAll(survey.statements());
        } else {
            RatingResult ratings = (RatingResult) result;
            for (ConditionSummary condition : ratings.conditions()) {
                out.add(condition.summary());
                out.addAll(condition.indicators());
            }
            out.add(ratings.overall());
        }
        return out;
    }

    @Test
    void meansMediansAndSharesStayInRangeAndMatchAnIndependentCount() {
        int[] nonEmpty = new int[1];
        Properties.forAll("mean and median within the scale, share within [0,1]", 400, rated(), c -> {
            RatingScale scale = Contents.scale(c.instrument());
            List<Integer> values = scale.values();
            ScoreResult result = ENGINE.summarize(c.instrument(), c.responses());
            for (Covered covered : summaries(c.instrument(), result)) {
                RatingSummary summary = covered.summary();
                List<String> items = covered.items();
                List<Integer> given = new ArrayList<>();
                int notRated = 0;
                int notApplicable = 0;
                for (String item : items) {
                    for (Response response : c.responses()) {
                        Rating rating = ((Ratings) response.evidence()).byItem().get(item);
                        if (rating instanceof Rating.Rated r) {
                            given.add(r.value());
                        } else if (rating instanceof Rating.NotApplicable) {
                            notApplicable++;
                        } else {
                            notRated++;
                        }
                    }
                }
                given.sort(null);
                assertThat(summary.rated()).as("rated of %s", summary.itemId()).isEqualTo(given.size());
                assertThat(summary.notRated()).as("not rated of %s", summary.itemId()).isEqualTo(notRated);
                assertThat(summary.notApplicable()).as("not applicable of %s", summary.itemId()).isEqualTo(notApplicable);
                assertThat(List.copyOf(summary.distribution().keySet())).as("distribution keys").isEqualTo(values);
                assertThat(summary.distribution().values().stream().mapToInt(Integer::intValue).sum())
                        .isEqualTo(given.size());
                for (int v : values) {
                    assertThat(summary.distribution().get(v)).as("count of %s", v)
                            .isEqualTo((int) given.stream().filter(g -> g == v).count());
                }
                if (given.isEmpty()) {
                    assertThat(summary.mean()).isNull();
                    assertThat(summary.median()).isNull();
                    assertThat(summary.topTwoShare()).isNull();
                    continue;
                }
                nonEmpty[0]++;
                assertThat(summary.mean()).as("mean of %s", summary.itemId()).isBetween((double) scale.min(),
                        (double) scale.max());
                assertThat(summary.median()).as("median of %s", summary.itemId()).isBetween((double) scale.min(),
                        (double) scale.max());
                assertThat(summary.topTwoShare()).as("top-two share of %s", summary.itemId()).isBetween(0.0, 1.0);
                double mean = given.stream().mapToInt(Integer::intValue).average().orElseThrow();
                assertThat(summary.mean()).isCloseTo(mean, within(1e-9));
                int n = given.size();
                double median = (given.get((n - 1) / 2) + given.get(n / 2)) / 2.0;
                assertThat(summary.median()).isEqualTo(median);
                int secondHighest = values.get(values.size() - 2);
                long topTwo = given.stream().filter(g -> g >= secondHighest).count();
                assertThat(summary.topTwoShare()).isEqualTo((double) topTwo / n);
            }
        });
        if (Properties.coverageApplies(400)) {
            assertThat(nonEmpty[0]).isGreaterThan(200);
        }
    }

    @Test
    void addingNotApplicableOrNotRatedToUnratedItemsOnlyMovesTheirCounts() {
        record Case(Rated rated, List<Response> padded, Map<String, Integer> addedNotApplicable, int added) {
        }
        Gen<Case> gen = rated().flatMap(c -> random -> {
            List<String> items = Contents.itemIds(c.instrument());
            List<Response> padded = new ArrayList<>();
            Map<String, Integer> addedNa = new HashMap<>();
            int added = 0;
            for (Response response : c.responses()) {
                Map<String, Rating> byItem = new HashMap<>(((Ratings) response.evidence()).byItem());
                for (String item : items) {
                    if (!byItem.containsKey(item) && random.nextBoolean()) {
                        boolean na = random.nextBoolean();
                        byItem.put(item, na ? Rating.notApplicable() : Rating.notRated());
                        if (na) {
                            addedNa.merge(item, 1, Integer::sum);
                        }
                        added++;
                    }
                }
                padded.add(response.withEvidence(Ratings.of(byItem)));
            }
            return new Case(c, padded, addedNa, added);
        });
        int[] exercised = new int[1];
        Properties.forAll("not applicable / not rated never move mean, median, share, distribution", 400, gen, c -> {
            Instrument instrument = c.rated().instrument();
            ScoreResult before = ENGINE.summarize(instrument, c.rated().responses());
            ScoreResult after = ENGINE.summarize(instrument, c.padded());
            List<Covered> beforeSummaries = summaries(instrument, before);
            List<RatingSummary> afterSummaries = summaryList(after);
            assertThat(afterSummaries).hasSameSizeAs(beforeSummaries);
            int i = 0;
            for (Covered entry : beforeSummaries) {
                RatingSummary b = entry.summary();
                int na = entry.items().stream().mapToInt(item -> c.addedNotApplicable().getOrDefault(item, 0)).sum();
                RatingSummary expected = new RatingSummary(b.itemId(), b.rated(), b.notRated() - na,
                        b.notApplicable() + na, b.mean(), b.median(), b.topTwoShare(), b.distribution());
                assertThat(afterSummaries.get(i++)).as("summary of %s", b.itemId()).isEqualTo(expected);
            }
            if (c.added() > 0) {
                exercised[0]++;
            }
        });
        if (Properties.coverageApplies(400)) {
            assertThat(exercised[0]).isGreaterThan(100);
        }
    }

    @Test
    void summariesDoNotDependOnResponseOrder() {
        record Case(Rated rated, List<Response> shuffled) {
        }
        Gen<Case> gen = rated(Generators.instruments().filter(i -> !(i instanceof org.engagementrubrics.core.matrix.MatrixInstrument)))
                .flatMap(c -> Gen.shuffled(c.responses()).map(s -> new Case(c, s)));
        Properties.forAll("summaries ignore response order", 400, gen, c -> {
            ScoreResult expected = ENGINE.summarize(c.rated().instrument(), c.rated().responses());
            assertThat(ENGINE.summarize(c.rated().instrument(), c.shuffled())).isEqualTo(expected);
            assertThat(ENGINE.summarize(c.rated().instrument(), new HashSet<>(c.shuffled()))).isEqualTo(expected);
            ResponsePool shuffledPool = c.shuffled().stream().map(r -> ResponsePool.of(r.id(), r.subjectId()))
                    .reduce(ResponsePool.empty(), ResponsePool::plus);
            assertThat(TallyPropertiesTest.pool(expected)).isEqualTo(shuffledPool);
            assertThat(expected.responseCount()).isEqualTo(c.shuffled().size());
        });
    }

    @Test
    void surveysAndAssessmentsAreBothExercised() {
        int[] kinds = new int[2];
        Properties.forAll("both rated kinds", 100, rated(), c -> kinds[c.instrument() instanceof Survey ? 0 : 1]++);
        if (Properties.coverageApplies(100)) {
            assertThat(kinds[0]).isGreaterThan(20);
            assertThat(kinds[1]).isGreaterThan(20);
        }
    }
}
