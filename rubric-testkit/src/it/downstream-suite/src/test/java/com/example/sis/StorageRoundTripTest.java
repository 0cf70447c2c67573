package com.example.sis;

import static org.assertj.core.api.Assertions.assertThat;

import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.engagementrubrics.testkit.Sizes;
import org.junit.jupiter.api.Test;

/** Feature 1 of the kit: the kit's seeded generators property-test our storage round trip. */
class StorageRoundTripTest {

    private final RubricStore store = new RubricStore();

    @Test
    void everyGeneratedInstrumentComesBackEqual() {
        Properties.forAll("store then load", 200, Generators.instruments(Sizes.small()), instrument ->
                assertThat(store.load(store.save(instrument))).contains(instrument));
    }
}
