package org.engagementrubrics.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.engagementrubrics.core.roster.ContactRecord;

/**
 * The contact records of an {@link ExampleDistrict}, generated again on each iteration one part at a time
 * (the July welcome calls, then each quarter), so that memory holds one quarter's contacts at most. The
 * rates and shares are documented on {@link ExampleDistrict}. This class is immutable and thread-safe.
 */
final class ExampleContacts implements Iterable<ContactRecord> {

    private static final LocalDate YEAR_START = ExampleDistrict.SCHOOL_YEAR_START;
    private static final LocalDate FIRST_SCHOOL_DAY = LocalDate.of(2025, 8, 13);
    private static final LocalDate LAST_SCHOOL_DAY = LocalDate.of(2026, 6, 12);
    private static final LocalDate WELCOME_CALLS_FROM = LocalDate.of(2025, 7, 21);
    private static final int QUARTERS = 4;
    /** The chance that a family in no group is reached, per quarter. */
    private static final double[] BASE_RATES = {0.95, 0.92, 0.86, 0.90};
    /** The factor of each flag group, in the bit order of the district's flags: iep, multilingual, lunch. */
    private static final double[] FLAG_FACTORS = {1.04, 0.76, 0.95};
    private static final double HIGHEST_RATE = 0.99;
    private static final List<String> CHANNELS = List.of("email", "phone", "text", "conference", "home-visit");
    private static final int[] CHANNEL_PERCENTS = {35, 27, 20, 14, 4};
    private static final int TEACHER_PERCENT = 85;
    private static final int SUPPORT_STAFF = 4;
    private static final int WELCOME_CALLS_PER_MILLE = 20;
    private static final int LEFT_CONTACTS_PER_MILLE = 3;
    private static final int LEFT_FAMILIES_PER_MILLE = 20;
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;
    private static final Comparator<ContactRecord> ORDER =
            Comparator.comparing(ContactRecord::date).thenComparing(ContactRecord::familyId);

    private final long seed;
    private final String[] ids;
    private final int[] flags;
    private final int[] teachers;
    private final String idFormat;

    /** The arrays are the district's own and are never changed. */
    ExampleContacts(long seed, String[] ids, int[] flags, int[] teachers, String idFormat) {
        this.seed = seed;
        this.ids = ids;
        this.flags = flags;
        this.teachers = teachers;
        this.idFormat = idFormat;
    }

    @Override
    public Iterator<ContactRecord> iterator() {
        return new Iterator<>() {
            private int part;
            private Iterator<ContactRecord> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && part <= QUARTERS) {
                    current = generate(part++).iterator();
                }
                return current.hasNext();
            }

            @Override
            public ContactRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more contacts");
                }
                return current.next();
            }
        };
    }

    /** Part 0: the welcome calls; part q: quarter q. Each part has a random sequence of its own. */
    private List<ContactRecord> generate(int part) {
        Random random = new Random(seed + SEED_STEP * (part + 1));
        List<ContactRecord> contacts = new ArrayList<>();
        if (part == 0) {
            LocalDate end = YEAR_START.minusDays(1);
            for (int c = share(WELCOME_CALLS_PER_MILLE); c > 0; c--) {
                int family = random.nextInt(ids.length);
                contacts.add(new ContactRecord(ids[family], weekday(random, WELCOME_CALLS_FROM, end), "phone",
                        teacher(family)));
            }
        } else {
            LocalDate start = YEAR_START.plusMonths(3L * (part - 1));
            LocalDate from = start.isBefore(FIRST_SCHOOL_DAY) ? FIRST_SCHOOL_DAY : start;
            LocalDate last = start.plusMonths(3).minusDays(1);
            LocalDate to = last.isAfter(LAST_SCHOOL_DAY) ? LAST_SCHOOL_DAY : last;
            for (int family = 0; family < ids.length; family++) {
                if (random.nextDouble() < rate(part, flags[family])) {
                    for (int c = contactsOfAReachedFamily(random); c > 0; c--) {
                        contacts.add(new ContactRecord(ids[family], weekday(random, from, to), channel(random),
                                random.nextInt(100) < TEACHER_PERCENT ? teacher(family) : supportStaff(random)));
                    }
                }
            }
            int leftFamilies = Math.max(1, share(LEFT_FAMILIES_PER_MILLE));
            for (int c = share(LEFT_CONTACTS_PER_MILLE); c > 0; c--) {
                String id = String.format(idFormat, ids.length + 1 + random.nextInt(leftFamilies));
                contacts.add(new ContactRecord(id, weekday(random, from, to), channel(random), supportStaff(random)));
            }
        }
        contacts.sort(ORDER);
        return contacts;
    }

    private static double rate(int quarter, int flagBits) {
        double rate = BASE_RATES[quarter - 1];
        for (int f = 0; f < FLAG_FACTORS.length; f++) {
            if ((flagBits >> f & 1) == 1) {
                rate *= FLAG_FACTORS[f];
            }
        }
        return Math.min(rate, HIGHEST_RATE);
    }

    /** One contact 70% of the time, two 25%, three 5%. */
    private static int contactsOfAReachedFamily(Random random) {
        int roll = random.nextInt(100);
        return roll < 70 ? 1 : roll < 95 ? 2 : 3;
    }

    private static String channel(Random random) {
        int roll = random.nextInt(100);
        for (int c = 0; c < CHANNEL_PERCENTS.length; c++) {
            roll -= CHANNEL_PERCENTS[c];
            if (roll < 0) {
                return CHANNELS.get(c);
            }
        }
        return CHANNELS.get(CHANNELS.size() - 1);
    }

    private String teacher(int family) {
        return String.format("t-%03d", teachers[family] + 1);
    }

    private static String supportStaff(Random random) {
        return String.format("s-%02d", random.nextInt(SUPPORT_STAFF) + 1);
    }

    /** A Monday to Friday from {@code from} to {@code to}, both included. */
    private static LocalDate weekday(Random random, LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        while (true) {
            LocalDate day = from.plusDays(random.nextInt(days));
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return day;
            }
        }
    }

    /** The families times per mille, rounded half up. */
    private int share(int perMille) {
        return (int) ((ids.length * (long) perMille + 500) / 1000);
    }
}
