package org.engagementrubrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runner derives case seeds deterministically and reports failures with their seeds.
 */
class PropertyRunnerTest {

    private record Boxed(int value) {
        @Override
        public String toString() {
            return "Boxed<" + value + ">";
        }
    }

    @Test
    void aFailingPropertyReportsTheBaseSeedTheCaseSeedTheValueAndHowToRerun() {
        long base = 987_654_321L;
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> Properties.forAll("always fails",
                50, base, Gen.ints(1, 1000).map(Boxed::new), b -> assertThat(b.value()).isNegative()));

        assertThat(failure).isNotNull().isInstanceOf(AssertionError.class);
        assertThat(failure.caseIndex()).isZero();
        assertThat(failure.baseSeed()).isEqualTo(base);
        assertThat(failure.caseSeed()).isEqualTo(Properties.caseSeed(base, "always fails", 0));
        assertThat(failure.value()).isEqualTo(Properties.generate(Gen.ints(1, 1000).map(Boxed::new), failure.caseSeed()));
        assertThat(failure.getMessage())
                .contains("Property 'always fails' failed on case 1 of 50")
                .contains("base seed: " + base)
                .contains("case seed: " + failure.caseSeed())
                .contains("-Drubric.seed=" + base)
                .contains("-Drubric.caseSeed=" + failure.caseSeed())
                .contains("-Dtest=PropertyRunnerTest#aFailingPropertyReportsTheBaseSeedTheCaseSeedTheValueAndHowToRerun")
                .contains("value: " + failure.value())
                .contains("to be less than");
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void theFirstFailingCaseIsReportedAndReplaysFromItsSeed() {
        Gen<Integer> gen = Gen.ints(0, 99);
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> Properties.forAll("fails on big values", 500, 42L, gen, i -> assertThat(i).isLessThan(90)));

        assertThat(failure).isNotNull();
        assertThat((Integer) failure.value()).isGreaterThanOrEqualTo(90);
        for (int i = 0; i < failure.caseIndex(); i++) {
            assertThat(Properties.generate(gen, Properties.caseSeed(42L, "fails on big values", i))).isLessThan(90);
        }
        assertThatThrownBy(() -> Properties.replay(failure.caseSeed(), gen, i -> assertThat(i).isLessThan(90)))
                .isInstanceOf(PropertyFailure.class)
                .hasMessageContaining("value: " + failure.value());
    }

    @Test
    void aThrowingGeneratorIsReportedWithItsSeed() {
        Gen<Integer> broken = Gen.ints(0, 9).filter(i -> i > 100, 5);
        assertThatThrownBy(() -> Properties.forAll("broken generator", 3, 7L, broken, i -> { }))
                .isInstanceOf(PropertyFailure.class)
                .hasMessageContaining("could not generate its value on case 1 of 3")
                .hasMessageContaining("base seed: 7")
                .hasMessageContaining("case seed: " + Properties.caseSeed(7L, "broken generator", 0))
                .hasCauseInstanceOf(GenerationException.class);
    }

    @Test
    void runsAreDeterministicForABaseSeedAndDifferAcrossSeedsAndNames() {
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        List<Integer> otherSeed = new ArrayList<>();
        List<Integer> otherName = new ArrayList<>();
        Gen<Integer> gen = Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
        Properties.forAll("p", 20, 1L, gen, first::add);
        Properties.forAll("p", 20, 1L, gen, second::add);
        Properties.forAll("p", 20, 2L, gen, otherSeed::add);
        Properties.forAll("q", 20, 1L, gen, otherName::add);

        assertThat(first).hasSize(20).isEqualTo(second).isNotEqualTo(otherSeed).isNotEqualTo(otherName);
        assertThat(first).doesNotHaveDuplicates();
    }

    @Test
    void theDefaultBaseSeedIsFixedUnlessTheSystemPropertyIsSet() {
        String configured = System.getProperty(Properties.SEED_PROPERTY);
        if (configured == null) {
            assertThat(Properties.baseSeed()).isEqualTo(Properties.DEFAULT_SEED);
        } else if (!configured.equalsIgnoreCase("random")) {
            assertThat(Properties.baseSeed()).isEqualTo(Long.decode(configured.strip()));
        }
        assertThat(Properties.baseSeed()).as("stable within a run").isEqualTo(Properties.baseSeed());
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> Properties.forAll("none", 0, 1L, Gen.constant(1), i -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
