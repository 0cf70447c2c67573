package org.engagementrubrics.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The implementations behind {@link Gen}'s static factories and its longer combinators ({@code filter},
 * {@code listOf}), with the argument checks they share; {@link Gen} documents each of them.
 *
 * <p>Every generator made here draws from the random source in the order {@link Gen} has always used,
 * so that a seed keeps giving the same values. Stateless and thread-safe.
 */
final class BasicGenerators {

    private BasicGenerators() {
    }

    static <T> Gen<T> filter(Gen<T> candidates, Predicate<? super T> predicate, int maxTries) {
        Objects.requireNonNull(predicate, "predicate");
        if (maxTries < 1) {
            throw new IllegalArgumentException("maxTries must be at least 1; was " + maxTries);
        }
        Gen<T> filtered = random -> {
            for (int i = 0; i < maxTries; i++) {
                T candidate = candidates.generate(random);
                if (predicate.test(candidate)) {
                    return candidate;
                }
            }
            throw new GenerationException("filter rejected " + maxTries + " candidates in a row; "
                    + "generate valid values directly instead of filtering");
        };
        return filtered.withShrinker(value -> candidates.shrink(value).stream().filter(predicate).toList());
    }

    static <T> Gen<List<T>> listOf(Gen<T> elements, int min, int max) {
        checkRange(min, max);
        if (min < 0) {
            throw new IllegalArgumentException("min must be at least 0; was " + min);
        }
        Gen<List<T>> lists = random -> {
            int size = min == max ? min : random.nextInt(min, max + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(elements.generate(random));
            }
            return Collections.unmodifiableList(values);
        };
        return lists.withShrinker(value -> Shrinking.list(value, min, elements::shrink));
    }

    static <T> Stream<T> stream(Gen<T> gen, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Iterator<T> values = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public T next() {
                return gen.generate(random);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(values, Spliterator.ORDERED), false);
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    static <T> Gen<T> lazy(Supplier<? extends Gen<? extends T>> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        Gen<T> lazy = random -> supplier.get().generate(random);
        return lazy.withShrinker(value -> shrinkWith(supplier.get(), value));
    }

    static Gen<Integer> ints(int lo, int hi) {
        checkRange(lo, hi);
        Gen<Integer> ints = random -> (int) random.nextLong(lo, (long) hi + 1);
        return ints.withShrinker(value -> Shrinking.ints(value, lo, hi));
    }

    static Gen<Long> longs(long lo, long hi) {
        if (hi < lo) {
            throw new IllegalArgumentException("hi must be at least lo; was " + lo + ".." + hi);
        }
        Gen<Long> longs;
        if (hi < Long.MAX_VALUE) {
            longs = random -> random.nextLong(lo, hi + 1);
        } else if (lo == Long.MIN_VALUE) {
            longs = RandomGenerator::nextLong;
        } else {
            longs = random -> random.nextLong(lo - 1, hi) + 1;
        }
        return longs.withShrinker(value -> Shrinking.longs(value, lo, hi));
    }

    static Gen<Double> doubles(double lo, double hi) {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must be greater than lo; was " + lo + ".." + hi);
        }
        return random -> random.nextDouble(lo, hi);
    }

    static Gen<Boolean> booleans() {
        Gen<Boolean> booleans = RandomGenerator::nextBoolean;
        return booleans.withShrinker(BasicGenerators::shrinkBoolean);
    }

    static Gen<Boolean> chance(double probability) {
        checkProbability(probability);
        Gen<Boolean> chance = random -> random.nextDouble() < probability;
        return chance.withShrinker(value -> probability < 1 ? shrinkBoolean(value) : List.of());
    }

    @SafeVarargs
    static <T> Gen<T> elements(T... values) {
        List<T> copy = new ArrayList<>(values.length);
        for (T value : values) {
            copy.add(value);
        }
        return elements(copy);
    }

    static <T> Gen<T> elements(Collection<? extends T> values) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        Gen<T> elements = random -> copy.get(random.nextInt(copy.size()));
        // an earlier element is the smaller one: the first, then halving the distance to it
        return elements.withShrinker(value -> Shrinking.ints(copy.indexOf(value), 0, copy.size() - 1).stream()
                .map(copy::get).toList());
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        List<Gen<? extends T>> copy = new ArrayList<>(generators.length);
        for (Gen<? extends T> generator : generators) {
            copy.add(Objects.requireNonNull(generator, "generator"));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("generators must not be empty");
        }
        return random -> copy.get(random.nextInt(copy.size())).generate(random);
    }

    @SafeVarargs
    static <T> Gen<T> frequency(Gen.Weighted<? extends T>... choices) {
        List<Gen.Weighted<? extends T>> copy = new ArrayList<>(choices.length);
        for (Gen.Weighted<? extends T> choice : choices) {
            copy.add(Objects.requireNonNull(choice, "choice"));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("choices must not be empty");
        }
        int total = copy.stream().mapToInt(Gen.Weighted::weight).sum();
        return random -> {
            int pick = random.nextInt(total);
            for (Gen.Weighted<? extends T> choice : copy) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.generator().generate(random);
                }
            }
            throw new AssertionError("unreachable");
        };
    }

    static <T> Gen<List<T>> shuffled(List<? extends T> values) {
        List<T> copy = List.copyOf(values);
        return random -> shuffle(copy, random);
    }

    /** The Fisher-Yates shuffle. */
    static <T> List<T> shuffle(List<? extends T> values, RandomGenerator random) {
        List<T> copy = new ArrayList<>(values);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return Collections.unmodifiableList(copy);
    }

    static <T> Gen<List<T>> subsetOf(List<? extends T> values) {
        List<T> copy = List.copyOf(values);
        Gen<List<T>> subsets = random -> {
            List<T> kept = new ArrayList<>();
            for (T value : copy) {
                if (random.nextBoolean()) {
                    kept.add(value);
                }
            }
            return Collections.unmodifiableList(kept);
        };
        return subsets.withShrinker(value -> Shrinking.removals(value, 0));
    }

    static Gen<String> strings(String alphabet, int min, int max) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("alphabet must not be empty");
        }
        if (min < 0) {
            throw new IllegalArgumentException("min must be at least 0; was " + min);
        }
        int[] codePoints = alphabet.codePoints().toArray();
        Gen<String> strings = ints(min, max).flatMap(length -> random -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            return text.toString();
        });
        return strings.withShrinker(value -> Shrinking.removals(value.codePoints().boxed().toList(), min).stream()
                .map(BasicGenerators::text).toList());
    }

    private static String text(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }

    private static List<Boolean> shrinkBoolean(boolean value) {
        return value ? List.of(false) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> shrinkWith(Gen<? extends T> gen, T value) {
        // the value came from this very generator, so it has the generator's own type
        return (List<T>) ((Gen<T>) gen).shrink(value);
    }

    static void checkRange(long lo, long hi) {
        if (hi < lo) {
            throw new IllegalArgumentException("hi must be at least lo; was " + lo + ".." + hi);
        }
    }

    static void checkProbability(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be from 0 to 1; was " + probability);
        }
    }
}
