package org.engagementrubrics.core.coverage;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.scoring.Explanation;

/**
 * Contact coverage by period and group against a {@link CoverageGoal}: how many families were reached at
 * least once in each period, overall and per monitored group, with small groups' figures withheld by a
 * {@link SmallCellRule}. Counts only: no family id appears in a result (a {@link CoverageTally} gives the
 * outreach lists).
 *
 * <pre>{@code
 * CoverageResult result = tally.result(SmallCellRule.defaults());
 * String text = result.explanation().toText();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param goal the goal measured against, not null
 * @param rule the small-cell rule applied, not null
 * @param calendar the school calendar that made the periods, not null
 * @param families the number of families on the roster, at least 0
 * @param periods the periods reported, in order, not null
 * @param contactsOutsidePeriods the contacts dated outside every period reported (only when a range was
 *     given), at least 0
 * @param explanation the whole result in plain text, not null
 */
public record CoverageResult(CoverageGoal goal, SmallCellRule rule, SchoolCalendar calendar, int families,
        List<PeriodCoverage> periods, long contactsOutsidePeriods, Explanation explanation) {

    /**
     * Creates a result, copying the list of periods.
     *
     * @param goal the goal measured against, not null
     * @param rule the small-cell rule applied, not null
     * @param calendar the school calendar that made the periods, not null
     * @param families the number of families on the roster, at least 0
     * @param periods the periods reported, in order, not null
     * @param contactsOutsidePeriods the contacts dated outside every period reported (only when a range was
     *        given), at least 0
     * @param explanation the whole result in plain text, not null
     * @throws IllegalArgumentException if a count is negative
     */
    public CoverageResult {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(calendar, "calendar");
        if (families < 0 || contactsOutsidePeriods < 0) {
            throw new IllegalArgumentException("families and contactsOutsidePeriods: must be at least 0; were "
                    + families + " and " + contactsOutsidePeriods);
        }
        periods = Arguments.copyOf(periods, "periods");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns the coverage of one period.
     *
     * @param period the period, not null
     * @return its coverage
     * @throws IllegalArgumentException if the period is not reported
     */
    public PeriodCoverage period(Period period) {
        Objects.requireNonNull(period, "period");
        for (PeriodCoverage coverage : periods) {
            if (coverage.period().equals(period)) {
                return coverage;
            }
        }
        throw new IllegalArgumentException("period: " + period.label() + " is not reported");
    }

    /**
     * Returns the contacts, over every period reported, with a family id not on the roster.
     *
     * @return the count
     */
    public long unrosteredContacts() {
        return periods.stream().mapToLong(PeriodCoverage::unrosteredContacts).sum();
    }
}
