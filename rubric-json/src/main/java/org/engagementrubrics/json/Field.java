package org.engagementrubrics.json;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One named field of an {@link ObjectCodec}: how to get it from the object, how to code it, and whether
 * it is required (absent = problem) or optional (absent = default, and omitted on write when it equals
 * the default).
 *
 * @param <T> the object type
 * @param <V> the field's value type
 */
final class Field<T, V> {

    final String name;
    final Codec<V> codec;
    final Function<T, V> getter;
    final boolean required;
    final V absent;
    final Predicate<V> omit;

    private Field(String name, Codec<V> codec, Function<T, V> getter, boolean required, V absent, Predicate<V> omit) {
        this.name = name;
        this.codec = codec;
        this.getter = getter;
        this.required = required;
        this.absent = absent;
        this.omit = omit;
    }

    /** A field that must be present. */
    static <T, V> Field<T, V> required(String name, Codec<V> codec, Function<T, V> getter) {
        return new Field<>(name, codec, getter, true, null, value -> false);
    }

    /** A field that may be absent (or null), read as null and omitted on write when null. */
    static <T, V> Field<T, V> nullable(String name, Codec<V> codec, Function<T, V> getter) {
        return new Field<>(name, codec, getter, false, null, Objects::isNull);
    }

    /** A field that may be absent, read as {@code absent} and omitted on write when equal to it. */
    static <T, V> Field<T, V> optional(String name, Codec<V> codec, Function<T, V> getter, V absent) {
        return new Field<>(name, codec, getter, false, absent, absent::equals);
    }
}
