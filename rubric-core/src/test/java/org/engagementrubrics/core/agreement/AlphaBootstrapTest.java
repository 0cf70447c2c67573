package org.engagementrubrics.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.testkit.AgreementGenerators;
import org.engagementrubrics.testkit.ReliabilityStudy;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * The bootstrapped interval of Krippendorff's alpha (Hayes &amp; Krippendorff, 2007).
 */
class AlphaBootstrapTest {

    @Test
    void identicalRatersWithVariationGiveTheIntervalOneToOne() {
        ReliabilityData data = ReliabilityData.ofIntegers(new Integer[][] {{1, 1, 1}, {2, 2, null}, {4, 4, 4}});
        AlphaInterval.Percentile interval = (AlphaInterval.Percentile) data.alphaInterval(Metric.ORDINAL,
                Bootstrap.defaults());
        assertThat(interval.lower()).isEqualTo(1.0);
        assertThat(interval.upper()).isEqualTo(1.0);
        assertThat(interval.shareBelowReliable()).isZero();
        assertThat(interval.draws()).isEqualTo(Bootstrap.DEFAULT_DRAWS);
        assertThat(interval.seed()).isEqualTo(Bootstrap.DEFAULT_SEED);
    }

    @Test
    void theSameSeedGivesTheSameIntervalAndAnotherSeedAnother() {
        ReliabilityData data = AgreementKnownAnswerTest.krippendorff2011();
        AlphaInterval first = data.alphaInterval(Metric.NOMINAL, Bootstrap.of(500, 7L));
        assertThat(data.alphaInterval(Metric.NOMINAL, Bootstrap.of(500, 7L))).isEqualTo(first);
        assertThat(data.alphaInterval(Metric.NOMINAL, Bootstrap.of(500, 8L))).isNotEqualTo(first);
    }

