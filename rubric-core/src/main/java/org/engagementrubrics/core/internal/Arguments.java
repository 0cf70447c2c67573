package org.engagementrubrics.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Checks of public arguments whose failure names the argument, down to the element: {@code stages},
 * {@code statementIds[0]}. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Arguments {

    private Arguments() {
    }

    /**
     * Returns an unmodifiable copy of a list argument.
     *
     * @param <T> the element type
     * @param values the argument
     * @param name the argument's name
     * @return the copy
     * @throws NullPointerException naming {@code name} or {@code name[i]} if the list or an element is null
     */
    public static <T> List<T> copyOf(Collection<? extends T> values, String name) {
        Objects.requireNonNull(values, name);
        if (values instanceof FrozenList) {
            @SuppressWarnings("unchecked") // unmodifiable: its elements can only be read, as T
            List<T> frozen = (List<T>) values;
            return frozen;
        }
        try {
            // one copy, none for a list that is already unmodifiable: results are made on every score
            return List.copyOf(values);
        } catch (NullPointerException e) {
            int index = 0;
            for (T value : values) {
                if (value == null) {
                    throw new NullPointerException(name + "[" + index + "]");
                }
                index++;
            }
            throw e;
        }
    }

    /**
     * Returns an unmodifiable copy of an array argument, such as varargs.
     *
     * @param <T> the element type
     * @param values the argument
     * @param name the argument's name
     * @return the copy
     * @throws NullPointerException naming {@code name} or {@code name[i]} if the array or an element is null
     */
    @SafeVarargs
    public static <T> List<T> copyOf(String name, T... values) {
        Objects.requireNonNull(values, name);
        return copyOf(java.util.Arrays.asList(values), name);
    }
}
