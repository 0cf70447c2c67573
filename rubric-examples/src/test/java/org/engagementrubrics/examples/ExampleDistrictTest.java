package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example district: its documented group sizes, its contacts, the goal's mapping, the CSV files, and
 * that a seed always gives the same district.
 */
class ExampleDistrictTest {

    private static final ExampleDistrict DEFAULT = ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED);
    private static final ExampleDistrict SMALL = ExampleDistrict.generate(7, 300);

    private static List<ContactRecord> contacts(ExampleDistrict district) {
        List<ContactRecord> contacts = new ArrayList<>();
        district.contacts().forEach(contacts::add);
        return contacts;
    }

    private static Map<String, Integer> groupSizes(Roster roster) {
        Map<String, Integer> sizes = new TreeMap<>();
        roster.families().forEach(family -> family.groups().forEach(group -> sizes.merge(group, 1, Integer::sum)));
        return sizes;
    }

    @Test
    void theGroupsHaveTheDocumentedSizes() {
        assertThat(DEFAULT.roster().size()).isEqualTo(5_000);
        assertThat(groupSizes(DEFAULT.roster())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "free-reduced-lunch", 2_800, "iep", 700, "multilingual-learner", 1_050,
                "race-ethnicity:asian", 200, "race-ethnicity:black", 650, "race-ethnicity:hispanic", 2_393,
                "race-ethnicity:pacific-islander", 7, "race-ethnicity:two-or-more", 350, "race-ethnicity:white", 1_400)));
        assertThat(DEFAULT.roster().families()).allSatisfy(family -> assertThat(family.groups())
                .filteredOn(group -> group.startsWith("race-ethnicity:")).hasSize(1));
        assertThat(DEFAULT.roster().families().get(0).id()).isEqualTo("fam-00001");
        assertThat(DEFAULT.roster().families().get(4_999).id()).isEqualTo("fam-05000");
        // 300 families: 4% of Asian students is 12, so the smallest shown value is still at least 10
        assertThat(groupSizes(SMALL.roster())).containsEntry("race-ethnicity:pacific-islander", 7)
                .containsEntry("race-ethnicity:asian", 12).containsEntry("iep", 42);
    }

    @Test
    void theGoalIsTheSurveysWithTheMonitoredGroupsRenamedToTheRosters() {
        CoverageGoal goal = DEFAULT.goal();

        assertThat(ExampleDistrict.rosterGroups()).containsExactly(Map.entry("racial-demographic-groups", "race-ethnicity"),
                Map.entry("students-with-ieps", "iep"), Map.entry("multilingual-learners", "multilingual-learner"),
                Map.entry("free-reduced-lunch", "free-reduced-lunch"));
        assertThat(ExampleDistrict.rosterGroups().keySet()).containsExactlyElementsOf(SeedInstruments.guardianSurvey()
                .goals().get(0).monitoredGroups().stream().map(group -> group.id()).toList());
        assertThat(goal).isEqualTo(new CoverageGoal(100, ContactPeriod.QUARTER,
                List.of("race-ethnicity", "iep", "multilingual-learner", "free-reduced-lunch"), 10));
    }

    @Test
    void theContactsAreSchoolDaysInDateOrderWithJulyCallsAndFamiliesWhoLeft() {
        List<ContactRecord> contacts = contacts(DEFAULT);

        assertThat(contacts).hasSizeBetween(20_000, 30_000);
        assertThat(contacts).isSortedAccordingTo((a, b) -> a.date().equals(b.date())
                ? a.familyId().compareTo(b.familyId()) : a.date().compareTo(b.date()));
        assertThat(contacts).allSatisfy(contact -> {
            assertThat(contact.date()).isBetween(LocalDate.of(2025, 7, 21), LocalDate.of(2026, 6, 12));
            assertThat(contact.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(contact.channel()).isIn("email", "phone", "text", "conference", "home-visit");
            assertThat(contact.staffId()).matches("t-\\d{3}|s-0[1-4]");
        });
        assertThat(contacts).filteredOn(contact -> contact.date().isBefore(ExampleDistrict.SCHOOL_YEAR_START))
                .hasSize(100).allSatisfy(contact -> assertThat(contact.channel()).isEqualTo("phone"));
        assertThat(contacts).filteredOn(contact -> !DEFAULT.roster().contains(contact.familyId())).hasSize(60)
                .allSatisfy(contact -> assertThat(contact.familyId()).isGreaterThan("fam-05000"));
    }

    @Test
    void aSeedAlwaysGivesTheSameDistrictAndAnotherSeedAnother() {
        ExampleDistrict again = ExampleDistrict.generate(7, 300);
        ExampleDistrict other = ExampleDistrict.generate(8, 300);

        assertThat(again.roster()).isEqualTo(SMALL.roster());
        assertThat(contacts(again)).isEqualTo(contacts(SMALL)).isEqualTo(contacts(SMALL));
        assertThat(other.roster()).isNotEqualTo(SMALL.roster());
        assertThat(contacts(other)).isNotEqualTo(contacts(SMALL));
        assertThat(SMALL.seed()).isEqualTo(7);
        assertThat(SMALL).hasToString("ExampleDistrict[seed 7, 300 families]");
    }

    @Test
    void theCsvFilesHoldTheRosterAndTheContacts(@TempDir Path dir) throws Exception {
        Path rosterFile = dir.resolve("roster.csv");
        Path contactsFile = dir.resolve("contacts.csv");

        SMALL.writeCsv(rosterFile, contactsFile);

        List<String> roster = Files.readAllLines(rosterFile, StandardCharsets.UTF_8);
        assertThat(roster.get(0)).isEqualTo("family_id,race-ethnicity,iep,multilingual-learner,free-reduced-lunch");
        List<Family> families = new ArrayList<>();
        for (String line : roster.subList(1, roster.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(5);
            List<String> groups = new ArrayList<>(List.of("race-ethnicity:" + cells[1]));
            for (int c = 2; c < 5; c++) {
                assertThat(cells[c]).isIn("yes", "no");
                if (cells[c].equals("yes")) {
                    groups.add(roster.get(0).split(",")[c]);
                }
            }
            families.add(Family.of(cells[0], groups));
        }
        assertThat(Roster.of(families)).isEqualTo(SMALL.roster());

        List<String> lines = Files.readAllLines(contactsFile, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("family_id,date,channel,staff_id");
        List<ContactRecord> read = lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1))
                .map(cells -> new ContactRecord(cells[0], LocalDate.parse(cells[1]), cells[2], cells[3])).toList();
        assertThat(read).isEqualTo(contacts(SMALL));

        StringWriter text = new StringWriter();
        SMALL.writeRosterCsv(text);
        assertThat(Files.readString(rosterFile, StandardCharsets.UTF_8)).isEqualTo(text.toString()).endsWith("\n")
                .doesNotContain("\r");
    }

    @Test
    void theNumberOfFamiliesIsChecked() {
        assertThatThrownBy(() -> ExampleDistrict.generate(1, 249)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("families: must be 250 to 1000000, so that every group but race-ethnicity:pacific-islander"
                        + " has at least 10 families; was 249");
        assertThatThrownBy(() -> ExampleDistrict.generate(1, 1_000_001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(groupSizes(ExampleDistrict.generate(1, 250).roster())).containsEntry("race-ethnicity:asian", 10);
    }
}
