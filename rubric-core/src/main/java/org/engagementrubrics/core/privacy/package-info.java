/**
 * Small-cell suppression for published tables of group figures (contact coverage by group, survey results
 * by group): which figures may be shown, and why the others are withheld.
 *
 * <p>{@link org.engagementrubrics.core.privacy.SmallCellRule} holds the minimum group size and applies it,
 * with complementary suppression within each partition, to one table at a time, returning a
 * {@link org.engagementrubrics.core.privacy.SuppressedTable} of
 * {@link org.engagementrubrics.core.privacy.Disclosure}s. The rule, its defaults and a worked example are
 * in {@code docs/privacy.md}. This package reads group ids and counts only: it knows nothing of rosters,
 * contacts or scoring.
 */
package org.engagementrubrics.core.privacy;
