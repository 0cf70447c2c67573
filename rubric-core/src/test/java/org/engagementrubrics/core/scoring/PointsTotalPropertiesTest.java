package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.scoring.PointsTotal.Part;
import org.engagementrubrics.core.scoring.PointsTotal.Status;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Invariants of points totals over generated parts.
 */
class PointsTotalPropertiesTest {

    /** A decimal of up to {@code max} units in its last place, with 0 to 2 decimal places. */
    private static Gen<BigDecimal> decimals(int max) {
        return Gen.ints(0, max).zip(Gen.ints(0, 2), (n, scale) -> BigDecimal.valueOf(n, scale));
    }

    private static Gen<Part> part(int index) {
        String id = "p" + index;
        return decimals(1_000).flatMap(possible -> decimals(400).flatMap(weight -> Gen.ints(0, 2).flatMap(kind -> {
            if (kind == 1) {
                return Gen.constant(Part.notRated(id, possible, weight));
            }
            if (kind == 2) {
                return Gen.constant(Part.notApplicable(id, possible, weight));
            }
            return Gen.doubles(0, 1).map(share -> Part.rated(id,
                    possible.multiply(BigDecimal.valueOf(share)).min(possible), possible, weight));
        })));
    }

    private static Gen<List<Part>> parts() {
        return random -> {
            int size = Gen.ints(0, 8).generate(random);
            List<Part> out = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                out.add(part(i).generate(random));
            }
            return out;
        };
    }

    /** Parts with a shuffled copy of them. */
    private record Shuffled(List<Part> parts, List<Part> shuffled) {
    }

    @Test
    void percentLiesBetweenZeroAndHundred() {
        Properties.forAll("points percent in [0,100]", 500, parts(), parts -> {
            PointsTotal total = PointsTotal.of(parts);
            total.percent().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
            total.displayPercent().ifPresent(p -> {
                assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                assertThat(p.scale()).isEqualTo(2);
            });
            assertThat(total.percent().isPresent()).isEqualTo(total.weightedPossible().signum() > 0);
            assertThat(total.earned()).isLessThanOrEqualTo(total.possible());
            assertThat(total.weightedEarned()).isLessThanOrEqualTo(total.weightedPossible());
        });
    }

    @Test
    void orderOfPartsNeverChangesATotal() {
        Gen<Shuffled> gen = parts().flatMap(p -> Gen.shuffled(p).map(s -> new Shuffled(p, s)));
        Properties.forAll("points order irrelevant", 500, gen, pair -> {
            PointsTotal a = PointsTotal.of(pair.parts());
            PointsTotal b = PointsTotal.of(pair.shuffled());
            assertThat(b.earned()).isEqualByComparingTo(a.earned());
            assertThat(b.possible()).isEqualByComparingTo(a.possible());
            assertThat(b.weightedEarned()).isEqualByComparingTo(a.weightedEarned());
            assertThat(b.weightedPossible()).isEqualByComparingTo(a.weightedPossible());
            assertThat(b.percent()).isEqualTo(a.percent());
            assertThat(b.displayPercent()).isEqualTo(a.displayPercent());
        });
    }

    @Test
    void notApplicablePartsNeverChangeTheDenominator() {
        Properties.forAll("points n/a leaves denominator", 500, parts(), parts -> {
            List<Part> applying = parts.stream().filter(Part::applies).toList();
            PointsTotal all = PointsTotal.of(parts);
            PointsTotal onlyApplying = PointsTotal.of(applying);
            assertThat(all.weightedPossible()).isEqualByComparingTo(onlyApplying.weightedPossible());
            assertThat(all.possible()).isEqualByComparingTo(onlyApplying.possible());
            assertThat(all.percent()).isEqualTo(onlyApplying.percent());
            assertThat(all.count(Status.NOT_APPLICABLE)).isEqualTo(parts.size() - applying.size());
        });
    }

    @Test
    void unitWeightsMakeTheWeightedSumsThePlainOnes() {
        Gen<List<Part>> unweighted = parts().map(list -> list.stream()
                .map(p -> new Part(p.id(), p.earned(), p.possible(), BigDecimal.ONE, p.status())).toList());
        Properties.forAll("points unit weights", 300, unweighted, parts -> {
            PointsTotal total = PointsTotal.of(parts);
            assertThat(total.weightedEarned()).isEqualByComparingTo(total.earned());
            assertThat(total.weightedPossible()).isEqualByComparingTo(total.possible());
        });
    }
}
