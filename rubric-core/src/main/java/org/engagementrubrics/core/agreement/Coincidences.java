package org.engagementrubrics.core.agreement;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Krippendorff's alpha needs from reliability data whatever the metric: the units with two or more
 * values, each distinct value's number of pairable values, and the pairs of different values within those
 * units, counted per number of values in the unit m, in primitive arrays; alpha then sums distances over
 * them. Immutable and thread-safe (the arrays are never
 * written after construction and never leave the package).
 */
final class Coincidences {

    /** Up to this many distinct values the pairs are counted in a dense table per m, beyond it in a sorted map. */
    private static final int DENSE_VALUES = 64;

    /** The units with two or more values. */
    final int units;
    /** The values in those units. */
    final int pairable;
    /** Per distinct value, its number of pairable values. */
    final long[] perValue;
    /** Per pair entry, in the order m, then c, then k: the unit size m, the values c &lt; k and the pairs. */
    final int[] pairM;
    final int[] pairC;
    final int[] pairK;
    final long[] pairCount;

    private Coincidences(int units, int pairable, long[] perValue, int entries) {
        this.units = units;
        this.pairable = pairable;
        this.perValue = perValue;
        this.pairM = new int[entries];
        this.pairC = new int[entries];
        this.pairK = new int[entries];
        this.pairCount = new long[entries];
    }

    /**
     * Counts the pairs of some coded data.
     *
     * @param codes per unit and rater, the index of the value, or -1 when missing
     * @param raters the number of raters, the length of every row
     * @param valueCount the number of distinct values
     */
    static Coincidences of(int[][] codes, int raters, int valueCount) {
        return valueCount <= DENSE_VALUES ? dense(codes, raters, valueCount) : sparse(codes, valueCount);
    }

    /** Returns the number of values a unit holds: its raters less the missing. */
    private static int valuesIn(int[] unit) {
        int m = 0;
        for (int code : unit) {
            if (code >= 0) {
                m++;
            }
        }
        return m;
    }

    private static Coincidences dense(int[][] codes, int raters, int valueCount) {
        // byM[m][c * valueCount + k]: integer counts, so the order of units never matters
        long[][] byM = new long[raters + 1][];
        long[] perValue = new long[valueCount];
        int[] inUnit = new int[valueCount];
        int units = 0;
        int pairable = 0;
        int entries = 0;
        for (int[] unit : codes) {
            int m = valuesIn(unit);
            if (m < 2) {
                continue;
            }
            units++;
            pairable += m;
            Arrays.fill(inUnit, 0);
            for (int code : unit) {
                if (code >= 0) {
                    inUnit[code]++;
                    perValue[code]++;
                }
            }
            long[] counts = byM[m];
            if (counts == null) {
                counts = new long[valueCount * valueCount];
                byM[m] = counts;
            }
            for (int c = 0; c < valueCount; c++) {
                if (inUnit[c] == 0) {
                    continue;
                }
                // pairs of equal values never disagree, so only c < k is kept
                for (int k = c + 1; k < valueCount; k++) {
                    if (inUnit[k] > 0) {
                        int key = c * valueCount + k;
                        entries += counts[key] == 0 ? 1 : 0;
                        counts[key] += (long) inUnit[c] * inUnit[k];
                    }
                }
            }
        }
        Coincidences tally = new Coincidences(units, pairable, perValue, entries);
        int e = 0;
        for (int m = 0; m < byM.length; m++) {
            long[] counts = byM[m];
            if (counts == null) {
                continue;
            }
            for (int key = 0; key < counts.length; key++) {
                if (counts[key] != 0) {
                    tally.set(e++, m, key / valueCount, key % valueCount, counts[key]);
                }
            }
        }
        return tally;
    }

    private static Coincidences sparse(int[][] codes, int valueCount) {
        Map<Integer, Map<Long, Long>> byM = new TreeMap<>();
        long[] perValue = new long[valueCount];
        int[] inUnit = new int[valueCount];
        int[] present = new int[valueCount];
        int units = 0;
        int pairable = 0;
        int entries = 0;
        for (int[] unit : codes) {
            int m = valuesIn(unit);
            if (m < 2) {
                continue;
            }
            units++;
            pairable += m;
            int distinct = 0;
            for (int code : unit) {
                if (code >= 0) {
                    if (inUnit[code]++ == 0) {
                        present[distinct++] = code;
                    }
                    perValue[code]++;
                }
            }
            Arrays.sort(present, 0, distinct);
            Map<Long, Long> counts = byM.computeIfAbsent(m, x -> new TreeMap<>());
            for (int i = 0; i < distinct; i++) {
                int c = present[i];
                for (int j = i + 1; j < distinct; j++) {
                    int k = present[j];
                    counts.merge((long) c * valueCount + k, (long) inUnit[c] * inUnit[k], Long::sum);
                }
            }
            for (int i = 0; i < distinct; i++) {
                inUnit[present[i]] = 0;
            }
        }
        for (Map<Long, Long> counts : byM.values()) {
            entries += counts.size();
        }
        Coincidences tally = new Coincidences(units, pairable, perValue, entries);
        int e = 0;
        for (Map.Entry<Integer, Map<Long, Long>> group : byM.entrySet()) {
            for (Map.Entry<Long, Long> pair : group.getValue().entrySet()) {
                long key = pair.getKey();
                tally.set(e++, group.getKey(), (int) (key / valueCount), (int) (key % valueCount), pair.getValue());
            }
        }
        return tally;
    }

    private void set(int entry, int m, int c, int k, long count) {
        pairM[entry] = m;
        pairC[entry] = c;
        pairK[entry] = k;
        pairCount[entry] = count;
    }
}
