package org.engagementrubrics.core.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A list that is unmodifiable by construction and holds no null, so that {@link Arguments#copyOf(java.util.Collection,
 * String)} keeps it as it is instead of copying it: a result can hold a list whose elements are made from compact
 * state on first read. Not part of the API.
 *
 * <p>Every mutator throws {@link UnsupportedOperationException} (those of {@link AbstractList}); equality, hash
 * code and text are those of any list. Subclasses must be immutable and thread-safe, and never yield null.
 *
 * @param <E> the element type
 */
public abstract class FrozenList<E> extends AbstractList<E> implements RandomAccess {

    /** For subclasses. */
    protected FrozenList() {
    }
}
