package org.engagementrubrics.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;

/**
 * A made-up school district, generated from a seed: its roster of families with their groups, a school
 * year of contact records, and the seed guardian survey's contact goal, for trying contact coverage at a
 * realistic size.
 *
 * <pre>{@code
 * ExampleDistrict district = ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED);   // 5,000 families
 * CoverageResult result = district.coverage(SmallCellRule.defaults());
 * System.out.print(CoverageTable.of(result).toText());
 * district.writeCsv(Path.of("roster.csv"), Path.of("contacts.csv"));
 * }</pre>
 *
 * <h2>The families</h2>
 * Every family has one value of the partition {@code race-ethnicity} and may be in the flag groups
 * {@code iep}, {@code multilingual-learner} and {@code free-reduced-lunch}. The sizes are exact shares of
 * the families, shuffled by the seed: {@code race-ethnicity:hispanic} (the rest, about 48%), {@code white}
 * 28%, {@code black} 13%, {@code two-or-more} 7%, {@code asian} 4% and {@code pacific-islander} always 7
 * families; {@code iep} 14%, {@code multilingual-learner} 21%, {@code free-reduced-lunch} 56%. Under the
 * default small-cell rule {@code pacific-islander} is withheld as a small group and, since every family has
 * a value, {@code asian} (the next smallest) is withheld with it so that it cannot be recovered by
 * subtraction. Family ids are {@code fam-00001} onwards.
 *
 * <h2>The contacts</h2>
 * School year 2025-26 (the default calendar: years start on 1 August; school days from 13 August 2025 to
 * 12 June 2026, weekdays only). In each quarter a family is reached with a probability that depends on its
 * groups: a base rate per quarter (95%, 92%, 86%, 90%), times 0.76 for {@code multilingual-learner}, 0.95
 * for {@code free-reduced-lunch} and 1.04 for {@code iep}; so {@code multilingual-learner} falls well over
 * 10 points below all families and is flagged. A reached family has one to three contacts (by email,
 * phone, text, conference or home visit, mostly from its teacher {@code t-001}..., sometimes from support
 * staff {@code s-01}...{@code s-04}). Besides: welcome calls in the last weeks of July 2025, outside the
 * four quarters, and a few contacts with families who left the district during the year, ids after the
 * roster's, not on it. The contacts come in date order, then family id.
 *
 * <h2>The goal</h2>
 * {@link #goal()} is the guardian survey's contact goal ({@link SeedInstruments#guardianSurvey()}: 100%
 * per quarter) with its monitored groups renamed to this roster's groups by {@link #rosterGroups()}.
 *
 * <p>The same seed and size always give the same district, on any JVM ({@link Random} is specified to the
 * bit). The roster is held in memory; the contacts are generated again, quarter by quarter, each time
 * {@link #contacts()} is iterated. This class is immutable and thread-safe.
 */
public final class ExampleDistrict {

    /** The first day of the school year the contacts cover, 2025-26: 1 August 2025 (the default calendar). */
    public static final LocalDate SCHOOL_YEAR_START = LocalDate.of(2025, 8, 1);
    /** The number of families of {@link #generate(long)}. */
    public static final int DEFAULT_FAMILIES = 5_000;
    /** The seed the examples and the demo use. */
    public static final long DEFAULT_SEED = 2025L;
    /** The fewest families: with fewer, {@code race-ethnicity:asian} would itself be small. */
    public static final int MIN_FAMILIES = 250;
    /** The most families. */
    public static final int MAX_FAMILIES = 1_000_000;

    /** The partition values, in the order of {@link #RACE_SHARES}; the last one takes the rest. */
    private static final List<String> RACE = List.of("pacific-islander", "asian", "two-or-more", "black", "white",
            "hispanic");
    /** Per mille of families for each value but the first (a fixed count) and the last (the rest). */
    private static final int[] RACE_SHARES = {0, 40, 70, 130, 280};
    private static final int PACIFIC_ISLANDER_FAMILIES = 7;
    private static final List<String> FLAGS = List.of("iep", "multilingual-learner", "free-reduced-lunch");
    private static final int[] FLAG_SHARES = {140, 210, 560};
    private static final int FAMILIES_PER_TEACHER = 22;

    private static final Map<String, String> ROSTER_GROUPS;

