package org.engagementrubrics.core.agreement;

/**
 * The metric of Krippendorff's alpha: how far apart two values are, by the level of measurement of the
 * data (Krippendorff, 2011, "Computing Krippendorff's Alpha-Reliability").
 */
public enum Metric {
    /** Values are names: any two different values are equally far apart. Applies to numbers and categories. */
    NOMINAL(Coefficient.ALPHA_NOMINAL),
    /** Values are ranks: the distance grows with the number of values rated between the two. Numbers only. */
    ORDINAL(Coefficient.ALPHA_ORDINAL),
    /** Values are on an interval scale: the squared difference. Numbers only. */
    INTERVAL(Coefficient.ALPHA_INTERVAL),
    /** Values are on a ratio scale with a true zero: the squared difference over the sum. Numbers of at least 0. */
    RATIO(Coefficient.ALPHA_RATIO);

    private final Coefficient coefficient;

    Metric(Coefficient coefficient) {
        this.coefficient = coefficient;
    }

    /**
     * Returns the coefficient that alpha with this metric reports as.
     *
     * @return the coefficient
     */
    public Coefficient coefficient() {
        return coefficient;
    }
}
