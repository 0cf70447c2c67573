package org.engagementrubrics.core;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A free JSON value inside {@link Extensions}: null, boolean, number, string, array or object.
 *
 * <p>Numbers are kept as {@link BigDecimal} exactly as written, so {@code 1.50} stays {@code 1.50}.
 * Object keys are sorted. All implementations are immutable and thread-safe.
 */
public sealed interface ExtensionValue {

    /**
     * Obtains a string value.
     *
     * @param text the string, not null
     * @return the value
     */
    static ExtensionValue of(String text) {
        return new StringValue(text);
    }

    /**
     * Obtains a number value.
     *
     * @param number the number, not null
     * @return the value
     */
    static ExtensionValue of(BigDecimal number) {
        return new NumberValue(number);
    }

    /**
     * Obtains a boolean value.
     *
     * @param flag the boolean
     * @return the value
     */
    static ExtensionValue of(boolean flag) {
        return new BooleanValue(flag);
    }

    /** The JSON {@code null}. */
    record NullValue() implements ExtensionValue {
    }

    /**
     * A JSON boolean.
     *
     * @param value the boolean
     */
    record BooleanValue(boolean value) implements ExtensionValue {
    }

    /**
     * A JSON number.
     *
     * @param value the number as written, not null
     */
    record NumberValue(BigDecimal value) implements ExtensionValue {
        /** Checks the value. */
        public NumberValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A JSON string.
     *
     * @param value the string, not null
     */
    record StringValue(String value) implements ExtensionValue {
        /** Checks the value. */
        public StringValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A JSON array.
     *
     * @param values the members in order, not null
     */
    record ArrayValue(List<ExtensionValue> values) implements ExtensionValue {
        /** Copies the members. */
        public ArrayValue {
            values = List.copyOf(values);
        }
    }

    /**
     * A JSON object.
     *
     * @param values the members by key, sorted by key, not null
     */
    record ObjectValue(Map<String, ExtensionValue> values) implements ExtensionValue {
        /** Copies and sorts the members. */
        public ObjectValue {
            Objects.requireNonNull(values, "values");
            TreeMap<String, ExtensionValue> sorted = new TreeMap<>();
            values.forEach((key, value) -> sorted.put(Objects.requireNonNull(key, "key"),
                    Objects.requireNonNull(value, () -> "member '" + key + "'")));
            values = Collections.unmodifiableSortedMap(sorted);
        }
    }
}