    static {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("racial-demographic-groups", "race-ethnicity");
        groups.put("students-with-ieps", "iep");
        groups.put("multilingual-learners", "multilingual-learner");
        groups.put("free-reduced-lunch", "free-reduced-lunch");
        ROSTER_GROUPS = Collections.unmodifiableMap(groups);
    }

    private final long seed;
    private final Roster roster;
    private final String[] ids;
    private final int[] race;
    private final int[] flags;
    private final CoverageGoal goal;
    private final ExampleContacts contacts;

    private ExampleDistrict(long seed, int families) {
        this.seed = seed;
        Random random = new Random(seed);
        this.race = shuffled(raceCounts(families), random);
        this.flags = new int[families];
        for (int f = 0; f < FLAGS.size(); f++) {
            int members = share(families, FLAG_SHARES[f]);
            int[] member = shuffled(new int[] {families - members, members}, random);
            for (int i = 0; i < families; i++) {
                flags[i] |= member[i] << f;
            }
        }
        int[] teachers = new int[families];
        int teacherCount = (families + FAMILIES_PER_TEACHER - 1) / FAMILIES_PER_TEACHER;
        Arrays.setAll(teachers, i -> random.nextInt(teacherCount));
        String format = "fam-%0" + Math.max(5, Integer.toString(families).length()) + "d";
        this.ids = new String[families];
        List<Family> list = new ArrayList<>(families);
        for (int i = 0; i < families; i++) {
            ids[i] = String.format(format, i + 1);
            list.add(Family.of(ids[i], groups(i)));
        }
        this.roster = Roster.of(list);
        this.goal = CoverageGoal.from(SeedInstruments.guardianSurvey().goals().get(0), ROSTER_GROUPS);
        this.contacts = new ExampleContacts(seed, ids, flags, teachers, format);
    }

    /**
     * Obtains the district of {@value #DEFAULT_FAMILIES} families generated from a seed.
     *
     * @param seed the seed, such as {@link #DEFAULT_SEED}
     * @return the district
     */
    public static ExampleDistrict generate(long seed) {
        return generate(seed, DEFAULT_FAMILIES);
    }

    /**
     * Obtains a district of a number of families generated from a seed.
     *
     * @param seed the seed
     * @param families the number of families, {@value #MIN_FAMILIES} to {@value #MAX_FAMILIES}
     * @return the district
     * @throws IllegalArgumentException if the number of families is out of range
     */
    public static ExampleDistrict generate(long seed, int families) {
        if (families < MIN_FAMILIES || families > MAX_FAMILIES) {
            throw new IllegalArgumentException("families: must be " + MIN_FAMILIES + " to " + MAX_FAMILIES
                    + ", so that every group but race-ethnicity:pacific-islander has at least 10 families; was "
                    + families);
        }
        return new ExampleDistrict(seed, families);
    }

