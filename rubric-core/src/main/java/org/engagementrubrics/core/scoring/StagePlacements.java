package org.engagementrubrics.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Words;

/**
 * The built-in {@link StagePlacement} strategies.
 *
 * <pre>{@code
 * ScoringEngine.defaults().withStagePlacement(StagePlacements.cumulative(0.5));
 * }</pre>
 */
public final class StagePlacements {

    private static final StagePlacement BY_COUNT = named("best-fit-count",
            tallies -> best(tallies, (a, b) -> Integer.compare(a.marked(), b.marked())));
    private static final StagePlacement BY_SHARE = named("best-fit-share",
            tallies -> best(tallies, ColumnTally::compareShare));

    private StagePlacements() {
    }

    /**
     * Obtains best fit by count: the stage with the most marked statements; a tie if several share it.
     *
     * @return the placement named {@code best-fit-count}
     */
    public static StagePlacement bestFitByCount() {
        return BY_COUNT;
    }

    /**
     * Obtains best fit by share: the stage with the largest share of its own statements marked, compared
     * exactly; a tie if several share it. Fairer where stages have different numbers of statements.
     *
     * @return the placement named {@code best-fit-share}
     */
    public static StagePlacement bestFitByShare() {
        return BY_SHARE;
    }

    /**
     * Obtains cumulative placement: the highest stage whose statements are marked at or above the
     * threshold share, with every lower stage also meeting it. Stages with no statements in the standard
     * are passed over.
     *
     * @param threshold the share each stage must reach, greater than 0 and at most 1
     * @return the placement named {@code cumulative(threshold)}
     * @throws IllegalArgumentException if the threshold is out of range
     */
    public static StagePlacement cumulative(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be greater than 0 and at most 1; was " + threshold);
        }
        BigDecimal share = BigDecimal.valueOf(threshold); // the decimal the caller wrote, compared exactly
        String name = "cumulative(" + share.toPlainString() + ")";
        return named(name, tallies -> {
            if (tallies.marked() == 0) {
                return new Fit.NoEvidence();
            }
            List<ColumnTally> ordered = new ArrayList<>(tallies.stages());
            ordered.sort(Comparator.comparingInt(ColumnTally::rank)); // stable: column order within a rank
            ColumnTally reached = null;
            for (ColumnTally stage : ordered) {
                if (stage.total() == 0) {
                    continue;
                }
                if (BigDecimal.valueOf(stage.marked()).compareTo(share.multiply(BigDecimal.valueOf(stage.total()))) < 0) {
                    break;
                }
                reached = stage;
            }
            if (reached == null) {
                ColumnTally first = ordered.stream().filter(t -> t.total() > 0).findFirst().orElseThrow();
                return new Fit.BelowThreshold("the first stage '" + first.columnId() + "' has " + first.marked()
                        + " of " + Words.count(first.total(), "statement") + " marked, below the threshold " + threshold);
            }
            return new Fit.Winner(reached.columnId());
        });
    }

    /**
     * Obtains a built-in placement by name: {@code best-fit-count}, {@code best-fit-share} or
     * {@code cumulative:THRESHOLD} such as {@code cumulative:0.5}.
     *
     * @param name the name, not null
     * @return the placement
     * @throws IllegalArgumentException if no built-in has that name
     */
    public static StagePlacement byName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.equals("best-fit-count")) {
            return BY_COUNT;
        }
        if (name.equals("best-fit-share")) {
            return BY_SHARE;
        }
        if (name.startsWith("cumulative:")) {
            try {
                return cumulative(Double.parseDouble(name.substring("cumulative:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cumulative threshold in '" + name + "' is not a number", e);
            }
        }
        throw new IllegalArgumentException("unknown stage placement '" + name
                + "'; expected best-fit-count, best-fit-share or cumulative:THRESHOLD");
    }

    /**
     * Obtains a placement with a name for explanations.
     *
     * @param name the name, not null
     * @param placement the placement, not null
     * @return the named placement
     */
    public static StagePlacement named(String name, StagePlacement placement) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(placement, "placement");
        return new StagePlacement() {
            @Override
            public Fit place(StageTallies tallies) {
                return placement.place(tallies);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return "StagePlacement[" + name + "]";
            }
        };
    }

    private static Fit best(StageTallies tallies, Comparator<ColumnTally> order) {
        return best(tallies.stages(), order);
    }

    /**
     * Returns the column with the largest tally by an order among columns with marks, a tie if several.
     */
    static Fit best(List<ColumnTally> tallies, Comparator<ColumnTally> order) {
        ColumnTally top = null;
        List<String> tied = new ArrayList<>();
        for (ColumnTally tally : tallies) {
            if (tally.marked() == 0) {
                continue;
            }
            int compared = top == null ? 1 : order.compare(tally, top);
            if (compared > 0) {
                top = tally;
                tied.clear();
                tied.add(tally.columnId());
            } else if (compared == 0) {
                tied.add(tally.columnId());
            }
        }
        if (top == null) {
            return new Fit.NoEvidence();
        }
        return tied.size() == 1 ? new Fit.Winner(tied.get(0)) : new Fit.Tie(tied);
    }
}
