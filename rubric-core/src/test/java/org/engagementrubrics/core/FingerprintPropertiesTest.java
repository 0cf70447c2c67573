package org.engagementrubrics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints are equal exactly when instruments are equal.
 */
class FingerprintPropertiesTest {

    @Test
    void fingerprintIsStableAcrossCallsAndParsesBack() {
        Properties.forAll("fingerprint stable across calls", 300, Generators.instruments(), instrument -> {
            Fingerprint first = instrument.fingerprint();
            assertThat(instrument.fingerprint()).isEqualTo(first);
            assertThat(Fingerprint.of(instrument)).isEqualTo(first);
            assertThat(Fingerprint.parse(first.toString())).isEqualTo(first);
            assertThat(first.value()).matches("sha256:[0-9a-f]{64}");
        });
    }

    @Test
    void equalCopiesRebuiltFromComponentsHaveEqualFingerprints() {
        Properties.forAll("rebuilt copy, same fingerprint", 300, Generators.instruments(), instrument -> {
            Instrument copy = Rebuilder.copy(instrument);
            assertThat(copy).isNotSameAs(instrument).isEqualTo(instrument).hasSameHashCodeAs(instrument);
            assertThat(copy.fingerprint()).isEqualTo(instrument.fingerprint());
        });
    }

    @Test
    void aOneFieldMutationChangesTheFingerprint() {
        record Case(Instrument instrument, Rebuilder.Site site, int index) {
        }
        Gen<Case> gen = Generators.instruments().flatMap(instrument -> {
            Map<Rebuilder.Site, Integer> counts = Rebuilder.count(instrument);
            List<Rebuilder.Site> present = new ArrayList<>();
            counts.forEach((site, n) -> {
                if (n > 0) {
                    present.add(site);
                }
            });
            return Gen.elements(present).flatMap(site -> Gen.ints(0, counts.get(site) - 1)
                    .map(index -> new Case(instrument, site, index)));
        });
        Map<Rebuilder.Site, Integer> exercised = new EnumMap<>(Rebuilder.Site.class);
        Properties.forAll("one-field mutation, different fingerprint", 500, gen, c -> {
            Rebuilder.Mutation mutation = Rebuilder.mutate(c.instrument(), c.site(), c.index());
            Instrument mutated = mutation.instrument();
            assertThat(mutated).as(mutation.change()).isNotEqualTo(c.instrument());
            assertThat(mutated.fingerprint()).as(mutation.change()).isNotEqualTo(c.instrument().fingerprint());
            assertThat(Rebuilder.copy(mutated).fingerprint()).as("rebuilt mutation").isEqualTo(mutated.fingerprint());
            exercised.merge(c.site(), 1, Integer::sum);
        });
        if (Properties.coverageApplies(500)) {
            assertThat(exercised).containsOnlyKeys(Rebuilder.Site.values());
            exercised.values().forEach(n -> assertThat(n).isGreaterThan(20));
        }
    }

    @Test
    void fingerprintsAreEqualExactlyWhenInstrumentsAreEqual() {
        record Pair(Instrument a, Instrument b) {
        }
        Gen<Pair> gen = Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).zip(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE),
                (s1, s2) -> new long[] {s1, s2}).zip(Gen.chance(0.3), (seeds, same) -> new Pair(
                        Generators.instruments().sample(seeds[0]),
                        Generators.instruments().sample(same ? seeds[0] : seeds[1])));
        int[] equal = new int[1];
        Properties.forAll("fingerprint equal iff instruments equal", 300, gen, p -> {
            boolean same = p.a().equals(p.b());
            assertThat(p.a().fingerprint().equals(p.b().fingerprint())).as("equal fingerprints").isEqualTo(same);
            if (same) {
                equal[0]++;
            }
        });
        if (Properties.coverageApplies(300)) {
            assertThat(equal[0]).isGreaterThan(30);
        }
    }
}
