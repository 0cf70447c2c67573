package org.engagementrubrics.testkit;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.survey.ContactPeriod;

/**
 * The generators of rosters, contact records and the inputs of coverage and grouped results (calendars,
 * goals, group selections, small-cell rules) and of parts to merge, behind {@link AnalysisGenerators}.
 *
 * <p>Stateless and thread-safe; {@link AnalysisGenerators} documents each.
 */
final class RosterGenerators {

    /** Race groups, weighted by repetition so that some groups are large and others small cells. */
    private static final List<String> RACE = List.of("a", "a", "a", "b", "b", "c", "d");
    /** Home languages, weighted by repetition. */
    private static final List<String> LANGUAGES = List.of("en", "en", "en", "es", "vi");
    /** Group ids a selection draws from: both partitions, the three flags, one group and one no roster has. */
    static final List<String> SELECTABLE = List.of("race", "lang", "iep", "ml", "frl", "race:a", "absent");
    /** Words a CSV roster reads as yes or no, which a group id segment must not be. */
    private static final Set<String> YES_NO = Set.of("yes", "no", "true", "false", "y", "n", "1", "0");
    private static final LocalDate FIRST_CONTACT = LocalDate.of(2025, 6, 1);
    private static final int CONTACT_DAYS = 500;

    private RosterGenerators() {
    }

