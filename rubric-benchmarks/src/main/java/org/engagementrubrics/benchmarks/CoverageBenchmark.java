package org.engagementrubrics.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.examples.ExampleDistrict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pair 6: contact coverage per quarter of {@value Fixtures#CONTACTS} contact records over a district of
 * {@value Fixtures#FAMILIES} families, through a {@link CoverageTally} and its result, against a hand-written
 * {@code HashMap} loop ({@link CoverageBaseline}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoverageBenchmark {

    private ExampleDistrict district;
    private List<Family> families;
    private ContactRecord[] contacts;

    /** Generates the district and materializes its contacts. */
    @Setup
    public void setUp() {
        district = Fixtures.district(Fixtures.FAMILIES);
        families = district.roster().families();
        contacts = Fixtures.contacts(district, Fixtures.CONTACTS);
    }

    /** Tallies the contacts with the library. */
    @Benchmark
    public CoverageResult ours() {
        return coverage(district, contacts);
    }

    /** Counts the families reached per quarter by hand. */
    @Benchmark
    public Map<Integer, Integer> baseline() {
        return CoverageBaseline.reachedByQuarter(families, contacts);
    }

    static CoverageResult coverage(ExampleDistrict district, ContactRecord[] contacts) {
        CoverageTally tally = CoverageTally.of(district.roster(), district.calendar(), district.goal());
        for (ContactRecord contact : contacts) {
            tally.add(contact);
        }
        return tally.result(SmallCellRule.off());
    }
}
