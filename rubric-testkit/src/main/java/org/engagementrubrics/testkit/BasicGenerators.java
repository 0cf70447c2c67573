package org.engagementrubrics.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

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
        return random -> {
            for (int i = 0; i < maxTries; i++) {
                T candidate = candidates.generate(random);
                if (predicate.test(candidate)) {
                    return candidate;
                }
            }
            throw new GenerationException("filter rejected " + maxTries + " candidates in a row; "
                    + "generate valid values directly instead of filtering");
        };
    }

    static <T> Gen<List<T>> listOf(Gen<T> elements, int min, int max) {
        checkRange(min, max);
        if (min < 0) {
            throw new IllegalArgumentException("min must be at least 0; was " + min);
        }
        return random -> {
            int size = min == max ? min : random.nextInt(min, max + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(elements.generate(random));
            }
            return Collections.unmodifiableList(values);
        };
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    static <T> Gen<T> lazy(Supplier<? extends Gen<? extends T>> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return random -> supplier.get().generate(random);
    }

    static Gen<Integer> ints(int lo, int hi) {
        checkRange(lo, hi);
        return random -> (int) random.nextLong(lo, (long) hi + 1);
    }

    static Gen<Long> longs(long lo, long hi) {
        if (hi < lo) {
            throw new IllegalArgumentException("hi must be at least lo; was " + lo + ".." + hi);
        }
        if (hi < Long.MAX_VALUE) {
            return random -> random.nextLong(lo, hi + 1);
        }
        if (lo == Long.MIN_VALUE) {
            return RandomGenerator::nextLong;
        }
        return random -> random.nextLong(lo - 1, hi) + 1;
    }

    static Gen<Double> doubles(double lo, double hi) {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must be greater than lo; was " + lo + ".." + hi);
        }
        return random -> random.nextDouble(lo, hi);
    }

    static Gen<Boolean> booleans() {
        return RandomGenerator::nextBoolean;
    }

    static Gen<Boolean> chance(double probability) {
        checkProbability(probability);
        return random -> random.nextDouble() < probability;
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
        return random -> copy.get(random.nextInt(copy.size()));
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
        return random -> {
            List<T> kept = new ArrayList<>();
            for (T value : copy) {
                if (random.nextBoolean()) {
                    kept.add(value);
                }
            }
            return Collections.unmodifiableList(kept);
        };
    }

    static Gen<String> strings(String alphabet, int min, int max) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("alphabet must not be empty");
        }
        if (min < 0) {
            throw new IllegalArgumentException("min must be at least 0; was " + min);
        }
        int[] codePoints = alphabet.codePoints().toArray();
        return ints(min, max).flatMap(length -> random -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            return text.toString();
        });
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
