package org.engagementrubrics.core;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.engagementrubrics.core.internal.Arguments;

/**
 * A free JSON value inside {@link Extensions}: null, boolean, number, string, array or object.
 *
 * <p>A sealed family of six records, one per JSON value type, so that vendor data survives a read and a
 * write unchanged without the model depending on a JSON library. Numbers are kept as {@link BigDecimal}
 * exactly as written, so {@code 1.50} stays {@code 1.50}; object keys are sorted, so equal values encode
 * alike. All implementations are immutable and thread-safe.
 */
public sealed interface ExtensionValue {

    /**
     * Obtains a string value.
     *
     * @param text the string, not null
     * @return the value
     */
    static ExtensionValue of(String text) {
        return new StringValue(Objects.requireNonNull(text, "text"));
    }

    /**
     * Obtains a number value.
     *
     * @param number the number, not null
     * @return the value
     */
    static ExtensionValue of(BigDecimal number) {
        return new NumberValue(Objects.requireNonNull(number, "number"));
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
        /**
         * Creates a number value.
         *
         * @param value the number as written, not null
         */
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
        /**
         * Creates a string value.
         *
         * @param value the string, not null
         */
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
        /**
         * Creates an array value; the members are copied.
         *
         * @param values the members in order, not null
         */
        public ArrayValue {
            values = Arguments.copyOf(values, "values");
        }
    }

    /**
     * A JSON object.
     *
     * @param values the members by key, sorted by key, not null
     */
    record ObjectValue(Map<String, ExtensionValue> values) implements ExtensionValue {
        /**
         * Creates an object value; the members are copied and sorted by key.
         *
         * @param values the members by key, not null
         */
        public ObjectValue {
            Objects.requireNonNull(values, "values");
            TreeMap<String, ExtensionValue> sorted = new TreeMap<>();
            values.forEach((key, value) -> sorted.put(Objects.requireNonNull(key, "key"),
                    Objects.requireNonNull(value, () -> "member '" + key + "'")));
            values = Collections.unmodifiableSortedMap(sorted);
        }
    }
}
