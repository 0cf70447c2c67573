package org.engagementrubrics.core.scoring;

import java.util.Optional;

/**
 * Decides what a tie for best fit becomes: one of the tied columns, or a reported tie.
 *
 * <p>Built-ins are in {@link TiePolicies}. A policy must return one of the tied columns or empty; the
 * engine turns an exception, a null or any other answer into a {@link ScoringException} that names the
 * instrument and the row. Implementations must be thread-safe.
 *
 * <p>What the engine wraps when a policy throws: every {@link Exception}, checked ones thrown sneakily
 * included, and every {@link Error} a policy causes by itself, such as a {@link StackOverflowError}, a
 * {@link LinkageError} or an {@link AssertionError}; the {@code ScoringException}'s cause is the original.
 * {@link OutOfMemoryError}, the other {@link VirtualMachineError}s and {@link ThreadDeath} pass unchanged,
 * since they are the JVM's trouble, not the policy's. An {@link InterruptedException} is wrapped too, and
 * the thread's interrupt flag is set again.
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
