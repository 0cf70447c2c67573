package org.engagementrubrics.core.agreement;

/** The checks and wording of the counts that every agreement result reports. */
final class Counts {

    private Counts() {
    }

    static void check(int units, int unitsLeftOut, int raters, int pairableValues) {
        if (units < 0 || unitsLeftOut < 0 || raters < 0 || pairableValues < 0) {
            throw new IllegalArgumentException("units, unitsLeftOut, raters, pairableValues: must be at least 0; were "
                    + units + ", " + unitsLeftOut + ", " + raters + ", " + pairableValues);
        }
    }

    static String units(int units) {
        return units + (units == 1 ? " unit" : " units");
    }
}
