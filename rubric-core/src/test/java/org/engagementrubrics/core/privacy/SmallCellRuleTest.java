package org.engagementrubrics.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small-cell rule on tables worked by hand (the same rule as docs/privacy.md). */
class SmallCellRuleTest {

    private static final SmallCellRule K10 = SmallCellRule.defaults();

    private static Disclosure shown(String id, int members) {
        return new Disclosure.Shown(id, members);
    }

    private static Disclosure withheld(String id, SuppressionReason reason) {
        return new Disclosure.Withheld(id, reason);
    }

    @Test
    void theFactoriesGiveTheDefaultAMinimumAndOff() {
        assertThat(SmallCellRule.defaults().minimum()).isEqualTo(10);
        assertThat(SmallCellRule.minimum(10)).isEqualTo(SmallCellRule.defaults());
        assertThat(SmallCellRule.minimum(15).minimum()).isEqualTo(15);
        assertThat(SmallCellRule.off().isOff()).isTrue();
        assertThat(SmallCellRule.minimum(11)).hasToString("SmallCellRule.minimum(11)");
        assertThat(SmallCellRule.off()).hasToString("SmallCellRule.off()");
        assertThatThrownBy(() -> SmallCellRule.minimum(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k: the minimum group size must be at least 2 (use SmallCellRule.off() to withhold"
                        + " nothing); was 1");
    }

    /** The worked example of docs/privacy.md. */
    @Test
    void theDocumentedExampleWithholdsTheSmallGroupAndTheNextSmallest() {
        SuppressedTable table = K10.suppress(120, List.of(
                GroupCell.of("race-ethnicity:asian", 4),
                GroupCell.of("race-ethnicity:black", 14),
                GroupCell.of("race-ethnicity:hispanic", 40),
                GroupCell.of("race-ethnicity:white", 58),
                GroupCell.of("iep", 12),
                GroupCell.of("multilingual-learner", 113),
                GroupCell.of("foster-care", 0)));

        assertThat(table.totalShown()).isTrue();
        assertThat(table.cells()).containsExactly(
                withheld("race-ethnicity:asian", SuppressionReason.SMALL_GROUP),
                withheld("race-ethnicity:black", SuppressionReason.COMPLEMENTARY),
                shown("race-ethnicity:hispanic", 40),
                shown("race-ethnicity:white", 58),
                shown("iep", 12),
                withheld("multilingual-learner", SuppressionReason.COMPLEMENTARY),
                shown("foster-care", 0));
    }

    @Test
    void aSmallRemainderOfAPartitionIsProtectedLikeAWithheldCell() {
        SuppressedTable table = K10.suppress(40, List.of(GroupCell.of("lang:en", 20), GroupCell.of("lang:es", 15)));

        assertThat(table.cells()).containsExactly(shown("lang:en", 20),
                withheld("lang:es", SuppressionReason.COMPLEMENTARY));
    }

    @Test
    void twoSmallCellsThatTogetherReachTheMinimumNeedNoThird() {
        SuppressedTable table = K10.suppress(100, List.of(GroupCell.of("p:a", 4), GroupCell.of("p:b", 7),
                GroupCell.of("p:c", 89)));

        assertThat(table.cells()).containsExactly(withheld("p:a", SuppressionReason.SMALL_GROUP),
                withheld("p:b", SuppressionReason.SMALL_GROUP), shown("p:c", 89));
    }

    @Test
    void twoSmallCellsBelowTheMinimumTogetherPullInTheNextSmallestTiesByGroupId() {
        SuppressedTable table = K10.suppress(100, List.of(GroupCell.of("p:d", 30), GroupCell.of("p:a", 2),
                GroupCell.of("p:b", 3), GroupCell.of("p:c", 30), GroupCell.of("p:e", 35)));

        assertThat(table.cells()).containsExactly(shown("p:d", 30),
                withheld("p:a", SuppressionReason.SMALL_GROUP), withheld("p:b", SuppressionReason.SMALL_GROUP),
                withheld("p:c", SuppressionReason.COMPLEMENTARY), shown("p:e", 35));
    }

    @Test
    void aSmallTotalWithholdsEverythingAndAnEmptyTotalNothing() {
        SuppressedTable small = K10.suppress(9, List.of(GroupCell.of("iep", 0), GroupCell.of("p:a", 9)));
        SuppressedTable empty = K10.suppress(0, List.of(GroupCell.of("iep", 0)));

        assertThat(small.totalShown()).isFalse();
        assertThat(small.cells()).containsExactly(withheld("iep", SuppressionReason.SMALL_TOTAL),
                withheld("p:a", SuppressionReason.SMALL_TOTAL));
        assertThat(empty.totalShown()).isTrue();
        assertThat(empty.cells()).containsExactly(shown("iep", 0));
    }

    @Test
    void offShowsEveryCell() {
        SuppressedTable table = SmallCellRule.off().suppress(3, List.of(GroupCell.of("iep", 1)));

        assertThat(table.totalShown()).isTrue();
        assertThat(table.disclosure("iep")).isEqualTo(shown("iep", 1));
    }

    @Test
    void tablesThatCannotBeRealAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> K10.suppress(-1, List.of())).hasMessage("total: must be at least 0; was -1");
        assertThatThrownBy(() -> K10.suppress(10, List.of(GroupCell.of("iep", 1), GroupCell.of("iep", 2))))
                .hasMessage("cells: the group 'iep' appears twice");
        assertThatThrownBy(() -> K10.suppress(10, List.of(GroupCell.of("iep", 11))))
                .hasMessage("cells: the group 'iep' has 11 members, more than the total 10");
        assertThatThrownBy(() -> K10.suppress(10, List.of(GroupCell.of("p:a", 6), GroupCell.of("p:b", 6))))
                .hasMessageStartingWith("cells: the values of the partition p have 12 members together, more than"
                        + " the total 10");
        assertThatThrownBy(() -> GroupCell.of(":a", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupCell.of("a", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> K10.suppress(10, List.of()).disclosure("iep"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
