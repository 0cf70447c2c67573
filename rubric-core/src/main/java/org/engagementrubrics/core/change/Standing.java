package org.engagementrubrics.core.change;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.engagementrubrics.core.internal.Arguments;

/**
 * Where one unit stood at one review: a stage position, a best fit, a mean rating, a statement's figures or
 * counts per answer; a closed family of immutable, thread-safe values.
 */
public sealed interface Standing
        permits Standing.Placed, Standing.NotPlaced, Standing.BestFit, Standing.Mean, Standing.Statement,
        Standing.Counts {

    /**
     * Checks if the unit had a standing at all (placed, fitted or rated).
     *
     * @return true if there is something to compare
     */
    boolean present();

    /**
     * A standard placed at a stage: the median of the raters' stage positions.
     *
     * @param position the median position; with an even number of raters the mean of the two middle ones
     * @param stageId the stage at that position, or null when the median falls between two stages
     * @param raters how many raters placed the standard, at least 1
     */
    record Placed(double position, String stageId, int raters) implements Standing {
        /**
         * Creates a placement.
         *
         * @param position the median position; with an even number of raters the mean of the two middle ones
         * @param stageId the stage at that position, or null when the median falls between two stages
         * @param raters how many raters placed the standard, at least 1
         * @throws IllegalArgumentException if {@code raters} is less than 1
         */
        public Placed {
            if (raters < 1) {
                throw new IllegalArgumentException("raters must be at least 1; was " + raters);
            }
        }

        @Override
        public boolean present() {
            return true;
        }
    }

    /** A standard or row that no rater placed (no evidence, or a tie for a standard). */
    record NotPlaced() implements Standing {
        @Override
        public boolean present() {
            return false;
        }
    }

    /**
     * A matrix row's modal best fit: one column, or several tied columns.
     *
     * @param columns the columns with the most raters' votes, in column order; two or more is a tie
     * @param rank the rank of the single column along the ordered columns, or 0 for a tie
     */
    record BestFit(List<String> columns, int rank) implements Standing {
        /**
         * Creates a best fit, copying the list of columns.
         *
         * @param columns the columns with the most raters' votes, in column order; two or more is a tie
         * @param rank the rank of the single column along the ordered columns, or 0 for a tie
         * @throws IllegalArgumentException if {@code columns} is empty (use {@link NotPlaced})
         */
        public BestFit {
            columns = Arguments.copyOf(columns, "columns");
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("columns must name at least one column; use NotPlaced");
            }
        }

        /**
         * Checks if the best fit is a tie of two or more columns.
         *
         * @return true for a tie
         */
        public boolean tie() {
            return columns.size() > 1;
        }

        @Override
        public boolean present() {
            return true;
        }
    }

    /**
     * A mean rating of a condition or an indicator.
     *
     * @param mean the mean of the rated values, or null when none was rated
     * @param rated how many values were rated
     */
    record Mean(Double mean, int rated) implements Standing {
        /**
         * Creates a mean rating.
         *
         * @param mean the mean of the rated values, or null when none was rated
         * @param rated how many values were rated
         * @throws IllegalArgumentException if a mean comes with {@code rated} below 1, or no mean with
         *         {@code rated} other than 0
         */
        public Mean {
            if (rated < 0 || (rated == 0) != (mean == null)) {
                throw new IllegalArgumentException("a mean needs rated >= 1, no mean needs rated = 0; was " + mean
                        + " of " + rated);
            }
        }

        @Override
        public boolean present() {
            return mean != null;
        }
    }

    /**
     * A survey statement's mean and top-two share ("how true": the two highest scale points).
     *
     * @param mean the mean, or null when none was rated
     * @param topTwoShare the share of rated values in the two highest scale points, or null when none was rated
     * @param rated how many values were rated
     */
    record Statement(Double mean, Double topTwoShare, int rated) implements Standing {
        /**
         * Creates a statement's figures.
         *
         * @param mean the mean, or null when none was rated
         * @param topTwoShare the share of rated values in the two highest scale points, or null when none was rated
         * @param rated how many values were rated
         * @throws IllegalArgumentException if {@code rated} is at least 1 and a figure is missing, or 0 and a
         *         figure is present
         */
        public Statement {
            if (rated < 0 || (rated == 0) != (mean == null) || (mean == null) != (topTwoShare == null)) {
                throw new IllegalArgumentException("a statement with rated >= 1 has a mean and a top-two share, one"
                        + " with rated = 0 has neither; was " + mean + ", " + topTwoShare + " of " + rated);
            }
        }

        @Override
        public boolean present() {
            return mean != null;
        }
    }

    /**
     * Counts per answer (district statuses, checklist marks), in a fixed order of answers.
     *
     * @param counts the count of each answer, not null
     */
    record Counts(Map<String, Integer> counts) implements Standing {
        /**
         * Creates counts per answer, copying the map and keeping its order of answers.
         *
         * @param counts the count of each answer, not null
         * @throws IllegalArgumentException if a count is null or negative
         */
        public Counts {
            Objects.requireNonNull(counts, "counts");
            counts.forEach((answer, count) -> {
                Objects.requireNonNull(answer, "answer");
                if (count == null || count < 0) {
                    throw new IllegalArgumentException("count of '" + answer + "' must be 0 or more; was " + count);
                }
            });
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        @Override
        public boolean present() {
            return true;
        }
    }
}
