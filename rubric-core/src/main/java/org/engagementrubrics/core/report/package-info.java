/**
 * Reports people would rather look at than read: one self-contained HTML file (inline CSS and SVG, no script,
 * nothing loaded from the network) from score results, contact coverage, rater agreement and change over
 * time, for a school team or for families, in English or Spanish.
 *
 * <p>A {@link org.engagementrubrics.core.report.Report} lists the
 * {@link org.engagementrubrics.core.report.ReportSection}s; a
 * {@link org.engagementrubrics.core.report.ReportRenderer} of an
 * {@link org.engagementrubrics.core.report.Audience} and a locale renders it. Every chart has a data table and
 * a text alternative; every text from an instrument or a response is escaped by a writer that has no way to
 * write markup given as a string.
 *
 * <pre>{@code
 * Report report = Report.of(LocalDate.of(2026, 5, 1), new ReportSection.Scored(survey, result));
 * String html = ReportRenderer.of(Audience.FAMILY, Locale.forLanguageTag("es")).render(report);
 * }</pre>
 */
package org.engagementrubrics.core.report;
