package org.engagementrubrics.core.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review's standing on one row when several raters scored it; the one place these two rules live.
 *
 * <ul>
 * <li>Standards: the median of the raters' stage positions; with an even number of placements, the mean of the
 * two middle positions (so 2 and 3 give 2.5, between two stages). A rater who did not place the standard (no
 * evidence, or a tie the placement rule left open) is not counted.</li>
 * <li>Matrix rows: the modal best fit. Each rater votes once for each column the rater's best fit names (a
 * winner or a resolved tie names one, an unresolved tie names each tied column, no evidence names none); the
 * columns with the most votes are the review's best fit, and several such columns stay a tie.</li>
 * </ul>
 * Both are symmetric in the raters, so the order of the results never changes the standing.
 */
final class Consensus {

    private Consensus() {
    }

    /**
     * Returns the median of the positions, or null when there are none.
     */
    static Double median(List<Integer> positions) {
        if (positions.isEmpty()) {
            return null;
        }
        List<Integer> sorted = new ArrayList<>(positions);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /**
     * Returns the columns with the most votes, in the given column order; empty when nobody voted.
     *
     * @param columns every column in order
     * @param votes the columns voted for, one entry per vote
     */
    static List<String> modal(List<String> columns, List<String> votes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String column : columns) {
            counts.put(column, 0);
        }
        int most = 0;
        for (String vote : votes) {
            most = Math.max(most, counts.merge(vote, 1, Integer::sum));
        }
        List<String> best = new ArrayList<>();
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (most > 0 && count.getValue() == most) {
                best.add(count.getKey());
            }
        }
        return best;
    }
}
