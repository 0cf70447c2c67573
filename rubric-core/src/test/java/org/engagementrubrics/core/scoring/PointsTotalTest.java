package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.engagementrubrics.core.scoring.PointsTotal.Part;
import org.engagementrubrics.core.scoring.PointsTotal.Status;
import org.junit.jupiter.api.Test;

/**
 * Known answers for points totals, each worked by hand in the comments.
 */
class PointsTotalTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void unweightedTotalSumsEarnedOverPossible() {
        // 3 of 4 + 2 of 4 + 4 of 4 = 9 of 12 = 75 %
        PointsTotal total = PointsTotal.of(List.of(
                Part.rated("a", d("3"), d("4"), BigDecimal.ONE),
                Part.rated("b", d("2"), d("4"), BigDecimal.ONE),
                Part.rated("c", d("4"), d("4"), BigDecimal.ONE)));

        assertThat(total.earned()).isEqualByComparingTo("9");
        assertThat(total.possible()).isEqualByComparingTo("12");
        assertThat(total.weightedEarned()).isEqualByComparingTo("9");
        assertThat(total.weightedPossible()).isEqualByComparingTo("12");
        assertThat(total.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("75"));
        assertThat(total.displayPercent()).hasValue(d("75.00"));
    }

    @Test
    void notApplicablePartLeavesTheDenominator() {
        // 3 of 4 + (n/a, 4) + 1 of 2 = 4 of 6 = 66.666…%, shown as 66.67
        PointsTotal total = PointsTotal.of(List.of(
                Part.rated("a", d("3"), d("4"), BigDecimal.ONE),
                Part.notApplicable("b", d("4"), BigDecimal.ONE),
                Part.rated("c", d("1"), d("2"), BigDecimal.ONE)));

        assertThat(total.earned()).isEqualByComparingTo("4");
        assertThat(total.possible()).isEqualByComparingTo("6");
        assertThat(total.percent()).hasValue(d("66.66666666666666666666666666666667"));
        assertThat(total.displayPercent()).hasValue(d("66.67"));
        assertThat(total.count(Status.NOT_APPLICABLE)).isEqualTo(1);
        assertThat(total.count(Status.RATED)).isEqualTo(2);
    }

    @Test
    void notRatedPartCountsZeroOfItsPossible() {
        // 3 of 4 + (not rated: 0 of 4) = 3 of 8 = 37.5 %
        PointsTotal total = PointsTotal.of(List.of(
                Part.rated("a", d("3"), d("4"), BigDecimal.ONE),
                Part.notRated("b", d("4"), BigDecimal.ONE)));

        assertThat(total.earned()).isEqualByComparingTo("3");
        assertThat(total.possible()).isEqualByComparingTo("8");
        assertThat(total.displayPercent()).hasValue(d("37.50"));
        assertThat(total.count(Status.NOT_RATED)).isEqualTo(1);
    }

    @Test
    void weightsMultiplyEachPartsPoints() {
        // weighted: 2×3 + 1×1 = 7 of 2×4 + 1×4 = 12 → 58.333…%, shown as 58.33; unweighted: 4 of 8
        PointsTotal total = PointsTotal.of(List.of(
                Part.rated("a", d("3"), d("4"), d("2")),
                Part.rated("b", d("1"), d("4"), BigDecimal.ONE)));

        assertThat(total.earned()).isEqualByComparingTo("4");
        assertThat(total.possible()).isEqualByComparingTo("8");
        assertThat(total.weightedEarned()).isEqualByComparingTo("7");
        assertThat(total.weightedPossible()).isEqualByComparingTo("12");
        assertThat(total.displayPercent()).hasValue(d("58.33"));
    }

    @Test
    void decimalPointsAndWeightsStayExact() {
        // 0.1 + 0.2 = 0.3 exactly of 0.5 → 60 %; weighted 1.5×0.1 + 0.5×0.2 = 0.25 of 1.5×0.25 + 0.5×0.25 = 0.5
        PointsTotal total = PointsTotal.of(List.of(
                Part.rated("a", d("0.1"), d("0.25"), d("1.5")),
                Part.rated("b", d("0.2"), d("0.25"), d("0.5"))));

        assertThat(total.earned()).isEqualByComparingTo("0.3");
        assertThat(total.possible()).isEqualByComparingTo("0.5");
        assertThat(total.weightedEarned()).isEqualByComparingTo("0.25");
        assertThat(total.weightedPossible()).isEqualByComparingTo("0.5");
        assertThat(total.displayPercent()).hasValue(d("50.00"));
    }

    @Test
    void displayPercentRoundsHalfEvenOnceFromTheExactQuotient() {
        // 1 of 800 = 0.125 % exactly: a tie, half-even keeps the even 2 → 0.12 (half-up would give 0.13)
        assertThat(single("1", "800").displayPercent()).hasValue(d("0.12"));
        // 3 of 800 = 0.375 %: a tie, the 7 is odd → 0.38
        assertThat(single("3", "800").displayPercent()).hasValue(d("0.38"));
        // 1 of 3 = 33.333…% → 33.33; 2 of 3 = 66.666…% → 66.67
        assertThat(single("1", "3").displayPercent()).hasValue(d("33.33"));
        assertThat(single("2", "3").displayPercent()).hasValue(d("66.67"));
        // the exact percent keeps 34 significant digits
        assertThat(single("1", "3").percent()).hasValue(d("33.33333333333333333333333333333333"));
    }

    private static PointsTotal single(String earned, String possible) {
        return PointsTotal.of(List.of(Part.rated("a", d(earned), d(possible), BigDecimal.ONE)));
    }

    @Test
    void percentIsEmptyWhenNothingApplies() {
        PointsTotal total = PointsTotal.of(List.of(Part.notApplicable("a", d("4"), BigDecimal.ONE)));

        assertThat(total.earned()).isEqualByComparingTo("0");
        assertThat(total.possible()).isEqualByComparingTo("0");
        assertThat(total.percent()).isEmpty();
        assertThat(total.displayPercent()).isEmpty();
        assertThat(PointsTotal.of(List.of()).percent()).isEmpty();
    }

    @Test
    void partsAreCheckedWhereTheyAreMade() {
        assertThatThrownBy(() -> Part.rated("a", d("5"), d("4"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("earned must be at most possible (4) for part 'a'; was 5");
        assertThatThrownBy(() -> Part.rated("a", d("-1"), d("4"), BigDecimal.ONE))
                .hasMessage("earned must be zero or more for part 'a'; was -1");
        assertThatThrownBy(() -> Part.rated("a", d("1"), d("4"), d("-0.5")))
                .hasMessage("weight must be zero or more for part 'a'; was -0.5");
        assertThatThrownBy(() -> new Part("a", d("1"), d("4"), BigDecimal.ONE, Status.NOT_APPLICABLE))
                .hasMessage("earned must be 0 for a part that is NOT_APPLICABLE ('a'); was 1");
        assertThatThrownBy(() -> Part.rated(" ", d("1"), d("4"), BigDecimal.ONE))
                .hasMessage("id must not be blank");
        assertThatThrownBy(() -> Part.rated("a", null, d("4"), BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessage("earned");
    }

    @Test
    void totalRefusesRepeatedIds() {
        assertThatThrownBy(() -> PointsTotal.of(List.of(
                Part.rated("a", d("1"), d("4"), BigDecimal.ONE),
                Part.notRated("a", d("4"), BigDecimal.ONE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parts[1].id must be unique; 'a' appears twice");
    }
}
