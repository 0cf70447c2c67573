package org.engagementrubrics.benchmarks;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;

/**
 * The baseline of the coverage benchmark: a hand-written loop over the contacts with a
 * {@code HashMap<String, Integer>} from family id to roster position and a {@code HashMap} from quarter to the
 * families reached in it (school years start on 1 August). Stateless.
 */
final class CoverageBaseline {

    private static final int YEAR_START_MONTH = 8;
    private static final int MONTHS_PER_QUARTER = 3;

    private CoverageBaseline() {
    }

    /**
     * Returns, per quarter, how many families of the roster were reached at least once.
     *
     * @param families the roster
     * @param contacts the contacts
     * @return the reached families by quarter key {@code schoolYear * 10 + quarter}, in key order
     */
    static Map<Integer, Integer> reachedByQuarter(List<Family> families, ContactRecord[] contacts) {
        Map<String, Integer> position = new HashMap<>(families.size() * 2);
        for (Family family : families) {
            position.put(family.id(), position.size());
        }
        Map<Integer, BitSet> reached = new HashMap<>();
        for (ContactRecord contact : contacts) {
            Integer at = position.get(contact.familyId());
            LocalDate date = contact.date();
            int monthsIn = Math.floorMod(date.getMonthValue() - YEAR_START_MONTH, 12);
            int year = date.getMonthValue() >= YEAR_START_MONTH ? date.getYear() : date.getYear() - 1;
            int key = year * 10 + monthsIn / MONTHS_PER_QUARTER + 1;
            BitSet quarter = reached.computeIfAbsent(key, k -> new BitSet(families.size()));
            if (at != null) {
                quarter.set(at);
            }
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        reached.forEach((key, bits) -> counts.put(key, bits.cardinality()));
        return counts;
    }
}
