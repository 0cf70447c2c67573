package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's {@link TiePolicy} behind a guard that turns its misbehaviour (an exception or an error it causes
 * itself, as {@link StrategyFailures} decides, a null, a column that is not tied) into a
 * {@link ScoringException} naming the instrument and the row.
 *
 * <p>The engine wraps a policy once, when it is configured; the instrument and row are passed in at each
 * call. This class is immutable and thread-safe when the policy is.
 */
final class GuardedTiePolicy {

    // Logged under the engine's name, where an embedder's logging configuration already looks.
    private static final Logger LOG = LoggerFactory.getLogger(ScoringEngine.class);

    private final TiePolicy policy;

    GuardedTiePolicy(TiePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "tiePolicy");
    }

    /** Returns the policy as the user supplied it. */
    TiePolicy policy() {
        return policy;
    }

    /** Checks if the policy is the built-in {@link TiePolicies#report()}, which keeps every tie as it is. */
    boolean reports() {
        return policy == TiePolicies.report();
    }

    /** Returns the policy's name, for explanations. */
    String name() {
        return policy.name();
    }

    /**
     * Decides a tie: the tie itself when the policy reports it, otherwise the resolved column.
     *
     * @param instrumentId the instrument being scored
     * @param rowId the tied row
     * @param tallies the row's tallies in column order
     * @param tie the tie
     * @return the tie or the resolved fit
     * @throws ScoringException if the policy throws (see {@link StrategyFailures}), returns null or chooses a column that is not tied
     */
    Fit resolve(String instrumentId, String rowId, List<ColumnTally> tallies, Fit.Tie tie) {
        List<ColumnTally> tied = new ArrayList<>(tie.tied().size());
        for (ColumnTally tally : tallies) {
            if (tie.tied().contains(tally.columnId())) {
                tied.add(tally);
            }
        }
        Optional<String> chosen;
        try {
            chosen = policy.resolve(new TieContext(instrumentId, rowId, tied));
        } catch (Throwable e) { // which failures are wrapped: StrategyFailures
            if (!StrategyFailures.wraps(e)) {
                throw e;
            }
            LOG.debug("tie policy {} failed on {} / {}", policy.name(), instrumentId, rowId, e);
            throw new ScoringException(instrumentId, rowId, "tie policy '" + policy.name() + "' failed: " + e, e);
        }
        if (chosen == null) {
            throw new ScoringException(instrumentId, rowId, "tie policy '" + policy.name()
                    + "' returned null; expected a tied column or Optional.empty()", null);
        }
        if (chosen.isEmpty()) {
            return tie;
        }
        if (!tie.tied().contains(chosen.get())) {
            throw new ScoringException(instrumentId, rowId, "tie policy '" + policy.name() + "' chose '"
                    + chosen.get() + "', which is not one of the tied columns " + tie.tied(), null);
        }
        return new Fit.Resolved(tie.tied(), chosen.get(), policy.name());
    }

    @Override
    public String toString() {
        return "GuardedTiePolicy[" + policy.name() + "]";
    }
}