    /**
     * Returns how the seed guardian survey's monitored groups are named on this roster:
     * {@code racial-demographic-groups} → {@code race-ethnicity}, {@code students-with-ieps} → {@code iep},
     * {@code multilingual-learners} → {@code multilingual-learner}, {@code free-reduced-lunch} →
     * {@code free-reduced-lunch}.
     *
     * @return the roster group id of each monitored group id, in the survey's order, unmodifiable
     */
    public static Map<String, String> rosterGroups() {
        return ROSTER_GROUPS;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the roster.
     *
     * @return the families, sorted by id
     */
    public Roster roster() {
        return roster;
    }

    /**
     * Returns the contact records, generated again on each iteration.
     *
     * @return the contacts, in date order, then family id
     */
    public Iterable<ContactRecord> contacts() {
        return contacts;
    }

    /**
     * Returns the guardian survey's contact goal with the monitored groups named as on this roster.
     *
     * @return the goal: 100% of families per quarter, gap threshold {@value CoverageGoal#DEFAULT_GAP_THRESHOLD}
     */
    public CoverageGoal goal() {
        return goal;
    }

    /**
     * Returns the school calendar: years start on 1 August.
     *
     * @return the default calendar
     */
    public SchoolCalendar calendar() {
        return SchoolCalendar.defaults();
    }

    /**
     * Returns the coverage of the four quarters of school year 2025-26; the July welcome calls are counted
     * as outside the periods.
     *
     * @param rule the small-cell rule, not null
     * @return the result
     */
    public CoverageResult coverage(SmallCellRule rule) {
        Objects.requireNonNull(rule, "rule");
        CoverageTally tally = CoverageTally.of(roster, calendar(), goal);
        tally.addAll(contacts);
        return tally.result(rule, SCHOOL_YEAR_START, SCHOOL_YEAR_START.plusYears(1).minusDays(1));
    }

    /**
     * Writes the roster as CSV: {@code family_id,race-ethnicity,iep,multilingual-learner,free-reduced-lunch},
     * a partition column of values and three yes/no columns, one row per family in id order, lines ending in
     * {@code \n}.
     *
     * @param out where to write, not closed, not null
     * @throws IOException if writing fails
     */
    public void writeRosterCsv(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write("family_id,race-ethnicity," + String.join(",", FLAGS) + "\n");
        for (int i = 0; i < ids.length; i++) {
            StringBuilder row = new StringBuilder(ids[i]).append(',').append(RACE.get(race[i]));
            for (int f = 0; f < FLAGS.size(); f++) {
                row.append((flags[i] >> f & 1) == 1 ? ",yes" : ",no");
            }
            out.write(row.append('\n').toString());
        }
    }

    /**
     * Writes the contacts as CSV: {@code family_id,date,channel,staff_id}, dates as {@code yyyy-mm-dd}, in
     * the order of {@link #contacts()}, lines ending in {@code \n}.
     *
     * @param out where to write, not closed, not null
     * @throws IOException if writing fails
     */
    public void writeContactsCsv(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write("family_id,date,channel,staff_id\n");
        for (ContactRecord contact : contacts) {
            out.write(contact.familyId() + "," + contact.date() + "," + contact.channel() + "," + contact.staffId()
                    + "\n");
        }
    }

    /**
     * Writes the roster and the contacts as CSV files in UTF-8, replacing files that exist.
     *
     * @param rosterFile the roster file, not null
     * @param contactsFile the contacts file, not null
     * @throws IOException if a file cannot be written
     */
    public void writeCsv(Path rosterFile, Path contactsFile) throws IOException {
        Objects.requireNonNull(rosterFile, "rosterFile");
        Objects.requireNonNull(contactsFile, "contactsFile");
        try (BufferedWriter out = Files.newBufferedWriter(rosterFile, StandardCharsets.UTF_8)) {
            writeRosterCsv(out);
        }
        try (BufferedWriter out = Files.newBufferedWriter(contactsFile, StandardCharsets.UTF_8)) {
            writeContactsCsv(out);
        }
    }

    /**
     * Returns a short description, such as {@code ExampleDistrict[seed 2025, 5000 families]}.
     */
    @Override
    public String toString() {
        return "ExampleDistrict[seed " + seed + ", " + ids.length + " families]";
    }

    private List<String> groups(int family) {
        List<String> groups = new ArrayList<>(1 + FLAGS.size());
        groups.add("race-ethnicity:" + RACE.get(race[family]));
        for (int f = 0; f < FLAGS.size(); f++) {
            if ((flags[family] >> f & 1) == 1) {
                groups.add(FLAGS.get(f));
            }
        }
        return groups;
    }

    private static int[] raceCounts(int families) {
        int[] counts = new int[RACE.size()];
        counts[0] = PACIFIC_ISLANDER_FAMILIES;
        int rest = families - counts[0];
        for (int v = 1; v < RACE_SHARES.length; v++) {
            counts[v] = share(families, RACE_SHARES[v]);
            rest -= counts[v];
        }
        counts[RACE.size() - 1] = rest;
        return counts;
    }

    /** Families times per mille, rounded half up, in integers. */
    private static int share(int families, int perMille) {
        return (int) ((families * (long) perMille + 500) / 1000);
    }

    /** Value v repeated counts[v] times, shuffled (Fisher-Yates, written out so that no library change moves it). */
    private static int[] shuffled(int[] counts, Random random) {
        int[] values = new int[Arrays.stream(counts).sum()];
        for (int v = 0, i = 0; v < counts.length; v++) {
            for (int c = 0; c < counts[v]; c++) {
                values[i++] = v;
            }
        }
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }
}
