package org.engagementrubrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.RubricValidator;
import org.junit.jupiter.api.Test;

/**
 * The generators give valid instruments and responses, and vary the shapes the properties rely on.
 */
class GeneratorsPropertiesTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();

    private record WithResponses(Instrument instrument, List<Response> responses) {
    }

    private static Gen<WithResponses> withResponses(Gen<? extends Instrument> instruments) {
        return instruments.flatMap(i -> Generators.responses(i, 1, 4).map(r -> new WithResponses(i, r)));
    }

    @Test
    void everyGeneratedInstrumentAndResponseIsValid() {
        Properties.forAll("generated instruments and responses validate", 500, withResponses(Generators.instruments()),
                c -> {
                    assertThat(VALIDATOR.validate(c.instrument())).as("problems of the instrument").isEmpty();
                    for (Response response : c.responses()) {
                        assertThat(VALIDATOR.validate(response, c.instrument())).as("problems of " + response.id())
                                .isEmpty();
                    }
                });
    }

    @Test
    void everyKindIsGenerated() {
        Set<InstrumentKind> kinds = new HashSet<>();
        Properties.forAll("every kind generated", 200, Generators.instruments(), i -> kinds.add(i.kind()));
        if (Properties.coverageApplies(200)) {
            assertThat(kinds).containsExactlyInAnyOrder(InstrumentKind.values());
        }
    }

    @Test
    void archetypeMatricesHaveTheAdvertisedShape() {
        Properties.forAll("archetype matrix shape", 300, Generators.archetypeMatrices(), (ArchetypeMatrix m) -> {
            assertThat(m.archetypes()).hasSizeBetween(2, 5);
            assertThat(m.archetypes().stream().map(a -> a.rank()).distinct()).hasSameSizeAs(m.archetypes());
            assertThat(m.dimensions()).hasSizeBetween(1, 6);
            m.dimensions().forEach(d -> d.cells().forEach(c -> assertThat(c.statements()).hasSizeBetween(0, 5)));
            Set<String> archetypeIds = new HashSet<>();
            m.archetypes().forEach(a -> archetypeIds.add(a.id()));
            for (ProfileRule rule : m.profileRules()) {
                for (ProfileCondition condition : rule.conditions()) {
                    assertThat(archetypeIds).containsAll(condition.columnIds());
                    assertThat(condition.columnIds()).doesNotHaveDuplicates();
                }
            }
        });
    }

    @Test
    void stagedRubricsHaveTheAdvertisedShape() {
        Properties.forAll("staged rubric shape", 300, Generators.stagedRubrics(), (StagedRubric r) -> {
            assertThat(r.stages()).hasSizeBetween(2, 4);
            r.standards().forEach(s -> assertThat(s.cells()).isNotEmpty().hasSizeLessThanOrEqualTo(r.stages().size()));
        });
    }

    @Test
    void scalesHaveTwoToSevenStrictlyIncreasingPoints() {
        Set<Boolean> gapped = new HashSet<>();
        Properties.forAll("scale shape", 500, Generators.ratingScales(), (RatingScale scale) -> {
            assertThat(scale.points()).hasSizeBetween(2, 7);
            List<Integer> values = scale.values();
            for (int i = 1; i < values.size(); i++) {
                assertThat(values.get(i)).isGreaterThan(values.get(i - 1));
            }
            gapped.add(values.get(values.size() - 1) - values.get(0) > values.size() - 1);
            assertThat(scale.points().stream().map(ScalePoint::label).map(l -> l.text().strip().toLowerCase(java.util.Locale.ROOT))
                    .distinct()).hasSameSizeAs(scale.points());
        });
        if (Properties.coverageApplies(500)) {
            assertThat(gapped).as("both consecutive and gapped scales").containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void textsAreSometimesInTwoLanguages() {
        Set<Integer> languages = new HashSet<>();
        Set<String> defaults = new HashSet<>();
        Properties.forAll("two languages", 300, Generators.localizedTexts(), t -> {
            languages.add(t.values().size());
            defaults.add(t.defaultLanguage().equals("en") ? "en" : "other");
            assertThat(t.text()).isNotBlank();
        });
        if (Properties.coverageApplies(300)) {
            assertThat(languages).containsExactlyInAnyOrder(1, 2);
            assertThat(defaults).containsExactlyInAnyOrder("en", "other");
        }
    }

    @Test
    void ratedInstrumentsCoverEveryKindOfRating() {
        Set<String> seen = new HashSet<>();
        Gen<WithResponses> gen = withResponses(Gen.oneOf(Generators.conditionsAssessments(), Generators.surveys()));
        Properties.forAll("rating kinds", 200, gen, c -> c.responses().forEach(r ->
                ((org.engagementrubrics.core.response.Ratings) r.evidence()).byItem().values()
                        .forEach(v -> seen.add(v.getClass().getSimpleName()))));
        if (Properties.coverageApplies(200)) {
            assertThat(seen).containsExactlyInAnyOrder("Rated", "NotRated", "NotApplicable");
        }
    }

    @Test
    void generatorsAreDeterministic() {
        Properties.forAll("same seed, same instrument", 100, Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), seed -> {
            Instrument first = Generators.instruments().sample(seed);
            assertThat(Generators.instruments().sample(seed)).isEqualTo(first);
            ConditionsAssessment a = Generators.conditionsAssessments().sample(seed);
            Survey s = Generators.surveys().sample(seed);
            assertThat(Generators.responses(a, 0, 3).sample(seed)).isEqualTo(Generators.responses(a, 0, 3).sample(seed));
            assertThat(Generators.response(s).sample(seed)).isEqualTo(Generators.response(s).sample(seed));
        });
    }
}
