package org.engagementrubrics.core.raters;

import java.util.Objects;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.agreement.AlphaInterval;

/**
 * Krippendorff's alpha with one metric and its bootstrapped interval (or none, with alpha's reason).
 *
 * @param alpha the estimate with its observed and expected disagreement, or why it is undefined, not null
 * @param interval the interval, or why there is none, not null
 */
public record AlphaReport(AgreementResult alpha, AlphaInterval interval) {

    /**
     * Creates an alpha with its interval.
     *
     * @param alpha the estimate with its observed and expected disagreement, or why it is undefined, not null
     * @param interval the interval, or why there is none, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the interval is for another coefficient than the alpha
     */
    public AlphaReport {
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(interval, "interval");
        if (alpha.coefficient() != interval.coefficient()) {
            throw new IllegalArgumentException("interval: must be for " + alpha.coefficient() + "; was for "
                    + interval.coefficient());
        }
    }
}
