package org.engagementrubrics.core.scoring;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in {@link TiePolicy} strategies.
 *
 * <pre>{@code
 * ScoringEngine.defaults().withTiePolicy(TiePolicies.higherLevel());
 * }</pre>
 */
public final class TiePolicies {

    private static final TiePolicy REPORT = named("report", tie -> Optional.empty());
    private static final TiePolicy LOWER = named("lower-level", tie -> tie.tied().stream()
            .min(Comparator.comparingInt(ColumnTally::rank)).map(ColumnTally::columnId));
    private static final TiePolicy HIGHER = named("higher-level", tie -> tie.tied().stream()
            .max(Comparator.comparingInt(ColumnTally::rank)).map(ColumnTally::columnId));

    private TiePolicies() {
    }

    /**
     * Obtains the default policy: report the tie as a tie.
     *
     * @return the policy named {@code report}
     */
    public static TiePolicy report() {
        return REPORT;
    }

    /**
     * Obtains the policy that takes the tied column with the lowest level (the first in column order
     * among equal levels): the cautious reading.
     *
     * @return the policy named {@code lower-level}
     */
    public static TiePolicy lowerLevel() {
        return LOWER;
    }

    /**
     * Obtains the policy that takes the tied column with the highest level (the first in column order
     * among equal levels).
     *
     * @return the policy named {@code higher-level}
     */
    public static TiePolicy higherLevel() {
        return HIGHER;
    }

    /**
     * Obtains a built-in policy by name.
     *
     * @param name {@code report}, {@code lower-level} or {@code higher-level}
     * @return the policy
     * @throws IllegalArgumentException if no built-in has that name
     */
    public static TiePolicy byName(String name) {
        switch (Objects.requireNonNull(name, "name")) {
            case "report":
                return REPORT;
            case "lower-level":
                return LOWER;
            case "higher-level":
                return HIGHER;
            default:
                throw new IllegalArgumentException("unknown tie policy '" + name
                        + "'; expected report, lower-level or higher-level");
        }
    }

    /**
     * Obtains a policy with a name for explanations.
     *
     * @param name the name, not null
     * @param policy the policy, not null
     * @return the named policy
     */
    public static TiePolicy named(String name, TiePolicy policy) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        return new TiePolicy() {
            @Override
            public Optional<String> resolve(TieContext tie) {
                return policy.resolve(tie);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return "TiePolicy[" + name + "]";
            }
        };
    }

    /**
     * Returns the name of the tie policy a result was scored with, as the headline of its explanation names it:
     * for a matrix result (best fit) or a stage result, whose headline ends "(tie policy NAME)"; empty for the
     * other kinds, whose explanations name none, and for a result whose headline does not end so.
     *
     * <pre>{@code
     * String name = TiePolicies.nameIn(stageResult).orElseThrow();   // "report"
     * }</pre>
     *
     * @param result the result, not null
     * @return the name, or empty
     */
    public static Optional<String> nameIn(ScoreResult result) {
        Objects.requireNonNull(result, "result");
        if (!(result instanceof MatrixResult) && !(result instanceof StageResult)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Explanations.tiePolicyIn(result.explanation().summary()));
    }
}
