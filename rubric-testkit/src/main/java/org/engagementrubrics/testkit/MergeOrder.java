package org.engagementrubrics.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.random.RandomGenerator;

/**
 * A random order in which to merge partial results, such as tallies of parts of a stream: repeatedly two
 * of the remaining parts, in either direction, until one is left; a property then checks that the merged
 * result equals the one-pass result. The order is fixed by a seed, so a failing case replays.
 *
 * <p>Immutable and thread-safe; {@link AnalysisGenerators#mergeOrders()} generates them.
 *
 * <pre>{@code
 * Properties.forAll("merge", 100, AnalysisGenerators.mergeOrders(), order -> {
 *     CoverageTally merged = order.merge(partTallies, CoverageTally::merge);
 *     assertThat(merged.result()).isEqualTo(onePass.result());
 * });
 * }</pre>
 *
 * @param seed the seed that fixes the order
 */
public record MergeOrder(long seed) {

    /**
     * Merges parts in this order: two parts drawn at random are merged ({@code merge.apply(into, from)}) and
     * the result put back, until one part is left.
     *
     * @param <T> the type of the parts
     * @param parts the parts, not empty
     * @param merge merges the second part into the first, not null
     * @return the one part left
     * @throws IllegalArgumentException if there is no part
     */
    public <T> T merge(List<? extends T> parts, BinaryOperator<T> merge) {
        Objects.requireNonNull(merge, "merge");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts must not be empty");
        }
        RandomGenerator random = new SplittableRandom(seed);
        List<T> left = new ArrayList<>(parts);
        while (left.size() > 1) {
            T into = left.remove(random.nextInt(left.size()));
            T from = left.remove(random.nextInt(left.size()));
            left.add(merge.apply(into, from));
        }
        return left.get(0);
    }
}
