package org.engagementrubrics.core.scoring;

/**
 * Decides which failures of a user's strategy the guards turn into a {@link ScoringException}: every
 * {@link Exception} (checked ones thrown sneakily included) and every {@link Error} a misbehaving strategy
 * can cause by itself ({@link StackOverflowError}, {@link LinkageError}, {@link AssertionError}, …), but
 * never a failure of the whole JVM or thread ({@link OutOfMemoryError} and the other
 * {@link VirtualMachineError}s, {@link ThreadDeath}), which must reach the embedder as they are.
 */
final class StrategyFailures {

    private StrategyFailures() {
    }

    /**
     * Checks if a strategy's failure is wrapped; restores the thread's interrupt flag when the failure is an
     * {@link InterruptedException}, since wrapping it would otherwise lose the interrupt.
     *
     * @param failure what the strategy threw
     * @return true if the guard wraps it, false if it must be rethrown unchanged
     */
    static boolean wraps(Throwable failure) {
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof StackOverflowError) {
            return true;
        }
        return !(failure instanceof VirtualMachineError) && !isThreadDeath(failure);
    }

    // By name: ThreadDeath is deprecated for removal (JDK 20), and an instanceof would fail to link once it is gone.
    private static boolean isThreadDeath(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("java.lang.ThreadDeath")) {
                return true;
            }
        }
        return false;
    }
}
