package org.engagementrubrics.core.scoring;

import java.util.Optional;

/**
 * Decides what a tie for best fit becomes: one of the tied columns, or a reported tie.
 *
 * <p>Built-ins are in {@link TiePolicies}. A policy must return one of the tied columns or empty; the
 * engine turns an exception, a null or any other answer into a {@link ScoringException} that names the
 * instrument and the row. Implementations must be thread-safe.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.defaults().withTiePolicy(TiePolicies.lowerLevel());
 * }</pre>
 */
@FunctionalInterface
public interface TiePolicy {

    /**
     * Resolves a tie.
     *
     * @param tie the tied row, not null
     * @return the chosen column's id, or empty to report the tie
     */
    Optional<String> resolve(TieContext tie);

    /**
     * Returns the policy's name, used in explanations.
     *
     * @return the name, {@code custom} unless overridden
     */
    default String name() {
        return "custom";
    }
}
