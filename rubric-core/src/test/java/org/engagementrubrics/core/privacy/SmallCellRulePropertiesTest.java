package org.engagementrubrics.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * Invariants of small-cell suppression over generated tables: up to three partitions of up to five values
 * and up to three flag groups, with sizes skewed towards small cells, checked by subtraction from what the
 * table shows rather than by re-running the rule.
 */
class SmallCellRulePropertiesTest {

    private static final int CASES = 500;

    /** A generated table: the rule, the total, and the cells in a generated order. */
    record Table(SmallCellRule rule, int total, List<GroupCell> cells) {
    }

    static Gen<Table> tables() {
        return random -> {
            int total = random.nextInt(0, 4) == 0 ? random.nextInt(0, 12) : random.nextInt(0, 120);
            List<GroupCell> cells = new ArrayList<>();
            int partitions = random.nextInt(0, 4);
            for (int p = 0; p < partitions; p++) {
                int left = total;
                int values = random.nextInt(1, 6);
                for (int v = 0; v < values && left >= 0; v++) {
                    int members = random.nextBoolean() ? random.nextInt(0, Math.min(left, 12) + 1)
                            : random.nextInt(0, left + 1);
                    cells.add(GroupCell.of("p" + p + ":v" + v, members));
                    left -= members;
                }
            }
            int flags = random.nextInt(0, 4);
            for (int f = 0; f < flags; f++) {
                int members = random.nextBoolean() ? random.nextInt(0, total + 1)
                        : Math.max(0, total - random.nextInt(0, 12));
                cells.add(GroupCell.of("flag" + f, members));
            }
            SmallCellRule rule = random.nextInt(10) == 0 ? SmallCellRule.off() : SmallCellRule.minimum(random.nextInt(2, 16));
            return new Table(rule, total, Gen.shuffle(cells, random));
        };
    }

    @Test
    void whatIsLeftBySubtractionInAPartitionIsNothingOrAtLeastTheMinimum() {
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("suppression leaves nothing small to subtract", CASES, tables(), t -> {
            SuppressedTable table = t.rule().suppress(t.total(), t.cells());
            int k = t.rule().minimum();
            Map<String, Integer> members = new HashMap<>();
            t.cells().forEach(c -> members.put(c.groupId(), c.members()));
            if (!table.totalShown()) {
                assertThat(t.rule().isSmall(t.total())).isTrue();
                assertThat(table.cells()).allSatisfy(d -> assertThat(d).isEqualTo(
                        new Disclosure.Withheld(d.groupId(), SuppressionReason.SMALL_TOTAL)));
                seen.merge("small total", 1, Integer::sum);
                return;
            }
            Map<String, List<Disclosure>> partitions = new TreeMap<>();
            for (Disclosure d : table.cells()) {
                int colon = d.groupId().indexOf(':');
                partitions.computeIfAbsent(colon < 0 ? "flag " + d.groupId() : d.groupId().substring(0, colon),
                        x -> new ArrayList<>()).add(d);
                if (d instanceof Disclosure.Shown shown) {
                    assertThat(t.rule().isSmall(shown.members())).as("small cell shown: %s", d).isFalse();
                    assertThat(shown.members()).isEqualTo(members.get(d.groupId()));
                } else {
                    seen.merge(((Disclosure.Withheld) d).reason().name(), 1, Integer::sum);
                }
            }
            for (List<Disclosure> partition : partitions.values()) {
                int shownMembers = 0;
                int inCells = 0;
                int unpublished = 0;
                boolean small = false;
                for (Disclosure d : partition) {
                    int size = members.get(d.groupId());
                    inCells += size;
                    if (d.shown()) {
                        shownMembers += size;
                    } else {
                        unpublished++;
                        small |= t.rule().isSmall(size);
                    }
                }
                int remainder = t.total() - inCells;
                if (remainder > 0) {
                    unpublished++;
                    small |= t.rule().isSmall(remainder);
                }
                int left = t.total() - shownMembers;
                assertThat(left == 0 || left >= k || t.rule().isOff()).as("left by subtraction: %d in %s", left,
                        partition).isTrue();
                if (small) {
                    assertThat(unpublished).as("unpublished cells with a small one in %s", partition)
                            .isGreaterThanOrEqualTo(2);
                    seen.merge("small unpublished", 1, Integer::sum);
                }
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).containsOnlyKeys("small total", "SMALL_GROUP", "COMPLEMENTARY", "small unpublished");
            seen.values().forEach(n -> assertThat(n).isGreaterThan(20));
        }
    }

    @Test
    void theDecisionForEachGroupDoesNotDependOnTheOrderOfTheCells() {
        Properties.forAll("suppression ignores cell order", CASES, tables().flatMap(t -> random -> List.of(t,
                new Table(t.rule(), t.total(), Gen.shuffle(t.cells(), random)))), pair -> {
            Table one = pair.get(0);
            Table other = pair.get(1);
            SuppressedTable a = one.rule().suppress(one.total(), one.cells());
            SuppressedTable b = other.rule().suppress(other.total(), other.cells());
            for (GroupCell cell : one.cells()) {
                assertThat(b.disclosure(cell.groupId())).isEqualTo(a.disclosure(cell.groupId()));
            }
            assertThat(a.cells()).extracting(Disclosure::groupId)
                    .containsExactlyElementsOf(one.cells().stream().map(GroupCell::groupId).toList());
        });
    }
}
