package org.engagementrubrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.validation.RubricValidator;
import org.junit.jupiter.api.Test;

/**
 * Size controls bound what the growing generators draw, and typical sizes give today's values.
 */
class SizesTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();

    @Test
    void typicalSizesGiveExactlyTheValuesOfTheGeneratorsWithoutSizes() {
        for (long seed = 0; seed < 40; seed++) {
            assertThat(Generators.instruments(Sizes.typical()).sample(seed)).isEqualTo(Generators.instruments().sample(seed));
        }
    }

    @Test
    void smallSizesBoundEveryDimensionAndStayValid() {
        SplittableRandom random = new SplittableRandom(3);
        Gen<Instrument> small = Generators.instruments(Sizes.small());
        IntStream.range(0, 300).mapToObj(i -> small.generate(random)).forEach(instrument -> {
            assertThat(VALIDATOR.validate(instrument)).isEmpty();
            assertThat(Contents.itemIds(instrument)).hasSizeLessThanOrEqualTo(8);
        });
        IntStream.range(0, 300).mapToObj(i -> Generators.stagedRubrics(Sizes.small()).generate(random)).forEach(r -> {
            assertThat(r.rows()).hasSizeLessThanOrEqualTo(2);
            assertThat(r.columns()).hasSize(2);
            r.rows().forEach(row -> row.cells().forEach(c -> assertThat(c.statements()).hasSizeLessThanOrEqualTo(2)));
        });
    }

    @Test
    void largeSizesGrowValuesBeyondTypicalAndStayValid() {
        SplittableRandom random = new SplittableRandom(5);
        int most = IntStream.range(0, 100).map(i -> {
            var survey = Generators.surveys(Sizes.large()).generate(random);
            assertThat(VALIDATOR.validate(survey)).isEmpty();
            return survey.statements().size();
        }).max().orElseThrow();
        assertThat(most).isGreaterThan(8).isLessThanOrEqualTo(40);
        assertThat(IntStream.range(0, 100).map(i -> Generators.archetypeMatrices(Sizes.typical().withRows(20))
                .generate(random).rows().size()).max().orElseThrow()).isGreaterThan(6).isLessThanOrEqualTo(20);
    }

    @Test
    void refusesBoundsBelowTheSmallestValidOneAndNamesThem() {
        assertThatThrownBy(() -> Sizes.typical().withColumns(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("columns must be at least 2; was 1");
        assertThatThrownBy(() -> Sizes.small().withRows(0)).hasMessageContaining("rows must be at least 1");
        assertThatThrownBy(() -> Generators.surveys(null)).isInstanceOf(NullPointerException.class).hasMessage("sizes");
        assertThat(Sizes.typical().withItems(8)).isSameAs(Sizes.typical());
        assertThat(Sizes.small().withPanel(3, 4)).extracting(Sizes::raters, Sizes::subjects).containsExactly(3, 4);
        assertThat(Sizes.small().withRoster(9, 1)).extracting(Sizes::families, Sizes::contacts).containsExactly(9, 1);
    }
}
