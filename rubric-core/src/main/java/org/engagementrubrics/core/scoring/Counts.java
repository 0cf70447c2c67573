package org.engagementrubrics.core.scoring;

/**
 * Checks the counts of results where they are made.
 */
final class Counts {

    private Counts() {
    }

    /**
     * Checks name/value pairs: every value must be zero or more.
     */
    static void requireNotNegative(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            int value = (Integer) namesAndValues[i + 1];
            if (value < 0) {
                throw new IllegalArgumentException(namesAndValues[i] + " must be zero or more; was " + value);
            }
        }
    }
}
