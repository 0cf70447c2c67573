package org.engagementrubrics.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The implementations behind {@link Gen}'s default combinators ({@code map}, {@code flatMap}, {@code orNull},
 * {@code zip}), including the shrinking that {@code map} with an inverse and {@code orNull} carry through;
 * {@link Gen} documents each of them.
 *
 * <p>Every generator made here draws from the random source in the order {@link Gen} has always used, so that
 * a seed keeps giving the same values. Stateless and thread-safe.
 */
final class Combinators {

    private Combinators() {
    }

    static <T, R> Gen<R> map(Gen<T> source, Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return random -> mapper.apply(source.generate(random));
    }

    /** Maps the values, and shrinks a mapped value by shrinking the source value the inverse gives back. */
    static <T, R> Gen<R> map(Gen<T> source, Function<? super T, ? extends R> mapper,
            Function<? super R, ? extends T> inverse) {
        Objects.requireNonNull(inverse, "inverse");
        Gen<R> mapped = source.map(mapper);
        return mapped.withShrinker(value -> source.shrink(inverse.apply(value)).stream().<R>map(mapper::apply)
                .toList());
    }

    static <T, R> Gen<R> flatMap(Gen<T> source, Function<? super T, ? extends Gen<? extends R>> next) {
        Objects.requireNonNull(next, "next");
        return random -> next.apply(source.generate(random)).generate(random);
    }

    /** Gives null with a probability, else the source's value; null does not shrink, a value shrinks as before. */
    static <T> Gen<T> orNull(Gen<T> source, double probability) {
        BasicGenerators.checkProbability(probability);
        Gen<T> values = random -> random.nextDouble() < probability ? null : source.generate(random);
        return values.withShrinker(value -> value == null ? List.of() : source.shrink(value));
    }

    static <T, U, R> Gen<R> zip(Gen<T> source, Gen<U> other, BiFunction<? super T, ? super U, ? extends R> combiner) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(combiner, "combiner");
        return random -> {
            T first = source.generate(random);
            return combiner.apply(first, other.generate(random));
        };
    }
}
