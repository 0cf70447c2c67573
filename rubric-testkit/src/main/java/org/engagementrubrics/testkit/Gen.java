package org.engagementrubrics.testkit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A generator of random values of one type, driven entirely by the {@link RandomGenerator} it is given.
 *
 * <p>A generator must be a pure function of the random source: the same seed gives the same value, so
 * that a failing property case can be replayed from its seed. Generators hold no mutable state and are
 * safe to share.
 *
 * <pre>{@code
 * Gen<List<Integer>> lists = Gen.ints(0, 9).listOf(1, 5);
 * Gen<String> words = Gen.elements("family", "school", "teacher");
 * Gen<Integer> evens = Gen.ints(0, 100).filter(i -> i % 2 == 0);
 * List<Integer> sample = lists.sample(42L);
 * }</pre>
 *
 * <h2>Shrinking</h2>
 * A generator may also propose smaller candidates of a value it gave ({@link #shrink(Object)}), which
 * {@link Properties} tries, greedily, to report the smallest failing value it finds beside the original one.
 * The built-in numbers shrink towards zero (or the bound nearest it), lists towards fewer and smaller
 * elements, and the instrument and response generators of {@link Generators} towards fewer rows, columns,
 * items, statements and marks, always staying valid. {@link #map(Function, Function)} keeps shrinking
 * through an inverse; {@link #withShrinker(Function)} adds a shrinker to any generator.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /** How many candidates {@link #filter(Predicate)} tries before giving up. */
    int DEFAULT_FILTER_TRIES = 1_000;

    /**
     * Generates one value.
     *
     * @param random the source of randomness, not null
     * @return the value
     * @throws GenerationException if no value can be generated
     */
    T generate(RandomGenerator random);

    /**
     * Generates one value from a seed, for examples and replays.
     *
     * @param seed the seed
     * @return the value the seed gives
     */
    default T sample(long seed) {
        return generate(new SplittableRandom(seed));
    }

    /**
     * Returns an endless stream of values drawn one after another from one source seeded with {@code seed},
     * for data too large to hold, such as a file of millions of records written as it is drawn; the same
     * seed gives the same stream. Limit it before a terminal operation.
     *
     * <pre>{@code
     * Generators.response(survey).stream(7L).limit(1_000_000).forEach(r -> out.println(json.writeLine(r)));
     * }</pre>
     *
     * @param seed the seed
     * @return the sequential, ordered stream
     */
    default Stream<T> stream(long seed) {
        return BasicGenerators.stream(this, seed);
    }

    /**
     * Returns smaller candidates of a value this generator gave, smallest first; each candidate must be a
     * value this generator could give. The candidates are a pure function of the value, so that shrinking
     * is deterministic.
     *
     * @param value a value this generator gave
     * @return the candidates, possibly empty (the default: no shrinking)
     */
    default List<T> shrink(T value) {
        return List.of();
    }

    /**
     * Returns a generator that gives exactly this generator's values and shrinks them with a function.
     *
     * <pre>{@code
     * Gen<Integer> evens = Gen.ints(0, 50).map(i -> i * 2)
     *         .withShrinker(i -> i == 0 ? List.of() : List.of(0, i / 2 - i / 2 % 2));
     * }</pre>
     *
     * @param shrinker proposes smaller candidates of a value, smallest first, not null
     * @return the shrinking generator
     */
    default Gen<T> withShrinker(Function<? super T, ? extends List<? extends T>> shrinker) {
        return Shrinking.with(this, shrinker);
    }

    // ----- combinators --------------------------------------------------------------------------

    /**
     * Returns a generator that transforms this generator's values.
     *
     * @param <R> the type of the transformed values
     * @param mapper the transformation, not null
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return Combinators.map(this, mapper);
    }

    /**
     * Returns a generator that transforms this generator's values and shrinks a transformed value by
     * shrinking the value the inverse gives back.
     *
     * <pre>{@code
     * Gen<Duration> durations = Gen.ints(0, 3600).map(Duration::ofSeconds, d -> (int) d.getSeconds());
     * }</pre>
     *
     * @param <R> the type of the transformed values
     * @param mapper the transformation, not null
     * @param inverse gives back the value a transformed value came from, not null
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapper, Function<? super R, ? extends T> inverse) {
        return Combinators.map(this, mapper, inverse);
    }

    /**
     * Returns a generator that uses each value of this generator to choose the next generator, such as
     * an instrument, then a response to that instrument.
     *
     * @param <R> the type of the final values
     * @param next chooses the generator of the final value, not null
     * @return the dependent generator
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
        return Combinators.flatMap(this, next);
    }

    /**
     * Returns a generator of the values that satisfy a predicate, trying at most
     * {@value #DEFAULT_FILTER_TRIES} candidates.
     *
     * @param predicate the condition a value must meet, not null
     * @return the filtered generator
     * @see #filter(Predicate, int)
     */
    default Gen<T> filter(Predicate<? super T> predicate) {
        return filter(predicate, DEFAULT_FILTER_TRIES);
    }

    /**
     * Returns a generator of the values that satisfy a predicate, trying at most {@code maxTries}
     * candidates per value; prefer constructing valid values to filtering where the predicate is rare.
     *
     * @param predicate the condition a value must meet, not null
     * @param maxTries how many candidates to try, at least 1
     * @return the filtered generator, which throws {@link GenerationException} when every try is rejected
     */
    default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
        return BasicGenerators.filter(this, predicate, maxTries);
    }

    /**
     * Returns a generator of lists of this generator's values, with a size drawn uniformly from
     * {@code min} to {@code max} inclusive.
     *
     * @param min the smallest size, at least 0
     * @param max the largest size, at least {@code min}
     * @return the list generator; its lists are unmodifiable
     */
    default Gen<List<T>> listOf(int min, int max) {
        return BasicGenerators.listOf(this, min, max);
    }

    /**
     * Returns a generator of lists of exactly {@code size} values.
     *
     * @param size the size, at least 0
     * @return the list generator
     */
    default Gen<List<T>> listOf(int size) {
        return listOf(size, size);
    }

    /**
     * Returns a generator that gives {@code null} with a probability and otherwise this generator's value.
     *
     * @param probability the chance of {@code null}, from 0 to 1
     * @return the generator
     */
    default Gen<T> orNull(double probability) {
        return Combinators.orNull(this, probability);
    }

    /**
     * Returns a generator that gives an empty optional with a probability and otherwise this generator's
     * value.
     *
     * @param emptyProbability the chance of empty, from 0 to 1
     * @return the generator
     */
    default Gen<Optional<T>> optional(double emptyProbability) {
        return orNull(emptyProbability).map(Optional::ofNullable, value -> value.orElse(null));
    }

    /**
     * Returns a generator that combines this generator's value with another's.
     *
     * @param <U> the other value's type
     * @param <R> the combined type
     * @param other the other generator, not null
     * @param combiner combines the two values, not null
     * @return the combined generator
     */
    default <U, R> Gen<R> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends R> combiner) {
        return Combinators.zip(this, other, combiner);
    }

    // ----- basic generators ---------------------------------------------------------------------

    /**
     * Returns a generator that always gives the same value.
     *
     * @param <T> the value type
     * @param value the value, may be null
     * @return the generator
     */
    static <T> Gen<T> constant(T value) {
        return BasicGenerators.constant(value);
    }

    /**
     * Returns a generator that calls a supplier on each generation; for fresh mutable values.
     *
     * @param <T> the value type
     * @param supplier the supplier, not null
     * @return the generator
     */
    static <T> Gen<T> lazy(Supplier<? extends Gen<? extends T>> supplier) {
        return BasicGenerators.lazy(supplier);
    }

    /**
     * Returns a generator of ints drawn uniformly from {@code lo} to {@code hi} inclusive.
     *
     * @param lo the smallest value
     * @param hi the largest value, at least {@code lo}
     * @return the generator
     */
    static Gen<Integer> ints(int lo, int hi) {
        return BasicGenerators.ints(lo, hi);
    }

    /**
     * Returns a generator of longs drawn uniformly from {@code lo} to {@code hi} inclusive.
     *
     * @param lo the smallest value
     * @param hi the largest value, at least {@code lo}
     * @return the generator
     */
    static Gen<Long> longs(long lo, long hi) {
        return BasicGenerators.longs(lo, hi);
    }

    /**
     * Returns a generator of doubles drawn uniformly from {@code lo} inclusive to {@code hi} exclusive.
     *
     * @param lo the smallest value
     * @param hi the bound, greater than {@code lo}
     * @return the generator
     */
    static Gen<Double> doubles(double lo, double hi) {
        return BasicGenerators.doubles(lo, hi);
    }

    /**
     * Returns a generator of fair booleans.
     *
     * @return the generator
     */
    static Gen<Boolean> booleans() {
        return BasicGenerators.booleans();
    }

    /**
     * Returns a generator of booleans that are true with a probability.
     *
     * @param probability the chance of true, from 0 to 1
     * @return the generator
     */
    static Gen<Boolean> chance(double probability) {
        return BasicGenerators.chance(probability);
    }

    /**
     * Returns a generator that picks one of the values uniformly.
     *
     * @param <T> the value type
     * @param values the values, not empty
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> elements(T... values) {
        return BasicGenerators.elements(values);
    }

    /**
     * Returns a generator that picks one of the values uniformly.
     *
     * @param <T> the value type
     * @param values the values, not empty
     * @return the generator
     */
    static <T> Gen<T> elements(Collection<? extends T> values) {
        return BasicGenerators.elements(values);
    }

    /**
     * Returns a generator that picks one of the generators uniformly and gives its value.
     *
     * @param <T> the value type
     * @param generators the generators, not empty
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        return BasicGenerators.oneOf(generators);
    }

    /**
     * Pairs a weight with a generator, for {@link #frequency(Weighted...)}.
     *
     * @param <T> the value type
     * @param weight the relative weight, at least 1
     * @param generator the generator, not null
     * @return the weighted generator
     */
    static <T> Weighted<T> weight(int weight, Gen<? extends T> generator) {
        return new Weighted<>(weight, generator);
    }

    /**
     * Returns a generator that picks one of the generators with a chance proportional to its weight.
     *
     * <pre>{@code
     * Gen<Rating> ratings = Gen.frequency(
     *         Gen.weight(6, Gen.ints(1, 4).map(Rating::of)),
     *         Gen.weight(1, Gen.constant(Rating.notRated())));
     * }</pre>
     *
     * @param <T> the value type
     * @param choices the weighted generators, not empty
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        return BasicGenerators.frequency(choices);
    }

    /**
     * Returns a generator of random permutations of a list.
     *
     * @param <T> the element type
     * @param values the values, not null
     * @return the generator; its lists are unmodifiable
     */
    static <T> Gen<List<T>> shuffled(List<? extends T> values) {
        return BasicGenerators.shuffled(values);
    }

    /**
     * Returns a random permutation of a list, drawn with the Fisher-Yates shuffle.
     *
     * @param <T> the element type
     * @param values the values, not null
     * @param random the source of randomness, not null
     * @return a new unmodifiable list with the same elements
     */
    static <T> List<T> shuffle(List<? extends T> values, RandomGenerator random) {
        return BasicGenerators.shuffle(values, random);
    }

    /**
     * Returns a generator of sub-lists that keep each element with probability one half, in the
     * original order.
     *
     * @param <T> the element type
     * @param values the values, not null
     * @return the generator; its lists are unmodifiable and possibly empty
     */
    static <T> Gen<List<T>> subsetOf(List<? extends T> values) {
        return BasicGenerators.subsetOf(values);
    }

    /**
     * Returns a generator of strings over an alphabet with a length from {@code min} to {@code max}.
     *
     * @param alphabet the characters to draw from, not empty
     * @param min the shortest length, at least 0
     * @param max the longest length, at least {@code min}
     * @return the generator
     */
    static Gen<String> strings(String alphabet, int min, int max) {
        return BasicGenerators.strings(alphabet, min, max);
    }

    /**
     * A generator with a relative weight, for {@link Gen#frequency(Weighted...)}.
     *
     * @param <T> the value type
     * @param weight the relative weight, at least 1
     * @param generator the generator, not null
     */
    record Weighted<T>(int weight, Gen<? extends T> generator) {
        /**
         * Creates a weighted generator.
         *
         * @param weight the relative weight, at least 1
         * @param generator the generator, not null
         * @throws IllegalArgumentException if {@code weight} is less than 1
         */
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be at least 1; was " + weight);
            }
            Objects.requireNonNull(generator, "generator");
        }
    }
}
