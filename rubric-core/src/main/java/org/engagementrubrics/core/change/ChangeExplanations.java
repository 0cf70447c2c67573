package org.engagementrubrics.core.change;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.engagementrubrics.core.scoring.InstrumentRef;

/** The wording of every change sentence, in one place. */
final class ChangeExplanations {

    private ChangeExplanations() {
    }

    static String unit(UnitKind kind, String id, String formerId) {
        String noun = kind.noun();
        String name = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " '" + id + "'";
        return formerId == null ? name : name + " (formerly '" + formerId + "')";
    }

    static String added(String unit, InstrumentRef after) {
        return unit + " is new in " + version(after) + " and has no earlier standing.";
    }

    static String removed(String unit, InstrumentRef before, InstrumentRef after) {
        return unit + " is in " + version(before) + " but not in " + version(after) + "; it has no later standing.";
    }

    static String withheld(String unit, String reason) {
        return unit + " is withheld: " + reason + ".";
    }

    static String withheldReason(int before, int after, int minimum) {
        return "rated by " + before + " before and " + after + " after; the small-cell rule withholds figures on"
                + " fewer than " + minimum;
    }

    static String moved(String unit, Movement movement, Standing before, Standing after) {
        return switch (movement) {
            case NEVER_PLACED -> unit + " has no standing at either review.";
            case NEWLY_PLACED -> unit + " had no standing and now stands at " + describe(after) + ".";
            case NO_LONGER_PLACED -> unit + " stood at " + describe(before) + " and now has no standing.";
            case SAME -> unit + " stayed at " + describe(after) + ".";
            case UP -> unit + " moved up from " + describe(before) + " to " + describe(after) + smallChange(before, after)
                    + ".";
            case DOWN -> unit + " moved down from " + describe(before) + " to " + describe(after)
                    + smallChange(before, after) + ".";
            default -> unit + " changed from " + describe(before) + " to " + describe(after) + ".";
        };
    }

    static String describe(Standing standing) {
        if (standing instanceof Standing.Placed placed) {
            String at = placed.stageId() != null
                    ? "stage '" + placed.stageId() + "' (position " + number(placed.position()) + ")"
                    : "position " + number(placed.position()) + ", between two stages";
            return placed.raters() > 1 ? at + " (median of " + placed.raters() + " raters)" : at;
        } else if (standing instanceof Standing.BestFit fit) {
            if (!fit.tie()) {
                return "'" + fit.columns().get(0) + "'";
            }
            StringJoiner tied = new StringJoiner(", ", "a tie of ", "");
            fit.columns().forEach(column -> tied.add("'" + column + "'"));
            return tied.toString();
        } else if (standing instanceof Standing.Mean mean) {
            return "a mean of " + number(mean.mean()) + " (n = " + mean.rated() + ")";
        } else if (standing instanceof Standing.Statement statement) {
            return "a mean of " + number(statement.mean()) + " with " + percent(statement.topTwoShare())
                    + " in the top two (n = " + statement.rated() + ")";
        } else if (standing instanceof Standing.Counts counts) {
            StringJoiner text = new StringJoiner(", ");
            for (Map.Entry<String, Integer> count : counts.counts().entrySet()) {
                text.add(count.getKey() + " " + count.getValue());
            }
            return text.toString();
        }
        return "no standing";
    }

    /**
     * Names the change of a mean that its two decimals hide (2.8312 to 2.8309 would read "2.83 to 2.83"), to
     * two significant digits; empty otherwise.
     */
    private static String smallChange(Standing before, Standing after) {
        Double from = meanOf(before);
        Double to = meanOf(after);
        if (from == null || to == null || !number(from).equals(number(to))) {
            return "";
        }
        BigDecimal by = new BigDecimal(to - from).round(new MathContext(2));
        return " (the mean changed by " + (by.signum() > 0 ? "+" : "") + by.toPlainString() + ")";
    }

    private static Double meanOf(Standing standing) {
        if (standing instanceof Standing.Mean mean) {
            return mean.mean();
        } else if (standing instanceof Standing.Statement statement) {
            return statement.mean();
        }
        return null;
    }

    static String version(InstrumentRef ref) {
        return ref.id() + "@" + ref.version() + " (" + shortFingerprint(ref) + ")";
    }

    static String shortFingerprint(InstrumentRef ref) {
        return ref.fingerprint().value().substring(0, "sha256:".length() + 12);
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
