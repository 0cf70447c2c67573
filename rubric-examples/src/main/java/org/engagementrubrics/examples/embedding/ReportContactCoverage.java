package org.engagementrubrics.examples.embedding;

import java.io.PrintStream;
import java.util.Objects;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTable;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.examples.ExampleDistrict;
import org.engagementrubrics.examples.SeedInstruments;

/**
 * What a district office does each quarter: count which families heard from the school against the guardian
 * survey's goal ("each family hears from their child's teacher at least once per quarter"), by group, with
 * small groups withheld, and print the table for a report.
 *
 * <pre>{@code
 * java -cp rubric.jar org.engagementrubrics.examples.embedding.ReportContactCoverage
 * }</pre>
 */
public final class ReportContactCoverage {

    private ReportContactCoverage() {
    }

    /**
     * Runs the example on the 5,000-family example district, printing the coverage table.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED), System.out);
    }

    /**
     * Runs the example on a district.
     *
     * @param district the roster and contacts, not null
     * @param out where to print, not null
     * @return the coverage result the table shows
     */
    public static CoverageResult run(ExampleDistrict district, PrintStream out) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(out, "out");
        // 1. The goal comes from the survey; its monitored groups are renamed to the roster's own group ids.
        CoverageGoal goal = CoverageGoal.from(SeedInstruments.guardianSurvey().goals().get(0),
                ExampleDistrict.rosterGroups());

        // 2. A tally reads the contacts as they stream past (any order, any number) in families x periods memory.
        CoverageTally tally = CoverageTally.of(district.roster(), district.calendar(), goal);
        for (ContactRecord contact : district.contacts()) {
            tally.add(contact);
        }

        // 3. The four quarters of 2025-26, groups of fewer than 10 families withheld; July's calls fall outside.
        CoverageResult result = tally.result(SmallCellRule.defaults(), ExampleDistrict.SCHOOL_YEAR_START,
                ExampleDistrict.SCHOOL_YEAR_START.plusYears(1).minusDays(1));

        out.println("Families reached per quarter, " + district.roster().size() + "-family example district:");
        out.print(CoverageTable.of(result).toText());
        return result;
    }
}
