package org.engagementrubrics.core.scoring;

/**
 * The rule that every count in a result is zero or more, checked where results are made.
 */
final class NonNegativeCounts {

    private NonNegativeCounts() {
    }

    /**
     * Checks name/value pairs: every value must be zero or more.
     *
     * @param namesAndValues alternating names and {@code Integer} values
     * @throws IllegalArgumentException naming the first negative count
     */
    static void require(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            int value = (Integer) namesAndValues[i + 1];
            if (value < 0) {
                throw new IllegalArgumentException(namesAndValues[i] + " must be zero or more; was " + value);
            }
        }
    }
}
