package org.engagementrubrics.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * The shrinkers behind {@link Gen#shrink(Object)}: a generator paired with a function that proposes smaller
 * candidates of a value, and the candidate lists of numbers and lists that the built-in generators use.
 *
 * <p>Every candidate list is a pure function of the value, smallest candidates first, so that shrinking is
 * deterministic. Stateless and thread-safe.
 */
final class Shrinking {

    /** How many of an element's own candidates a list proposes per element, to bound a list's candidates. */
    private static final int ELEMENT_CANDIDATES = 4;

    private Shrinking() {
    }

    /** A generator with a shrinker; generation is exactly the source's, so seeds keep their values. */
    record Shrinkable<T>(Gen<T> source, Function<? super T, ? extends List<? extends T>> shrinker) implements Gen<T> {

        Shrinkable {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(shrinker, "shrinker");
        }

        @Override
        public T generate(RandomGenerator random) {
            return source.generate(random);
        }

        @Override
        public List<T> shrink(T value) {
            List<? extends T> candidates = shrinker.apply(value);
            return candidates == null ? List.of() : List.copyOf(new ArrayList<T>(candidates));
        }
    }

    static <T> Gen<T> with(Gen<T> source, Function<? super T, ? extends List<? extends T>> shrinker) {
        return new Shrinkable<>(source, shrinker);
    }

    /** Candidates between {@code value} and {@code target}: the target first, then halving the distance. */
    static List<Long> towards(long value, long target) {
        if (value == target) {
            return List.of();
        }
        Set<Long> candidates = new LinkedHashSet<>();
        candidates.add(target);
        long distance = value - target;
        // halve the remaining distance each time, so a long run takes about 64 steps at most
        for (long step = distance / 2; step != 0; step /= 2) {
            candidates.add(value - step);
        }
        candidates.add(value - Long.signum(distance));
        candidates.remove(value);
        return List.copyOf(candidates);
    }

    /** The value in {@code lo..hi} nearest zero, which numbers shrink towards. */
    static long nearestZero(long lo, long hi) {
        return lo > 0 ? lo : Math.min(hi, 0);
    }

    static List<Integer> ints(int value, int lo, int hi) {
        if (value < lo || value > hi) {
            return List.of();
        }
        return towards(value, nearestZero(lo, hi)).stream().map(Long::intValue).toList();
    }

    static List<Long> longs(long value, long lo, long hi) {
        if (value < lo || value > hi) {
            return List.of();
        }
        return towards(value, nearestZero(lo, hi));
    }

    /**
     * Candidates of a list of at least {@code min} elements: the list with a run of elements removed (runs
     * of half the list first, then quarters, down to single elements), then the list with one element
     * replaced by one of its own first candidates.
     */
    static <T> List<List<T>> list(List<T> value, int min, Function<? super T, ? extends List<? extends T>> elements) {
        List<List<T>> candidates = new ArrayList<>(removals(value, min));
        for (int i = 0; i < value.size(); i++) {
            List<? extends T> smaller = elements.apply(value.get(i));
            for (int c = 0; c < Math.min(ELEMENT_CANDIDATES, smaller.size()); c++) {
                List<T> copy = new ArrayList<>(value);
                copy.set(i, smaller.get(c));
                candidates.add(Collections.unmodifiableList(copy));
            }
        }
        return candidates;
    }

    /** The list with runs of elements removed, keeping at least {@code min}: longest runs first. */
    static <T> List<List<T>> removals(List<T> value, int min) {
        List<List<T>> candidates = new ArrayList<>();
        int removable = value.size() - min;
        for (int run = Math.max(1, removable / 2); removable > 0; run /= 2) {
            for (int start = 0; start + run <= value.size(); start += run) {
                List<T> copy = new ArrayList<>(value.subList(0, start));
                copy.addAll(value.subList(start + run, value.size()));
                candidates.add(Collections.unmodifiableList(copy));
            }
            if (run == 1) {
                break;
            }
        }
        return candidates;
    }

    /** Candidates that rebuild a value from fewer of its parts, each part list shrunk by removal. */
    static <P, T> List<T> removingParts(List<P> parts, int min, Function<List<P>, T> rebuild) {
        List<T> candidates = new ArrayList<>();
        for (List<P> fewer : removals(parts, min)) {
            candidates.add(rebuild.apply(fewer));
        }
        return candidates;
    }

    /** Candidates that replace the part at each index by each of its candidates. */
    static <P, T> List<T> replacingParts(List<P> parts, IntFunction<List<P>> partCandidates,
            Function<List<P>, T> rebuild) {
        List<T> candidates = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            for (P smaller : partCandidates.apply(i)) {
                List<P> copy = new ArrayList<>(parts);
                copy.set(i, smaller);
                candidates.add(rebuild.apply(copy));
            }
        }
        return candidates;
    }
}