    @Test
    void theIntervalContainsThePointValueOnTheKrippendorff2011Data() {
        ReliabilityData data = AgreementKnownAnswerTest.krippendorff2011();
        for (Metric metric : Metric.values()) {
            AlphaInterval.Percentile interval = (AlphaInterval.Percentile) data.alphaInterval(metric,
                    Bootstrap.defaults());
            double alpha = ((AgreementResult.Estimate) data.alpha(metric)).value();
            assertThat(interval.alpha()).isEqualTo(alpha);
            assertThat(interval.lower()).as("%s", metric).isLessThan(alpha);
            assertThat(interval.upper()).as("%s", metric).isGreaterThan(alpha).isLessThanOrEqualTo(1.0);
            assertThat(interval.shareBelowTentative()).isLessThanOrEqualTo(interval.shareBelowReliable());
            assertThat(interval.shareBelowReliable()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void moreUnitsNarrowTheInterval() {
        Integer[][] once = AgreementKnownAnswerTest.transpose(new Integer[][] {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
                {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}});
        Integer[][] fourTimes = new Integer[once.length * 4][];
        for (int u = 0; u < fourTimes.length; u++) {
            fourTimes[u] = once[u % once.length];
        }
        AlphaInterval.Percentile narrow = (AlphaInterval.Percentile) ReliabilityData.ofIntegers(fourTimes)
                .alphaInterval(Metric.NOMINAL, Bootstrap.defaults());
        AlphaInterval.Percentile wide = (AlphaInterval.Percentile) ReliabilityData.ofIntegers(once)
                .alphaInterval(Metric.NOMINAL, Bootstrap.defaults());
        assertThat(narrow.upper() - narrow.lower()).isLessThan(0.75 * (wide.upper() - wide.lower()));
    }

    @Test
    void aLowerLevelGivesANarrowerInterval() {
        ReliabilityData data = AgreementKnownAnswerTest.krippendorff2011();
        AlphaInterval.Percentile at95 = (AlphaInterval.Percentile) data.alphaInterval(Metric.INTERVAL,
                Bootstrap.defaults());
        AlphaInterval.Percentile at80 = (AlphaInterval.Percentile) data.alphaInterval(Metric.INTERVAL,
                Bootstrap.defaults().withLevel(0.80));
        assertThat(at80.lower()).isGreaterThanOrEqualTo(at95.lower());
        assertThat(at80.upper()).isLessThanOrEqualTo(at95.upper());
        assertThat(at80.upper() - at80.lower()).isLessThan(at95.upper() - at95.lower());
        assertThat(at80.explanation()).startsWith("Krippendorff's alpha (interval) = 0.849, 80% bootstrap interval");
    }

    @Test
    void undefinedAlphaGivesNoIntervalWithTheSameReason() {
        ReliabilityData constant = ReliabilityData.ofIntegers(new Integer[][] {{3, 3}, {3, 3}});
        AlphaInterval interval = constant.alphaInterval(Metric.INTERVAL, Bootstrap.defaults());
        assertThat(interval).isInstanceOf(AlphaInterval.Unavailable.class);
        assertThat(((AlphaInterval.Unavailable) interval).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
        assertThat(interval.explanation()).isEqualTo("No bootstrap interval: "
                + constant.alpha(Metric.INTERVAL).explanation());
        assertThat(ReliabilityData.ofCategories(new String[][] {{"a", "b"}})
                .alphaInterval(Metric.ORDINAL, Bootstrap.defaults()))
                .isEqualTo(new AlphaInterval.Unavailable((AgreementResult.Undefined) ReliabilityData
                        .ofCategories(new String[][] {{"a", "b"}}).alpha(Metric.ORDINAL)));
    }

    @Test
    void settingsAreCheckedWithTheArgumentNamed() {
        assertThatThrownBy(() -> Bootstrap.of(0, 1L)).hasMessageContaining("draws");
        assertThatThrownBy(() -> Bootstrap.defaults().withLevel(1.0)).hasMessageContaining("level");
        assertThat(Bootstrap.defaults().withLevel(0.95)).isSameAs(Bootstrap.defaults());
        assertThat(Bootstrap.of(1_000, Bootstrap.DEFAULT_SEED)).isEqualTo(Bootstrap.defaults());
    }

    @Test
    void everyIntervalIsEqualInAnyOrderOfUnitsRatersAndValues() {
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("bootstrap intervals do not depend on order", 60, AgreementPropertiesTest.reordered(),
                r -> {
                    Bootstrap bootstrap = Bootstrap.of(50, 11L);
                    for (Metric metric : Metric.values()) {
                        AlphaInterval interval = r.study().data().alphaInterval(metric, bootstrap);
                        assertThat(r.reordered().data().alphaInterval(metric, bootstrap)).as("%s", metric)
                                .isEqualTo(interval);
                        seen.merge(interval.getClass().getSimpleName(), 1, Integer::sum);
                    }
                });
        if (Properties.coverageApplies(60)) {
            assertThat(seen).containsKeys("Percentile", "Unavailable");
        }
    }

    @Test
    void identicalGeneratedRatersWithVariationAlwaysGiveOneToOne() {
        Gen<ReliabilityStudy> copies = AgreementGenerators.studies(1, 1, false, false).flatMap(one -> random -> {
            Object[][] byUnit = new Object[one.byUnit().length][3];
            for (int u = 0; u < byUnit.length; u++) {
                Arrays.fill(byUnit[u], one.byUnit()[u][0]);
            }
            return new ReliabilityStudy(byUnit, one.integers());
        });
        Properties.forAll("identical raters: interval [1, 1]", 60, copies, study -> {
            AlphaInterval interval = study.data().alphaInterval(Metric.INTERVAL, Bootstrap.of(20, 3L));
            if (interval instanceof AlphaInterval.Percentile) {
                assertThat(((AlphaInterval.Percentile) interval).lower()).isEqualTo(1.0);
                assertThat(((AlphaInterval.Percentile) interval).upper()).isEqualTo(1.0);
            }
        });
    }
}
