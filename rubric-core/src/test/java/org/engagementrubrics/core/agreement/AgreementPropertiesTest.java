package org.engagementrubrics.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.testkit.AgreementGenerators;
import org.engagementrubrics.testkit.ReliabilityStudy;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the agreement statistics over generated studies.
 */
class AgreementPropertiesTest {

    private static final int CASES = 300;

    /** A study and the same study with its units, raters and each unit's values reordered. */
    record Reordered(ReliabilityStudy study, ReliabilityStudy reordered, ReliabilityStudy unitsAndRatersOnly) {
    }

    static Gen<Reordered> reordered() {
        return AgreementGenerators.studies(1, 6, false, true).flatMap(study -> random -> {
            int raters = study.raters();
            List<Integer> raterOrder = Gen.shuffle(range(raters), random);
            List<Object[]> units = new ArrayList<>();
            List<Object[]> unitsAndRaters = new ArrayList<>();
            for (Object[] unit : study.byUnit()) {
                Object[] moved = new Object[raters];
                for (int r = 0; r < raters; r++) {
                    moved[r] = unit[raterOrder.get(r)];
                }
                unitsAndRaters.add(moved);
                units.add(Gen.shuffle(Arrays.asList(moved), random).toArray());
            }
            long seed = random.nextLong();
            return new Reordered(study, new ReliabilityStudy(shuffled(units, seed), study.integers()),
                    new ReliabilityStudy(shuffled(unitsAndRaters, seed), study.integers()));
        });
    }

    private static Object[][] shuffled(List<Object[]> units, long seed) {
        return Gen.shuffled(units).sample(seed).toArray(new Object[0][]);
    }

    private static List<Integer> range(int n) {
        List<Integer> range = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            range.add(i);
        }
        return range;
    }

    @Test
    void everyFigureIsEqualInAnyOrderOfUnitsRatersAndValues() {
        Properties.forAll("figures do not depend on order", CASES, reordered(), r -> {
            ReliabilityData data = r.study().data();
            ReliabilityData reordered = r.reordered().data();
            ReliabilityData unitsAndRaters = r.unitsAndRatersOnly().data();
            for (Metric metric : Metric.values()) {
                assertThat(reordered.alpha(metric)).as("%s", metric).isEqualTo(data.alpha(metric));
            }
            assertThat(reordered.fleissKappa()).isEqualTo(data.fleissKappa());
            for (KappaWeights weights : KappaWeights.values()) {
                // Cohen's kappa compares two named raters: their values stay theirs
                assertThat(unitsAndRaters.cohenKappa(weights)).as("%s", weights).isEqualTo(data.cohenKappa(weights));
            }
        });
    }

    @Test
    void identicalRatersWithSomeVariationAgreePerfectly() {
        Gen<ReliabilityStudy> copies = AgreementGenerators.studies(1, 1, false, false).flatMap(one -> random -> {
            int raters = random.nextInt(2, 6);
            Object[][] byUnit = new Object[one.byUnit().length][raters];
            for (int u = 0; u < byUnit.length; u++) {
                Arrays.fill(byUnit[u], one.byUnit()[u][0]);
            }
            return new ReliabilityStudy(byUnit, one.integers());
        });
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("identical raters agree perfectly", CASES, copies, study -> {
            ReliabilityData data = study.data();
            boolean varies = Arrays.stream(data.codes()).filter(unit -> unit[0] >= 0).mapToInt(unit -> unit[0])
                    .distinct().count() > 1;
            List<AgreementResult> results = new ArrayList<>();
            for (Metric metric : Metric.values()) {
                results.add(data.alpha(metric));
            }
            results.add(data.fleissKappa());
            if (data.raters() == 2) {
                for (KappaWeights weights : KappaWeights.values()) {
                    results.add(data.cohenKappa(weights));
                }
            }
            for (AgreementResult result : results) {
                if (varies) {
                    assertThat(result).isInstanceOf(AgreementResult.Estimate.class);
                    assertThat(((AgreementResult.Estimate) result).value()).as("%s", result).isEqualTo(1.0);
                    assertThat(((AgreementResult.Estimate) result).observedDisagreement()).isEqualTo(0.0);
                    seen.merge("varies", 1, Integer::sum);
                } else {
                    assertThat(((AgreementResult.Undefined) result).reason())
                            .isIn(UndefinedReason.NO_VARIATION, UndefinedReason.NO_PAIRABLE_VALUES);
                    seen.merge("constant", 1, Integer::sum);
                }
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).containsKeys("varies", "constant");
        }
    }

    @Test
    void aSecondRaterCopyingTheFirstNeverLowersObservedAgreement() {
        Gen<ReliabilityStudy> pairs = AgreementGenerators.studies(2, 2, false, false);
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("a copying rater never lowers observed agreement", CASES, pairs, study -> {
            Object[][] withCopy = new Object[study.byUnit().length][];
            for (int u = 0; u < withCopy.length; u++) {
                Object[] unit = study.byUnit()[u];
                withCopy[u] = new Object[] {unit[0], unit[1], unit[0]};
            }
            ReliabilityData before = study.data();
            ReliabilityData after = new ReliabilityStudy(withCopy, study.integers()).data();
            // not ORDINAL: its distances are ranks among all pairable values, which the copies move
            for (Metric metric : List.of(Metric.NOMINAL, Metric.INTERVAL, Metric.RATIO)) {
                AgreementResult was = before.alpha(metric);
                AgreementResult is = after.alpha(metric);
                if (was instanceof AgreementResult.Estimate && is instanceof AgreementResult.Estimate) {
                    assertThat(((AgreementResult.Estimate) is).observedDisagreement()).as("%s", metric)
                            .isLessThanOrEqualTo(((AgreementResult.Estimate) was).observedDisagreement() + 1e-12);
                    seen.merge(metric.name(), 1, Integer::sum);
                }
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).containsKeys("NOMINAL", "INTERVAL", "RATIO");
            assertThat(seen.get("NOMINAL")).isGreaterThan(CASES / 2);
        }
    }

    @Test
    void withMoreRatersACopyOfAMinorityRaterCanRaiseObservedDisagreement() {
        // Why the property above is stated for two raters: in a unit rated 1, 1, 1, 2 the pairs disagree
        // half the time (D_o = 2/4); copying the rater of 2 gives 1, 1, 1, 2, 2 and D_o = 3/5.
        ReliabilityData before = ReliabilityData.ofIntegers(new Integer[][] {{1, 1, 1, 2}, {1, 1, 2, 2}});
        ReliabilityData after = ReliabilityData.ofIntegers(new Integer[][] {{1, 1, 1, 2, 2}, {1, 1, 2, 2, 2}});
        assertThat(((AgreementResult.Estimate) after.alpha(Metric.NOMINAL)).observedDisagreement())
                .isGreaterThan(((AgreementResult.Estimate) before.alpha(Metric.NOMINAL)).observedDisagreement());
    }
}
