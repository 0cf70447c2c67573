/**
 * Agreement statistics: how far raters agree on the values they gave the same units, beyond chance.
 *
 * <p>{@link org.engagementrubrics.core.agreement.ReliabilityData} holds units by raters, values numbers or
 * nominal categories, any of them missing. From it come Krippendorff's alpha with a
 * {@link org.engagementrubrics.core.agreement.Metric} (any number of raters, missing values allowed),
 * Fleiss' kappa (every unit rated equally often) and Cohen's kappa of two raters with
 * {@link org.engagementrubrics.core.agreement.KappaWeights}. Each is an
 * {@link org.engagementrubrics.core.agreement.AgreementResult}: an estimate with its observed and expected
 * disagreement and the numbers of units, raters and values it rests on, or undefined with the
 * {@link org.engagementrubrics.core.agreement.UndefinedReason}; never NaN, never an exception. Figures do not
 * depend on the order of units, raters or values. The package knows nothing of instruments.
 *
 * <pre>{@code
 * ReliabilityData data = ReliabilityData.ofIntegers(new Integer[][] {{1, 1}, {2, 3}, {3, 3}, {4, null}});
 * AgreementResult alpha = data.alpha(Metric.INTERVAL);
 * if (alpha instanceof AgreementResult.Estimate estimate) {
 *     double value = estimate.value();
 * }
 * }</pre>
 */
package org.engagementrubrics.core.agreement;
