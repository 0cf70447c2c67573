package org.engagementrubrics.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.InstrumentChecks.Violation;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * The built-in constraints of the model's properties ({@code @NotBlank}, {@code @NotEmpty}, {@code @Positive},
 * {@code @PositiveOrZero}, {@code @Digits}, {@code @WellFormedId}, {@code @Valid LocalizedText}) as plain code, each adding its
 * breaches, with Hibernate Validator's English messages, at a property path; {@link InstrumentChecks} walks an
 * instrument through them. Mutable and not thread-safe: one lives for one call of {@link InstrumentChecks#of}.
 */
final class PropertyChecks {

    /** Hibernate Validator's English messages of the built-in constraints the model uses. */
    static final String NOT_EMPTY = "must not be empty";
    static final String POSITIVE = "must be greater than 0";
    static final String POSITIVE_OR_ZERO = "must be greater than or equal to 0";
    /** The message {@code @WellFormedId} declares, read once from the annotation so that it is kept in one place. */
    private static final String WELL_FORMED_ID = declaredMessage();

    /** A property path, rendered only when a breach is found. */
    record Path(Path parent, String name, String index) {

        Path at(String property) {
            return new Path(this, property, null);
        }

        Path at(String property, int i) {
            return new Path(this, property, Integer.toString(i));
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            render(out);
            return out.toString();
        }

        private void render(StringBuilder out) {
            if (parent != null) {
                parent.render(out);
            }
            if (name != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
            if (index != null) {
                out.append('[').append(index).append(']');
            }
        }
    }

    private final List<Violation> out = new ArrayList<>();

    /** Returns the breaches found so far. */
    List<Violation> violations() {
        return out;
    }

    /** Adds a breach of a constraint that has no check of its own here. */
    void add(Violation violation) {
        out.add(violation);
    }

    /** {@code @Valid LocalizedText}: every language's text {@code @NotBlank}; nothing when absent. */
    void text(Path at, LocalizedText text) {
        if (text == null) {
            return;
        }
        for (String value : text.values().values()) {
            if (value == null || value.isBlank()) {
                blankTranslations(at, text);
                return;
            }
        }
    }

    private void blankTranslations(Path at, LocalizedText text) {
        for (Map.Entry<String, String> entry : text.values().entrySet()) {
            String value = entry.getValue();
            if (value == null || value.isBlank()) {
                out.add(new Violation(new Path(at, "values", entry.getKey()).toString(), "NotBlank",
                        InstrumentChecks.NOT_BLANK, value));
            }
        }
    }

    void notBlank(Path owner, String property, String value) {
        if (value == null || value.isBlank()) {
            out.add(new Violation(owner.at(property).toString(), "NotBlank", InstrumentChecks.NOT_BLANK, value));
        }
    }

    /** Returns whether the list has members; reports it when not. */
    boolean notEmpty(Path owner, String property, List<?> values) {
        if (values == null || values.isEmpty()) {
            out.add(new Violation(owner.at(property).toString(), "NotEmpty", NOT_EMPTY, values));
            return false;
        }
        return true;
    }

    void positive(Path owner, String property, int value) {
        if (value <= 0) {
            out.add(new Violation(owner.at(property).toString(), "Positive", POSITIVE, value));
        }
    }

    void positiveOrZero(Path owner, String property, int value) {
        if (value < 0) {
            out.add(new Violation(owner.at(property).toString(), "PositiveOrZero", POSITIVE_OR_ZERO, value));
        }
    }

    void positive(Path owner, String property, BigDecimal value) {
        if (value.signum() <= 0) {
            out.add(new Violation(owner.at(property).toString(), "Positive", POSITIVE, value));
        }
    }

    void positiveOrZero(Path owner, String property, BigDecimal value) {
        if (value.signum() < 0) {
            out.add(new Violation(owner.at(property).toString(), "PositiveOrZero", POSITIVE_OR_ZERO, value));
        }
    }

    /** {@code @Digits(integer, fraction)} on a value in canonical form (no trailing zeros, scale at least 0). */
    void digits(Path owner, String property, BigDecimal value, int integer, int fraction) {
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > integer || value.scale() > fraction) {
            out.add(new Violation(owner.at(property).toString(), "Digits", "numeric value out of bounds (<" + integer
                    + " digits>.<" + fraction + " digits> expected)", value));
        }
    }

    /**
     * {@code @WellFormedId}: {@link WellFormedId#PATTERN} without a regular expression; null passes, as for
     * {@code @Pattern}.
     */
    void wellFormedId(Path owner, String property, String id) {
        if (id != null && !isWellFormedId(id)) {
            out.add(new Violation(owner.at(property).toString(), "WellFormedId", WELL_FORMED_ID, id));
        }
    }

    private static String declaredMessage() {
        try {
            return (String) WellFormedId.class.getMethod("message").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("@WellFormedId has no message", e);
        }
    }

    static boolean isWellFormedId(String id) {
        int length = id.length();
        if (length == 0 || length > 128 || !isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