    static Gen<Roster> rosters(Sizes sizes) {
        int most = sizes.families();
        Gen<Roster> rosters = random -> {
            int size = random.nextInt(0, most + 1);
            List<Family> families = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                List<String> groups = new ArrayList<>();
                if (random.nextDouble() < 0.85) {
                    groups.add("race:" + RACE.get(random.nextInt(RACE.size())));
                }
                if (random.nextDouble() < 0.6) {
                    groups.add("lang:" + LANGUAGES.get(random.nextInt(LANGUAGES.size())));
                }
                addIf(random, 0.15, "iep", groups);
                addIf(random, 0.35, "ml", groups);
                addIf(random, 0.9, "frl", groups);
                families.add(Family.of(String.format("f%02d", i), groups));
            }
            return Roster.of(Gen.shuffle(families, random));
        };
        return rosters.withShrinker(roster -> Shrinking.removals(roster.families(), 0).stream().map(Roster::of).toList());
    }

    /** A segment of a group id, such as {@code hispanic-or-latino}: never a yes/no word or a CSV header. */
    static Gen<String> groupSegments() {
        Gen<String> word = Gen.strings("abcdefghijklmnopqrstuvwxyz", 1, 1)
                .zip(Gen.strings("abcdefghijklmnopqrstuvwxyz0123456789", 0, 6), String::concat);
        return word.listOf(1, 3).map(words -> String.join("-", words))
                .filter(s -> !YES_NO.contains(s) && !s.replace("-", "").equals("familyid")
                        && !s.replace("-", "").equals("groups"));
    }

    static Gen<String> familyIds() {
        Gen<String> edge = Gen.elements("f", "7", "\u00e9", "\"", ",", "\uD83D\uDE00", "-", "x");
        Gen<String> middle = Gen.elements("a", "b", "1", " ", ",", "\"", "\n", "\r\n", ";", "\u00df", "\u4e2d", "-");
        return random -> {
            StringBuilder id = new StringBuilder(edge.generate(random));
            int length = random.nextInt(0, 8);
            for (int i = 0; i < length; i++) {
                id.append(middle.generate(random));
            }
            return length == 0 && random.nextBoolean() ? id.toString() : id.append(edge.generate(random)).toString();
        };
    }

    static Gen<Roster> arbitraryRosters(Sizes sizes) {
        Gen<String> segments = groupSegments();
        Gen<String> ids = familyIds();
        int most = sizes.families() * 24 / Sizes.typical().families();
        Gen<Roster> rosters = random -> {
            List<String> flags = distinct(segments, random.nextInt(0, 4), random);
            Map<String, List<String>> partitions = new LinkedHashMap<>();
            for (String partition : distinct(segments, random.nextInt(0, 3), random)) {
                if (!flags.contains(partition)) {
                    partitions.put(partition, distinct(segments, random.nextInt(1, 5), random));
                }
            }
            List<Family> families = new ArrayList<>();
            for (String id : distinct(ids, random.nextInt(0, most + 1), random)) {
                List<String> groups = new ArrayList<>();
                flags.stream().filter(flag -> random.nextDouble() < 0.4).forEach(groups::add);
                partitions.forEach((partition, values) -> {
                    if (random.nextDouble() < 0.7) {
                        groups.add(partition + ":" + values.get(random.nextInt(values.size())));
                    }
                });
                families.add(Family.of(id, groups));
            }
            return Roster.of(families);
        };
        return rosters.withShrinker(roster -> Shrinking.removals(roster.families(), 0).stream().map(Roster::of).toList());
    }

    /** Up to {@code count} distinct values, fewer if the generator repeats itself too often. */
    private static <T> List<T> distinct(Gen<T> values, int count, RandomGenerator random) {
        Set<T> found = new LinkedHashSet<>();
        for (int tries = 0; found.size() < count && tries < count * 20; tries++) {
            found.add(values.generate(random));
        }
        return List.copyOf(found);
    }

    static Gen<List<ContactRecord>> contacts(Roster roster, Sizes sizes) {
        int most = sizes.contacts();
        List<Family> families = roster.families();
        Gen<List<ContactRecord>> contacts = random -> {
            int count = random.nextInt(0, most + 1);
            List<ContactRecord> records = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                String id = !families.isEmpty() && random.nextDouble() < 0.9
                        ? families.get(random.nextInt(families.size())).id() : "stranger-" + random.nextInt(3);
                records.add(ContactRecord.of(id, FIRST_CONTACT.plusDays(random.nextInt(0, CONTACT_DAYS))));
            }
            return Collections.unmodifiableList(records);
        };
        return contacts.withShrinker(list -> Shrinking.removals(list, 0));
    }

    static Gen<List<Response>> respondents(Roster roster, List<Response> responses) {
        List<Family> families = roster.families();
        List<Response> copy = List.copyOf(responses);
        return random -> {
            List<Response> answered = new ArrayList<>(copy.size());
            for (Response r : copy) {
                String rater = !families.isEmpty() && random.nextDouble() < 0.9
                        ? families.get(random.nextInt(families.size())).id() : "stranger-" + random.nextInt(3);
                answered.add(new Response(r.id(), r.instrumentId(), r.instrumentVersion(), rater, r.subjectId(),
                        r.recordedAt(), r.evidence(), r.extensions()));
            }
            return Collections.unmodifiableList(answered);
        };
    }

    static Gen<SchoolCalendar> calendars() {
        return random -> SchoolCalendar.of(MonthDay.of(random.nextInt(1, 13), random.nextInt(1, 29)));
    }

    static Gen<List<String>> groupSelections() {
        Gen<List<String>> selections = random -> {
            List<String> selected = new ArrayList<>();
            for (String group : SELECTABLE) {
                addIf(random, 0.6, group, selected);
            }
            return Collections.unmodifiableList(selected);
        };
        return selections.withShrinker(list -> Shrinking.removals(list, 0));
    }

    static Gen<CoverageGoal> coverageGoals() {
        Gen<List<String>> selections = groupSelections();
        Gen<CoverageGoal> goals = random -> {
            List<String> monitored = new ArrayList<>(selections.generate(random));
            // a partition and one of its groups would be monitored twice
            if (monitored.contains("race") && monitored.contains("race:a")) {
                monitored.remove("race:a");
            }
            return new CoverageGoal(random.nextInt(1, 101),
                    ContactPeriod.values()[random.nextInt(ContactPeriod.values().length)], monitored,
                    random.nextInt(0, 31));
        };
        return goals.withShrinker(goal -> Shrinking.removals(goal.monitoredGroups(), 0).stream()
                .map(fewer -> new CoverageGoal(goal.targetPercent(), goal.period(), fewer, goal.gapThreshold())).toList());
    }

    static Gen<SmallCellRule> smallCellRules() {
        return random -> random.nextDouble() < 0.1 ? SmallCellRule.off() : SmallCellRule.minimum(random.nextInt(2, 9));
    }

    static <T> Gen<List<List<T>>> parts(List<T> values, int maxParts) {
        List<T> copy = List.copyOf(values);
        if (maxParts < 1) {
            throw new IllegalArgumentException("maxParts must be at least 1; was " + maxParts);
        }
        return random -> {
            int count = random.nextInt(1, maxParts + 1);
            List<List<T>> parts = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                parts.add(new ArrayList<>());
            }
            for (T value : Gen.shuffle(copy, random)) {
                parts.get(random.nextInt(count)).add(value);
            }
            return parts.stream().map(List::copyOf).toList();
        };
    }

    private static void addIf(RandomGenerator random, double chance, String value, List<String> to) {
        if (random.nextDouble() < chance) {
            to.add(value);
        }
    }
}
