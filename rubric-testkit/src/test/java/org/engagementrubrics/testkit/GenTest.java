package org.engagementrubrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.engagementrubrics.core.validation.WellFormedId;
import org.junit.jupiter.api.Test;

/**
 * The combinators of {@link Gen}.
 */
class GenTest {

    private static final int N = 2_000;

    private static <T> List<T> draw(Gen<T> gen) {
        SplittableRandom random = new SplittableRandom(11);
        return java.util.stream.IntStream.range(0, N).mapToObj(i -> gen.generate(random)).toList();
    }

    @Test
    void intsCoverTheInclusiveRange() {
        assertThat(new HashSet<>(draw(Gen.ints(-2, 3)))).containsExactlyInAnyOrder(-2, -1, 0, 1, 2, 3);
        assertThat(draw(Gen.ints(Integer.MAX_VALUE - 1, Integer.MAX_VALUE))).allMatch(i -> i >= Integer.MAX_VALUE - 1);
        assertThat(new HashSet<>(draw(Gen.longs(Long.MAX_VALUE - 1, Long.MAX_VALUE))))
                .containsExactlyInAnyOrder(Long.MAX_VALUE - 1, Long.MAX_VALUE);
        assertThatThrownBy(() -> Gen.ints(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapFlatMapAndZipCompose() {
        assertThat(draw(Gen.ints(0, 9).map(i -> i * 2))).allMatch(i -> i % 2 == 0 && i <= 18);
        assertThat(draw(Gen.ints(1, 5).flatMap(n -> Gen.constant("x").listOf(n))))
                .allMatch(l -> l.size() >= 1 && l.size() <= 5);
        assertThat(draw(Gen.ints(0, 3).zip(Gen.ints(10, 13), Integer::sum))).allMatch(i -> i >= 10 && i <= 16);
    }

    @Test
    void filterKeepsOnlyMatchesAndGivesUpAfterItsBound() {
        assertThat(draw(Gen.ints(0, 100).filter(i -> i % 7 == 0))).allMatch(i -> i % 7 == 0);
        Gen<Integer> impossible = Gen.ints(0, 10).filter(i -> i > 10, 25);
        assertThatThrownBy(() -> impossible.sample(1)).isInstanceOf(GenerationException.class).hasMessageContaining("25");
    }

    @Test
    void listOfRespectsTheBounds() {
        Set<Integer> sizes = new HashSet<>();
        draw(Gen.booleans().listOf(2, 4)).forEach(l -> sizes.add(l.size()));
        assertThat(sizes).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(Gen.constant(1).listOf(0).sample(3)).isEmpty();
    }

    @Test
    void frequencyFollowsTheWeights() {
        Map<String, Integer> counts = new HashMap<>();
        draw(Gen.frequency(Gen.weight(9, Gen.constant("common")), Gen.weight(1, Gen.constant("rare"))))
                .forEach(s -> counts.merge(s, 1, Integer::sum));
        assertThat(counts.get("common")).isBetween(N * 8 / 10, N * 95 / 100);
        assertThat(counts.get("rare")).isBetween(N / 20, N / 5);
    }

    @Test
    void oneOfElementsAndOrNullCoverEveryChoice() {
        assertThat(new HashSet<>(draw(Gen.oneOf(Gen.constant("a"), Gen.constant("b"))))).containsExactlyInAnyOrder("a", "b");
        assertThat(new HashSet<>(draw(Gen.elements("x", "y", "z")))).containsExactlyInAnyOrder("x", "y", "z");
        assertThat(draw(Gen.constant("v").orNull(0.5))).contains("v", (String) null);
        assertThat(draw(Gen.constant("v").orNull(0))).doesNotContainNull();
    }

    @Test
    void shuffledIsAPermutationAndSubsetKeepsOrder() {
        List<Integer> values = List.of(1, 2, 3, 4, 5);
        Set<List<Integer>> orders = new HashSet<>();
        draw(Gen.shuffled(values)).forEach(l -> {
            assertThat(l).containsExactlyInAnyOrderElementsOf(values);
            orders.add(l);
        });
        assertThat(orders).hasSize(120);
        assertThat(draw(Gen.subsetOf(values))).allMatch(l -> l.stream().sorted().toList().equals(l));
    }

    @Test
    void sameSeedSameValue() {
        Gen<List<Integer>> gen = Gen.ints(0, 1000).listOf(0, 20);
        assertThat(gen.sample(5)).isEqualTo(gen.sample(5));
    }

    @Test
    void idsAreValidAndPoolsNeverRepeat() {
        SplittableRandom random = new SplittableRandom(3);
        IdPool pool = new IdPool();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String id = pool.fresh(random);
            assertThat(id).matches(WellFormedId.PATTERN);
            assertThat(ids.add(id)).as("fresh id %s", id).isTrue();
        }
        assertThat(pool.reserve(ids.iterator().next())).isFalse();
        assertThat(pool.reserveLabel(" Family ")).isTrue();
        assertThat(pool.reserveLabel("FAMILY")).isFalse();
    }

    @Test
    void distinctGivesDistinctValuesOrFails() {
        assertThat(draw(Generators.distinct(Gen.ints(0, 9), 10, 10))).allMatch(l -> new HashSet<>(l).size() == 10);
        assertThatThrownBy(() -> Generators.distinct(Gen.ints(0, 2), 4, 4).sample(1))
                .isInstanceOf(GenerationException.class);
    }

    @Test
    void aStreamDrawsValuesOneAfterAnotherFromOneSeededSource() {
        Gen<Integer> digits = Gen.ints(0, 9);
        assertThat(digits.stream(5L).limit(40).toList()).isEqualTo(digits.listOf(40).sample(5L))
                .isEqualTo(digits.stream(5L).limit(40).toList());
        assertThat(digits.stream(6L).limit(40).toList()).isNotEqualTo(digits.listOf(40).sample(5L));
    }
}
