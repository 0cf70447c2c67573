package org.engagementrubrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.engagementrubrics.core.response.Rating;
import org.junit.jupiter.api.Test;

/**
 * Every public generator of {@link Gen} and {@link Generators} gives, for a few fixed seeds, exactly the
 * values recorded in {@code generated-samples.txt}: downstream suites pin seeds, so a refactoring must
 * never change the order in which the random source is drawn.
 *
 * <p>The file is committed. To write it again after a deliberate change of what a seed gives, run
 * {@code ./mvnw -B -o verify -pl rubric-testkit -am -Dtest=GeneratedSamplesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Drubric.updateGolden=true} and review the diff; without that property this test never writes anything.
 */
class GeneratedSamplesTest {

    private static final String RESOURCE = "generated-samples.txt";
    private static final String UPDATE = "rubric.updateGolden";
    private static final long[] SEEDS = {0L, 42L, -7L, 8_675_309L};
    /** Draws per seed from one random source, so that what a generator leaves in the source counts too. */
    private static final int DRAWS = 2;

    private static Map<String, Gen<?>> combinators() {
        Map<String, Gen<?>> gens = new LinkedHashMap<>();
        Gen<Integer> digits = Gen.ints(0, 9);
        gens.put("Gen.constant", Gen.constant("x"));
        gens.put("Gen.lazy", Gen.lazy(() -> digits));
        gens.put("Gen.ints", Gen.ints(-5, 1_000));
        gens.put("Gen.ints(full range)", Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE));
        gens.put("Gen.longs", Gen.longs(-3, 70_000_000_000L));
        gens.put("Gen.longs(to max)", Gen.longs(Long.MAX_VALUE - 10, Long.MAX_VALUE));
        gens.put("Gen.longs(full range)", Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE));
        gens.put("Gen.doubles", Gen.doubles(-1.5, 2.5));
        gens.put("Gen.booleans", Gen.booleans());
        gens.put("Gen.chance", Gen.chance(0.3));
        gens.put("Gen.elements(varargs)", Gen.elements("a", "b", "c", "d"));
        gens.put("Gen.elements(collection)", Gen.elements(List.of(1, 2, 3, 4, 5, 6, 7)));
        gens.put("Gen.oneOf", Gen.oneOf(digits, Gen.constant(-1), Gen.ints(100, 200)));
        gens.put("Gen.frequency+weight", Gen.frequency(Gen.weight(6, Gen.ints(1, 4).map(Rating::of)),
                Gen.weight(1, Gen.constant(Rating.notRated())), Gen.weight(2, Gen.constant(Rating.notApplicable()))));
        gens.put("Gen.shuffled", Gen.shuffled(List.of("a", "b", "c", "d", "e", "f")));
        gens.put("Gen.shuffle", random -> Gen.shuffle(List.of(1, 2, 3, 4, 5, 6, 7, 8), random));
        gens.put("Gen.subsetOf", Gen.subsetOf(List.of("a", "b", "c", "d", "e", "f", "g", "h")));
        gens.put("Gen.strings", Gen.strings("abcé学", 0, 12));
        gens.put("map", digits.map(i -> i * 3));
        gens.put("flatMap", Gen.ints(0, 4).flatMap(n -> digits.listOf(n)));
        gens.put("filter", Gen.ints(0, 100).filter(i -> i % 7 == 0));
        gens.put("filter(tries)", Gen.ints(0, 100).filter(i -> i % 3 == 0, 50));
        gens.put("listOf(min,max)", digits.listOf(0, 6));
        gens.put("listOf(size)", digits.listOf(4));
        gens.put("orNull", digits.orNull(0.4));
        gens.put("optional", digits.optional(0.4));
        gens.put("zip", digits.zip(Gen.elements("x", "y"), (i, s) -> s + i));
        gens.put("stream", random -> digits.stream(random.nextLong()).limit(6).toList());
        Gen<List<Integer>> lists = Gen.ints(-20, 1_000).listOf(0, 4);
        gens.put("shrink", random -> lists.shrink(lists.generate(random)));
        gens.put("withShrinker+shrink", random -> digits.withShrinker(i -> List.of(i / 2)).shrink(digits.generate(random)));
        Gen<String> mapped = Gen.ints(0, 999).map(String::valueOf, Integer::valueOf);
        gens.put("map(inverse)+shrink", random -> List.of(mapped.generate(random), mapped.shrink(mapped.generate(random))));
        return gens;
    }

    private static Map<String, Gen<?>> generators() {
        Map<String, Gen<?>> gens = new LinkedHashMap<>();
        gens.put("ids", Generators.ids());
        gens.put("texts", Generators.texts());
        gens.put("localizedTexts", Generators.localizedTexts());
        gens.put("extensionValues", Generators.extensionValues());
        gens.put("extensions", Generators.extensions());
        gens.put("statements", Generators.statements());
        gens.put("ratingScales", Generators.ratingScales());
        gens.put("archetypeMatrices", Generators.archetypeMatrices());
        gens.put("stagedRubrics", Generators.stagedRubrics());
        gens.put("matrixInstruments", Generators.matrixInstruments());
        gens.put("conditionsAssessments", Generators.conditionsAssessments());
        gens.put("surveys", Generators.surveys());
        gens.put("districtIndicators", Generators.districtIndicators());
        gens.put("checklists", Generators.checklists());
        gens.put("pointsRubrics", Generators.pointsRubrics());
        gens.put("pointsRubrics(sizes)", Generators.pointsRubrics(Sizes.small()));
        gens.put("instruments", Generators.instruments());
        gens.put("marks", Generators.matrixInstruments().flatMap(Generators::marks));
        gens.put("ratings(conditions)", Generators.conditionsAssessments().flatMap(Generators::ratings));
        gens.put("ratings(survey)", Generators.surveys().flatMap(Generators::ratings));
        gens.put("statuses", Generators.districtIndicators().flatMap(Generators::statuses));
        gens.put("answers", Generators.checklists().flatMap(Generators::answers));
        gens.put("criterionRatings", Generators.pointsRubrics().flatMap(Generators::criterionRatings));
        gens.put("evidence", Generators.instruments().flatMap(Generators::evidence));
        gens.put("response", Generators.instruments().flatMap(Generators::response));
        gens.put("response(evidence)", Generators.surveys().flatMap(
                s -> Generators.response(s, Generators.ratings(s))));
        gens.put("responses", Generators.instruments().flatMap(i -> Generators.responses(i, 0, 3)));
        gens.put("distinct", Generators.distinct(Gen.ints(0, 30), 2, 8));
        return gens;
    }

    private static Map<String, Gen<?>> analysis() {
        Map<String, Gen<?>> gens = new LinkedHashMap<>();
        gens.put("rosters", AnalysisGenerators.rosters(Sizes.small()));
        gens.put("contacts", AnalysisGenerators.rosters(Sizes.small()).flatMap(r -> AnalysisGenerators.contacts(r,
                Sizes.small())));
        gens.put("respondents", AnalysisGenerators.rosters(Sizes.small()).flatMap(r -> AnalysisGenerators.respondents(r,
                Generators.responses(Generators.surveys().sample(3L), 0, 3).sample(4L))));
        gens.put("arbitraryRosters", AnalysisGenerators.arbitraryRosters(Sizes.small()));
        gens.put("familyIds", AnalysisGenerators.familyIds());
        gens.put("calendars", AnalysisGenerators.calendars());
        gens.put("groupSelections", AnalysisGenerators.groupSelections());
        gens.put("coverageGoals", AnalysisGenerators.coverageGoals());
        gens.put("smallCellRules", AnalysisGenerators.smallCellRules());
        gens.put("parts", AnalysisGenerators.parts(List.of("a", "b", "c", "d", "e"), 3));
        gens.put("mergeOrders", AnalysisGenerators.mergeOrders());
        gens.put("panelResponses", Generators.conditionsAssessments(Sizes.small())
                .flatMap(c -> AnalysisGenerators.panelResponses(c, Sizes.small())));
        gens.put("panels", Generators.surveys(Sizes.small()).flatMap(AnalysisGenerators::panels));
        gens.put("agreeingEvidence", Generators.matrixInstruments(Sizes.small()).flatMap(AnalysisGenerators::agreeingEvidence));
        gens.put("results", AnalysisGenerators.results());
        gens.put("reviews", Generators.checklists(Sizes.small()).flatMap(AnalysisGenerators::reviews));
        gens.put("small instruments", Generators.instruments(Sizes.small()));
        gens.put("studies", AgreementGenerators.studies(1, 4, false, true));
        gens.put("reliabilityData", AgreementGenerators.reliabilityData());
        return gens;
    }

    /** Each generator's values for each seed, one line per value, in a fixed order. */
    private static String samples() {
        Map<String, Gen<?>> all = new LinkedHashMap<>(combinators());
        all.putAll(generators());
        all.putAll(analysis());
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Gen<?>> entry : all.entrySet()) {
            for (long seed : SEEDS) {
                text.append(entry.getKey()).append(" sample(").append(seed).append("): ")
                        .append(entry.getValue().sample(seed)).append('\n');
                SplittableRandom random = new SplittableRandom(seed);
                List<Object> draws = new ArrayList<>();
                for (int i = 0; i < DRAWS; i++) {
                    draws.add(entry.getValue().generate(random));
                }
                text.append(entry.getKey()).append(" generate(").append(seed).append(")x").append(DRAWS).append(": ")
                        .append(draws).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void everyPublicGeneratorGivesTheRecordedValuesForFixedSeeds() throws IOException {
        String actual = samples();
        if (Boolean.getBoolean(UPDATE)) {
            for (Path folder : List.of(Path.of("src/test/resources"), Path.of("target/test-classes"))) {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve(RESOURCE), actual, StandardCharsets.UTF_8);
            }
        }
        try (InputStream in = GeneratedSamplesTest.class.getResourceAsStream("/" + RESOURCE)) {
            assertThat(in).as("test resource %s", RESOURCE).isNotNull();
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(actual.lines()).as("samples of every generator for seeds 0, 42, -7 and 8675309")
                    .containsExactlyElementsOf(expected.lines().toList());
        }
    }

    @Test
    void theSamplesCoverEveryPublicMethodOfGenAndGenerators() {
        List<String> sampled = new ArrayList<>();
        combinators().keySet().forEach(k -> sampled.add(k.replaceAll("\\(.*", "")));
        generators().keySet().forEach(k -> sampled.add(k.replaceAll("\\(.*", "")));
        analysis().keySet().forEach(k -> sampled.add(k.replaceAll("\\(.*", "")));
        for (Class<?> type : List.of(Gen.class, Generators.class, AnalysisGenerators.class,
                AgreementGenerators.class)) {
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                boolean everySampleUsesIt = method.getName().equals("generate") || method.getName().equals("sample");
                if (java.lang.reflect.Modifier.isPublic(modifiers) && !method.isSynthetic() && !everySampleUsesIt) {
                    String name = method.getName();
                    assertThat(sampled).as("a sample of %s.%s", type.getSimpleName(), name)
                            .anyMatch(s -> s.matches("(Gen\\.)?(\\w+\\+)?" + name + "(\\+\\w+)?"));
                }
            }
        }
    }
}
