package org.engagementrubrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The runner shrinks a failing value to a small one that still fails, deterministically, and reports both.
 */
class ShrinkingTest {

    private static PropertyFailure failureOf(String name, long seed, Gen<?> gen, Consumer<Object> property) {
        @SuppressWarnings("unchecked")
        Gen<Object> any = (Gen<Object>) gen;
        return catchThrowableOfType(PropertyFailure.class, () -> Properties.forAll(name, 200, seed, any, property));
    }

    @Test
    void aPropertyFailingForListsLongerThanThreeShrinksToAListOfFour() {
        Gen<List<Integer>> lists = Gen.ints(-50, 50).listOf(0, 30);
        PropertyFailure failure = failureOf("short lists", 3L, lists,
                l -> assertThat((List<?>) l).hasSizeLessThanOrEqualTo(3));

        assertThat(failure).isNotNull();
        assertThat((List<?>) failure.value()).hasSizeGreaterThan(4);
        assertThat(failure.shrunkValue()).isEqualTo(List.of(0, 0, 0, 0));
        assertThat(failure.shrinkSteps()).isPositive();
    }

    @Test
    void theMessageNamesTheSeedsTheRerunCommandAndBothValues() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> Properties.forAll("small numbers",
                200, 11L, Gen.ints(0, 10_000), i -> assertThat(i).isLessThan(100)));

        assertThat(failure.shrunkValue()).isEqualTo(100);
        assertThat(failure.getMessage())
                .contains("base seed: 11")
                .contains("case seed: " + failure.caseSeed())
                .contains("-Drubric.caseSeed=" + failure.caseSeed())
                .contains("-Dtest=ShrinkingTest#theMessageNamesTheSeedsTheRerunCommandAndBothValues")
                .contains("  value: " + failure.value())
                .contains("shrunk value: 100")
                .contains("shrunk cause: ")
                .contains("shrunk in " + failure.shrinkSteps() + " steps");
        assertThat(failure.value()).as("the original value, which the case seed replays")
                .isEqualTo(Properties.generate(Gen.ints(0, 10_000), failure.caseSeed()));
    }

    @Test
    void shrinkingIsDeterministic() {
        Gen<List<String>> words = Gen.strings("abc", 0, 8).listOf(0, 12);
        Consumer<Object> property = l -> assertThat(String.join("", (List<String>) l)).doesNotContain("ab");
        PropertyFailure first = failureOf("no ab", 5L, words, property);
        PropertyFailure second = failureOf("no ab", 5L, words, property);

        assertThat(first.shrunkValue()).isEqualTo(second.shrunkValue()).isEqualTo(List.of("ab"));
        assertThat(first.getMessage()).isEqualTo(second.getMessage());
    }

    @Test
    void shrinkingNeverReturnsAValueThatPasses() {
        Gen<List<Integer>> lists = Gen.ints(-1_000, 1_000).listOf(0, 20);
        Properties.forAll("shrunk values still fail", 150, lists.zip(Gen.ints(1, 60), List::of), pair -> {
            @SuppressWarnings("unchecked")
            List<Integer> list = (List<Integer>) pair.get(0);
            int limit = (Integer) pair.get(1);
            Consumer<List<Integer>> property = l -> assertThat(l.stream().mapToInt(Math::abs).sum()).isLessThan(limit);
            try {
                property.accept(list);
                return;
            } catch (AssertionError expected) {
                Properties.Shrunk<List<Integer>> shrunk = Properties.shrink(lists, list, expected, property, 1_000);
                assertThat(shrunk.cause()).isNotNull();
                assertThat(shrunk.value().stream().mapToInt(Math::abs).sum()).isGreaterThanOrEqualTo(limit);
            }
        });
    }

    @Test
    void shrinkCandidatesStayWithinTheGeneratorsBounds() {
        assertThat(Gen.ints(5, 9).shrink(9)).allMatch(i -> i >= 5 && i < 9).first().isEqualTo(5);
        assertThat(Gen.ints(-9, -5).shrink(-9)).allMatch(i -> i > -9 && i <= -5).first().isEqualTo(-5);
        assertThat(Gen.ints(-5, 5).shrink(0)).isEmpty();
        assertThat(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).shrink(Long.MIN_VALUE)).first().isEqualTo(0L);
        assertThat(Gen.ints(0, 9).listOf(2, 5).shrink(List.of(1, 2, 3))).allMatch(l -> l.size() >= 2);
        assertThat(Gen.elements("a", "b", "c").shrink("c")).containsExactly("a", "b");
        assertThat(Gen.strings("xyz", 2, 5).shrink("xyzx")).allMatch(s -> s.length() >= 2 && s.length() < 4);
        assertThat(Gen.ints(0, 100).filter(i -> i % 2 == 1).shrink(9)).containsExactly(5, 7);
        assertThat(Gen.ints(0, 100).orNull(0.5).shrink(null)).isEmpty();
        assertThat(Gen.booleans().shrink(true)).containsExactly(false);
    }

    @Test
    void mapWithAnInverseShrinksThroughTheInverseAndMapAloneDoesNot() {
        Gen<String> numbers = Gen.ints(0, 500).map(String::valueOf, Integer::valueOf);
        assertThat(numbers.shrink("40")).first().isEqualTo("0");
        assertThat(Gen.ints(0, 500).map(String::valueOf).shrink("40")).isEmpty();
        Gen<Integer> evens = Gen.ints(0, 50).map(i -> i * 2).withShrinker(i -> i == 0 ? List.of() : List.of(0));
        assertThat(evens.shrink(8)).containsExactly(0);
    }

    @Test
    void shrinkingCanBeTurnedOff() {
        Properties.Shrunk<Integer> none = Properties.shrink(Gen.ints(0, 100), 70, new AssertionError("x"),
                i -> assertThat(i).isLessThan(10), 0);
        assertThat(none.value()).isEqualTo(70);
        assertThat(none.steps()).isZero();
    }
}
