/**
 * Pooled results by roster group: survey results (or any pooled kind) for all responses and for each group of
 * a district's roster, responses joined to the roster by rater id, small groups withheld.
 *
 * <p>A {@link org.engagementrubrics.core.groups.GroupedTally} streams responses on a prepared instrument into
 * one {@link org.engagementrubrics.core.scoring.Tally} for all responses and one per roster group, in memory
 * that grows with the groups, the instrument and the roster, never with the responses, and merges with
 * tallies of other parts. Its {@link org.engagementrubrics.core.groups.GroupedResult} holds, per group, a
 * {@link org.engagementrubrics.core.groups.GroupResult}: the group's result, no respondents, or withheld by a
 * {@link org.engagementrubrics.core.privacy.SmallCellRule} applied to the families that responded, with
 * complementary suppression within each partition ({@code docs/privacy.md}). No family id appears in a result.
 *
 * <pre>{@code
 * GroupedTally<SurveyResult> tally = GroupedTally.of(survey, roster);
 * responses.forEach(tally::add);
 * GroupedResult<SurveyResult> result = tally.result(SmallCellRule.defaults());
 * }</pre>
 */
package org.engagementrubrics.core.groups;
