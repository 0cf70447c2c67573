package org.engagementrubrics.core.scoring;

/**
 * Places one standard of a staged rubric on a stage from its tallies.
 *
 * <p>Built-ins are in {@link StagePlacements}. A placement answers with a {@link Fit}: a
 * {@link Fit.Winner} naming one of the standard's stages, a {@link Fit.Tie} (the engine's
 * {@link TiePolicy} then decides), {@link Fit.NoEvidence} or {@link Fit.BelowThreshold}. The engine turns
 * an exception, a null, a {@link Fit.Resolved} or a stage the standard does not have into a
 * {@link ScoringException}. Implementations must be thread-safe.
 *
 * <p>What the engine wraps when a placement throws: every {@link Exception}, checked ones thrown sneakily
 * included, and every {@link Error} a placement causes by itself, such as a {@link StackOverflowError}, a
 * {@link LinkageError} or an {@link AssertionError}; the {@code ScoringException}'s cause is the original.
 * {@link OutOfMemoryError}, the other {@link VirtualMachineError}s and {@link ThreadDeath} pass unchanged,
 * since they are the JVM's trouble, not the placement's. An {@link InterruptedException} is wrapped too, and
 * the thread's interrupt flag is set again.
 */
@FunctionalInterface
public interface StagePlacement {

    /**
     * Places a standard.
     *
     * @param tallies the standard's tallies per stage, not null
     * @return the fit, not null
     */
    Fit place(StageTallies tallies);

    /**
     * Returns the placement's name, used in explanations.
     *
     * @return the name, {@code custom} unless overridden
     */
    default String name() {
        return "custom";
    }
}
