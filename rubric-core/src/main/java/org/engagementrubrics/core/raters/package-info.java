/**
 * Many raters of one instrument: what a unit and a value are per instrument kind, the aggregation of the
 * raters' values and how far they agree.
 *
 * <p>A {@link org.engagementrubrics.core.raters.Panel} reads responses grouped by subject and rater, scores
 * each once and keeps, per subject, unit and rater, one value (a position on the
 * {@link org.engagementrubrics.core.raters.PanelScale}) or a {@link org.engagementrubrics.core.raters.MissingReason}.
 * {@link org.engagementrubrics.core.raters.Consensus} aggregates it (distributions, medians, spreads, means,
 * modal categories, raters far from the median); {@link org.engagementrubrics.core.raters.AgreementReport}
 * computes the coefficients of {@code core.agreement} that suit the kind, per subject and across subjects.
 * Surveys are aggregated only, under the small-cell rule.
 *
 * <pre>{@code
 * Panel.Builder builder = Panel.builder(ScoringEngine.defaults(), instrument);
 * responses.forEach(builder::add);
 * Panel panel = builder.build();
 * Consensus consensus = Consensus.of(panel);
 * AgreementReport report = AgreementReport.of(panel, Bootstrap.defaults());
 * }</pre>
 */
package org.engagementrubrics.core.raters;
