package org.engagementrubrics.core.scoring;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * How many rows have each column as their single best fit, in column order: the column ids prepared once and
 * the counts of one response, with the entries made when read. Unmodifiable; equal, as a map, to a
 * {@code LinkedHashMap} of the same entries, with the same hash code and text.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RowsByColumn extends AbstractMap<String, Integer> {

    /** The distinct column ids in order, shared by every result of the instrument (never changed). */
    private final String[] columnIds;
    /** Per column id, the index of its count in {@code rowsAt} (never changed). */
    private final int[] countAt;
    /** The counts, none negative (never changed). */
    private final int[] rowsAt;

    RowsByColumn(String[] columnIds, int[] countAt, int[] rowsAt) {
        this.columnIds = columnIds;
        this.countAt = countAt;
        this.rowsAt = rowsAt;
    }

    @Override
    public int size() {
        return columnIds.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Integer get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : rowsAt[countAt[index]];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < columnIds.length; i++) {
            if (columnIds[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return columnIds.length;
            }

            @Override
            public Iterator<Map.Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < columnIds.length;
                    }

                    @Override
                    public Map.Entry<String, Integer> next() {
                        if (next >= columnIds.length) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return Map.entry(columnIds[index], rowsAt[countAt[index]]);
                    }
                };
            }
        };
    }
}
