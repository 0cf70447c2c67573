package org.engagementrubrics.core.raters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.scoring.Explanation;

/** The figures of one unit across raters and their wording, in one place. */
final class ConsensusFigures {

    /** The distance from the median, in ordered steps, from which a rater is listed as far from it. */
    static final int FAR = 2;

    private ConsensusFigures() {
    }

    static void checkShare(double share, String name) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException(name + ": must be greater than 0, at most 1; was " + share);
        }
    }

    static UnitConsensus of(PanelScale scale, String unitId, SubjectValues values, int unit) {
        int raters = values.raters().size();
        int[] distribution = new int[scale.categories().size()];
        Map<MissingReason, Integer> missing = new EnumMap<>(MissingReason.class);
        int[] positions = new int[raters];
        int n = 0;
        for (int r = 0; r < raters; r++) {
            if (values.hasValue(unit, r)) {
                int position = values.position(unit, r);
                distribution[position - 1]++;
                positions[n++] = position;
            } else {
                missing.merge(values.missing(unit, r), 1, Integer::sum);
            }
        }
        positions = Arrays.copyOf(positions, n);
        Arrays.sort(positions);
        List<Integer> counts = Arrays.stream(distribution).boxed().toList();
        UnitSummary summary = summary(scale, positions, distribution);
        List<String> far = new ArrayList<>();
        UnitSummary.Ordered ordered = ordered(summary);
        if (ordered != null && scale.kind() != InstrumentKind.SURVEY) {
            double median = ordered.median();
            for (int r = 0; r < raters; r++) {
                if (values.hasValue(unit, r) && Math.abs(values.position(unit, r) - median) >= FAR) {
                    far.add(values.raters().get(r));
                }
            }
        }
        far.sort(null);
        return new UnitConsensus(unitId, n, counts, missing, summary, far,
                explain(scale, unitId, n, distribution, missing, summary, far));
    }

    private static UnitSummary summary(PanelScale scale, int[] positions, int[] distribution) {
        int n = positions.length;
        if (n == 0) {
            return new UnitSummary.Empty();
        }
        int top = Arrays.stream(distribution).max().orElse(0);
        List<String> modal = new ArrayList<>();
        for (int c = 0; c < distribution.length; c++) {
            if (distribution[c] == top) {
                modal.add(scale.categories().get(c));
            }
        }
        double share = (double) top / n;
        if (!scale.isOrdered()) {
            return new UnitSummary.Nominal(modal, share);
        }
        // Tukey's hinges: the medians of the lower and upper halves, the middle value left out when n is odd
        int half = n / 2;
        double lower = n == 1 ? positions[0] : median(positions, 0, half);
        double upper = n == 1 ? positions[0] : median(positions, n - half, n);
        UnitSummary.Ordered ordered = new UnitSummary.Ordered(modal, share, median(positions, 0, n), lower, upper,
                positions[0], positions[n - 1]);
        if (scale.values() != ValueKind.RATING) {
            return ordered;
        }
        long sum = 0;
        for (int position : positions) {
            sum += scale.number(position);
        }
        return new UnitSummary.Rated(ordered, (double) sum / n);
    }

    /** Returns the ordered figures of a summary, or null when it has none. */
    static UnitSummary.Ordered ordered(UnitSummary summary) {
        return summary instanceof UnitSummary.Rated ? ((UnitSummary.Rated) summary).ordered()
                : summary instanceof UnitSummary.Ordered ? (UnitSummary.Ordered) summary : null;
    }

    private static double median(int[] sorted, int from, int to) {
        int n = to - from;
        return n % 2 == 1 ? sorted[from + n / 2] : (sorted[from + n / 2 - 1] + sorted[from + n / 2]) / 2.0;
    }

    private static Explanation explain(PanelScale scale, String unitId, int n, int[] distribution,
            Map<MissingReason, Integer> missing, UnitSummary summary, List<String> far) {
        List<String> details = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        for (int c = 0; c < distribution.length; c++) {
            shares.add(scale.categories().get(c) + " " + distribution[c]);
        }
        details.add("distribution: " + String.join(", ", shares));
        if (!missing.isEmpty()) {
            List<String> why = new ArrayList<>();
            missing.forEach((reason, count) -> why.add(count + " " + reason.label()));
            details.add("no value: " + String.join(", ", why));
        }
        if (!far.isEmpty()) {
            details.add("2 or more steps from the median: " + String.join(", ", far));
        }
        return new Explanation(unitId + ": " + figures(scale, n, summary), details, List.of());
    }

    static String figures(PanelScale scale, int n, UnitSummary summary) {
        String values = n + (n == 1 ? " value" : " values");
        if (summary instanceof UnitSummary.Empty) {
            return "no values";
        }
        if (summary instanceof UnitSummary.Nominal) {
            UnitSummary.Nominal nominal = (UnitSummary.Nominal) summary;
            return values + "; " + modal(nominal.modal(), nominal.modalShare());
        }
        UnitSummary.Ordered ordered = ordered(summary);
        String text = values + "; median " + position(scale, ordered.median()) + "; range "
                + scale.category(ordered.lowest()) + " to " + scale.category(ordered.highest()) + " ("
                + steps(ordered.range()) + "), interquartile range " + number(ordered.interquartileRange())
                + (ordered.interquartileRange() == 1 ? " step" : " steps");
        if (summary instanceof UnitSummary.Rated) {
            text += "; mean " + number(((UnitSummary.Rated) summary).mean());
        }
        return text + "; " + modal(ordered.modal(), ordered.modalShare());
    }

    private static String position(PanelScale scale, double position) {
        int low = (int) Math.floor(position);
        return low == position ? scale.category(low)
                : "between " + scale.category(low) + " and " + scale.category(low + 1);
    }

    private static String steps(int steps) {
        return steps + (steps == 1 ? " step" : " steps");
    }

    private static String modal(List<String> modal, double share) {
        return modal.size() == 1 ? "modal " + modal.get(0) + " (" + percent(share) + ")"
                : "modal tie between " + String.join(", ", modal) + " (" + percent(share) + " each)";
    }

    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
