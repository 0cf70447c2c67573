package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar reports the coverage of {@value #CONTACTS} contact rows in a {@value #HEAP} heap: the
 * contacts are streamed into the tally, never kept (a million contact records held in memory would take well
 * over 64 MB). The report is byte for byte the one the library gives for the same records, tallied here as
 * they are generated, without the CSV reader.
 */
class LargeCoverageIT {

    private static final Path JAR = Path.of("target", "rubric.jar");
    private static final String HEAP = "-Xmx64m";
    private static final int FAMILIES = 20_000;
    private static final int CONTACTS = 1_000_000;
    private static final long TIMEOUT_SECONDS = 120;
    private static final String[] RACE = {"hispanic", "hispanic", "white", "white", "black", "asian", "two-or-more"};
    private static final CoverageGoal GUARDIAN_GOAL = CoverageGoal.builder()
            .monitor("race-ethnicity", "iep", "multilingual-learner", "free-reduced-lunch").build();

    @TempDir
    Path dir;

    @Test
    void aMillionContactRowsAreReportedInA64MegabyteHeap() throws IOException, InterruptedException {
        Path roster = dir.resolve("roster.csv");
        Path contacts = dir.resolve("contacts.csv");
        CoverageTally expected = write(roster, contacts, 20251130L);
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        List<String> command = List.of(ProcessHandle.current().info().command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                HEAP, "-XX:+UseSerialGC", "-jar", JAR.toString(), "coverage", "--roster", roster.toString(),
                "--contacts", contacts.toString(), "--format", "json");

        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertThat(finished).as("finished within %d s", TIMEOUT_SECONDS).isTrue();
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code after %d s; stderr: %s", seconds, errors).isZero();
        assertThat(errors).isEqualTo(roster + ": " + FAMILIES + " rows, " + FAMILIES + " good, 0 bad\n"
                + contacts + ": " + CONTACTS + " rows, " + CONTACTS + " good, 0 bad\n");
        CoverageResult result = expected.result(SmallCellRule.defaults());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(RubricJson.defaults().write(result));
        assertThat(result.periods().stream().mapToLong(p -> p.contacts()).sum()).isEqualTo(CONTACTS);
    }

    /**
     * Writes a roster of {@value #FAMILIES} families and {@value #CONTACTS} contacts over school year 2025-26
     * (one in a hundred for a family not on the roster), and returns them tallied.
     */
    private static CoverageTally write(Path roster, Path contacts, long seed) throws IOException {
        List<Family> families = new ArrayList<>(FAMILIES);
        Iterator<String> races = Gen.elements(RACE).stream(seed).iterator();
        Iterator<Boolean> ieps = Gen.chance(0.14).stream(seed + 1).iterator();
        Iterator<Boolean> learners = Gen.chance(0.21).stream(seed + 2).iterator();
        try (BufferedWriter out = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
            out.write("family_id,race-ethnicity,iep,multilingual-learner\n");
            for (int i = 0; i < FAMILIES; i++) {
                String id = String.format("fam-%06d", i);
                String race = races.next();
                boolean iep = ieps.next();
                boolean learner = learners.next();
                out.write(id + "," + race + "," + (iep ? "yes" : "no") + "," + (learner ? "yes" : "no") + "\n");
                List<String> groups = new ArrayList<>(List.of("race-ethnicity:" + race));
                if (iep) {
                    groups.add("iep");
                }
                if (learner) {
                    groups.add("multilingual-learner");
                }
                families.add(Family.of(id, groups));
            }
        }
        CoverageTally tally = CoverageTally.of(Roster.of(families), SchoolCalendar.defaults(), GUARDIAN_GOAL);
        LocalDate first = LocalDate.of(2025, 8, 1);
        Iterator<Integer> whom = Gen.ints(0, FAMILIES + FAMILIES / 100 - 1).stream(seed + 3).iterator();
        Iterator<Integer> days = Gen.ints(0, 364).stream(seed + 4).iterator();
        Iterator<Integer> staff = Gen.ints(0, 899).stream(seed + 5).iterator();
        try (BufferedWriter out = Files.newBufferedWriter(contacts, StandardCharsets.UTF_8)) {
            out.write("family_id,date,channel,staff_id\n");
            for (int i = 0; i < CONTACTS; i++) {
                int family = whom.next();
                String id = family < FAMILIES ? String.format("fam-%06d", family) : "gone-" + family;
                LocalDate date = first.plusDays(days.next());
                out.write(id + "," + date + ",phone,t-" + staff.next() + "\n");
                tally.add(ContactRecord.of(id, date));
            }
        }
        return tally;
    }
}
