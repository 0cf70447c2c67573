package org.engagementrubrics.core.agreement;

/**
 * An agreement coefficient as reported: the statistic and its metric or weights.
 */
public enum Coefficient {
    /** Krippendorff's alpha, nominal metric. */
    ALPHA_NOMINAL("Krippendorff's alpha (nominal)"),
    /** Krippendorff's alpha, ordinal metric. */
    ALPHA_ORDINAL("Krippendorff's alpha (ordinal)"),
    /** Krippendorff's alpha, interval metric. */
    ALPHA_INTERVAL("Krippendorff's alpha (interval)"),
    /** Krippendorff's alpha, ratio metric. */
    ALPHA_RATIO("Krippendorff's alpha (ratio)"),
    /** Fleiss' (1971) kappa. */
    FLEISS_KAPPA("Fleiss' kappa"),
    /** Cohen's (1960) kappa, unweighted. */
    COHEN_KAPPA("Cohen's kappa"),
    /** Cohen's weighted kappa, linear weights. */
    COHEN_KAPPA_LINEAR("Cohen's kappa (linear weights)"),
    /** Cohen's weighted kappa, quadratic weights. */
    COHEN_KAPPA_QUADRATIC("Cohen's kappa (quadratic weights)");

    private final String label;

    Coefficient(String label) {
        this.label = label;
    }

    /**
     * Returns the coefficient's name as written in reports.
     *
     * @return such as {@code Krippendorff's alpha (interval)}
     */
    public String label() {
        return label;
    }
}
