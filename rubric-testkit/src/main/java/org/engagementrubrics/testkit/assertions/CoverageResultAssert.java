package org.engagementrubrics.testkit.assertions;

import java.util.Locale;
import java.util.Optional;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.coverage.GroupCoverage;
import org.engagementrubrics.core.coverage.PeriodCoverage;
import org.engagementrubrics.core.scoring.Explanation;

/**
 * Assertions on a {@link CoverageResult}: the families on the roster, and per period the families reached among
 * all families and in each monitored group, or that a group's figures are withheld by the small-cell rule.
 *
 * <pre>{@code
 * RubricAssertions.assertThat(coverage)
 *         .hasFamilies(120)
 *         .hasAllFamiliesReached("2026-27 Q1", 96, 120)
 *         .hasGroupReached("2026-27 Q1", "ell", 18, 25)
 *         .hasGroupWithheld("2026-27 Q1", "iep");
 * }</pre>
 *
 * <p>Periods are named by their label ({@code Period.label()}). Every failure prints the result's explanation.
 * Not thread-safe: one assertion chain at a time, as in AssertJ.
 */
public final class CoverageResultAssert extends ExplainedAssert<CoverageResultAssert, CoverageResult> {

    CoverageResultAssert(CoverageResult actual) {
        super(actual, CoverageResultAssert.class);
    }

    /**
     * Checks the number of families on the roster.
     *
     * @param expected the count
     * @return this assertion
     */
    public CoverageResultAssert hasFamilies(int expected) {
        return expect(present().actual.families() == expected, "the number of families", expected, actual.families());
    }

    /**
     * Checks how many of all families were reached in a period.
     *
     * @param periodLabel the period's label, not null
     * @param reached the families reached
     * @param families the families counted
     * @return this assertion
     */
    public CoverageResultAssert hasAllFamiliesReached(String periodLabel, int reached, int families) {
        Figures figures = period(periodLabel).allFamilies();
        return expect(shown(figures, reached, families), "all families' coverage in " + periodLabel,
                "reached " + reached + " of " + families + " families", describe(figures));
    }

    /**
     * Checks how many families of a monitored group were reached in a period.
     *
     * @param periodLabel the period's label, not null
     * @param groupId the roster group id, not null
     * @param reached the families reached
     * @param families the families in the group
     * @return this assertion
     */
    public CoverageResultAssert hasGroupReached(String periodLabel, String groupId, int reached, int families) {
        Figures figures = group(periodLabel, groupId).figures();
        return expect(shown(figures, reached, families), "the coverage of group " + groupId + " in " + periodLabel,
                "reached " + reached + " of " + families + " families", describe(figures));
    }

    /**
     * Checks that a group's figures in a period, its number of families included, are withheld by the small-cell
     * rule.
     *
     * @param periodLabel the period's label, not null
     * @param groupId the roster group id, not null
     * @return this assertion
     */
    public CoverageResultAssert hasGroupWithheld(String periodLabel, String groupId) {
        Figures figures = group(periodLabel, groupId).figures();
        return expect(figures instanceof Figures.Withheld, "the coverage of group " + groupId + " in " + periodLabel,
                "withheld", describe(figures));
    }

    private static boolean shown(Figures figures, int reached, int families) {
        return figures instanceof Figures.Shown shown && shown.reached() == reached && shown.families() == families;
    }

    private PeriodCoverage period(String periodLabel) {
        named(periodLabel, "periodLabel");
        Optional<PeriodCoverage> found = present().actual.periods().stream()
                .filter(period -> period.period().label().equals(periodLabel)).findFirst();
        if (found.isEmpty()) {
            fail("Expecting " + subject() + " to report the period " + periodLabel + ", but its periods are "
                    + actual.periods().stream().map(period -> period.period().label()).toList());
        }
        return found.orElseThrow();
    }

    private GroupCoverage group(String periodLabel, String groupId) {
        named(groupId, "groupId");
        PeriodCoverage period = period(periodLabel);
        Optional<GroupCoverage> found = period.groups().stream().filter(group -> group.groupId().equals(groupId))
                .findFirst();
        if (found.isEmpty()) {
            fail("Expecting " + subject() + " to have a row for group " + groupId + " in " + periodLabel
                    + ", but its groups are " + period.groups().stream().map(GroupCoverage::groupId).toList());
        }
        return found.orElseThrow();
    }

    private static String describe(Figures figures) {
        if (figures instanceof Figures.Shown shown) {
            return String.format(Locale.ROOT, "reached %d of %d families (%.1f%%)", shown.reached(), shown.families(),
                    shown.percent());
        }
        if (figures instanceof Figures.Withheld withheld) {
            return "withheld (" + withheld.reason() + ")";
        }
        return "no families";
    }

    @Override
    Explanation explanation() {
        return actual.explanation();
    }

    @Override
    String subject() {
        return "the coverage result (target " + actual.goal().targetPercent() + "% per "
                + actual.goal().period().name().toLowerCase(Locale.ROOT) + ")";
    }
}
