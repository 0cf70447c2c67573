package org.engagementrubrics.core.raters;

import org.engagementrubrics.core.internal.Arguments;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.scoring.Explanation;

/**
 * The agreement of the raters of one subject, or of all subjects together (units are then subject × unit):
 * the coefficients that suit the instrument kind.
 *
 * @param scope the subject's id, or {@value AgreementReport#ALL_SUBJECTS} for all subjects together
 * @param units the units (with or without values)
 * @param raters the raters
 * @param pairableValues the values in units with at least two values
 * @param alphas Krippendorff's alpha with each suited metric and its interval, not null
 * @param fleissKappa Fleiss' kappa, or why the data do not qualify, not null
 * @param cohenKappas Cohen's kappa with the suited weights, only with exactly two raters (else empty)
 * @param explanation the figures in words, not null
 */
public record AgreementFigures(String scope, int units, int raters, int pairableValues, List<AlphaReport> alphas,
        AgreementResult fleissKappa, List<AgreementResult> cohenKappas, Explanation explanation) {

    /**
     * Creates the agreement figures of one scope, copying the lists.
     *
     * @param scope the subject's id, or {@value AgreementReport#ALL_SUBJECTS} for all subjects together
     * @param units the units (with or without values)
     * @param raters the raters
     * @param pairableValues the values in units with at least two values
     * @param alphas Krippendorff's alpha with each suited metric and its interval, not null
     * @param fleissKappa Fleiss' kappa, or why the data do not qualify, not null
     * @param cohenKappas Cohen's kappa with the suited weights, only with exactly two raters (else empty)
     * @param explanation the figures in words, not null
     * @throws NullPointerException if a component or a list element is null
     * @throws IllegalArgumentException if a count is negative
     */
    public AgreementFigures {
        Objects.requireNonNull(scope, "scope");
        alphas = Arguments.copyOf(alphas, "alphas");
        Objects.requireNonNull(fleissKappa, "fleissKappa");
        cohenKappas = Arguments.copyOf(cohenKappas, "cohenKappas");
        Objects.requireNonNull(explanation, "explanation");
        if (units < 0 || raters < 0 || pairableValues < 0) {
            throw new IllegalArgumentException("units, raters, pairableValues: must be at least 0; were " + units
                    + ", " + raters + ", " + pairableValues);
        }
    }
}
