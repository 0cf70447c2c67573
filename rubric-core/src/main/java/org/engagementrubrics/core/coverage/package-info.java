/**
 * Contact coverage: how many families were reached at least once per period, overall and per monitored
 * group, against a goal such as "100% of families hear from their child's teacher at least once per
 * quarter", with gaps between groups flagged and small groups' figures withheld.
 *
 * <p>A {@link org.engagementrubrics.core.coverage.CoverageTally} reads contact records against a roster,
 * a {@link org.engagementrubrics.core.coverage.SchoolCalendar} and a
 * {@link org.engagementrubrics.core.coverage.CoverageGoal}, in bounded memory, and merges with tallies of
 * other parts; its {@link org.engagementrubrics.core.coverage.CoverageResult} holds counts only, with each
 * withheld figure's reason ({@link org.engagementrubrics.core.privacy.SmallCellRule}) and an explanation
 * in plain text; a {@link org.engagementrubrics.core.coverage.CoverageTable} shows it as a table.
 *
 * <pre>{@code
 * CoverageTally tally = CoverageTally.of(roster, SchoolCalendar.defaults(), CoverageGoal.from(contactGoal));
 * contacts.forEach(tally::add);
 * CoverageResult result = tally.result(SmallCellRule.defaults());
 * }</pre>
 */
package org.engagementrubrics.core.coverage;
