package org.engagementrubrics.core;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Vendor data carried unchanged on instruments, their parts and responses.
 *
 * <p>The library never interprets extensions; it keeps them so that reading then writing a file loses
 * nothing. Keys are sorted, so equal extensions are written identically.
 *
 * <pre>{@code
 * Extensions ext = Extensions.of(Map.of("vendorCode", ExtensionValue.of("FE-1")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param values the extension values by key, sorted by key
 */
public record Extensions(Map<String, ExtensionValue> values) {

    private static final Extensions EMPTY = new Extensions(Map.of());

    /**
     * Creates extensions; the map is copied and sorted by key, so that equal extensions are written
     * identically.
     *
     * @param values the extension values by key, sorted by key
     * @throws NullPointerException if the map, a key or a value is null
     */
    public Extensions {
        Objects.requireNonNull(values, "values");
        TreeMap<String, ExtensionValue> sorted = new TreeMap<>();
        values.forEach((key, value) -> sorted.put(Objects.requireNonNull(key, "extension key"),
                Objects.requireNonNull(value, () -> "extension '" + key + "'")));
        values = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * Obtains the empty extensions.
     *
     * @return no extensions
     */
    public static Extensions empty() {
        return EMPTY;
    }

    /**
     * Obtains extensions from a map.
     *
     * @param values the values by key, not null
     * @return the extensions
     */
    public static Extensions of(Map<String, ExtensionValue> values) {
        Objects.requireNonNull(values, "values");
        return values.isEmpty() ? EMPTY : new Extensions(values);
    }

    /**
     * Checks if there are no extensions.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
