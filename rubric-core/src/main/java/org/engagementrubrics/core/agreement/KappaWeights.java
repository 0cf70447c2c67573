package org.engagementrubrics.core.agreement;

/**
 * The disagreement weights of Cohen's kappa: none (every disagreement counts fully), or growing with the
 * difference of the two numbers, linearly or quadratically.
 *
 * <p>Weighted forms read the values as numbers on the scale, so code categories as consecutive integers
 * ({@code 1, 2, … k}); the weights {@code |i-j|/(k-1)} and {@code ((i-j)/(k-1))²} then follow, the constant
 * {@code k-1} cancelling in the ratio of observed to expected disagreement.
 */
public enum KappaWeights {
    /** Every disagreement weighs 1: Cohen's (1960) kappa. Applies to numbers and categories. */
    UNWEIGHTED(Coefficient.COHEN_KAPPA),
    /** The weight is the absolute difference. Numbers only. */
    LINEAR(Coefficient.COHEN_KAPPA_LINEAR),
    /** The weight is the squared difference; approximates the intraclass correlation. Numbers only. */
    QUADRATIC(Coefficient.COHEN_KAPPA_QUADRATIC);

    private final Coefficient coefficient;

    KappaWeights(Coefficient coefficient) {
        this.coefficient = coefficient;
    }

    /**
     * Returns the coefficient that kappa with these weights reports as.
     *
     * @return the coefficient
     */
    public Coefficient coefficient() {
        return coefficient;
    }
}
