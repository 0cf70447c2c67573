package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.engagementrubrics.core.privacy.Disclosure;
import org.engagementrubrics.core.privacy.GroupCell;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressedTable;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;

class ExampleFilesTest {

    /** Opt-in: -Drubric.updateExamples=true writes the files of examples/ from SampleResponses and SeedInstruments. */
    @Test
    void theExampleFilesAreCurrent() throws Exception {
        Map<String, String> contents = ExampleFiles.contents();
        if (Boolean.getBoolean("rubric.updateExamples")) {
            Files.createDirectories(ExampleFiles.FOLDER);
            for (Map.Entry<String, String> file : contents.entrySet()) {
                Files.writeString(ExampleFiles.path(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        for (Map.Entry<String, String> file : contents.entrySet()) {
            Path path = ExampleFiles.path(file.getKey());
            assertThat(Files.readString(path, StandardCharsets.UTF_8))
                    .as("%s is current; regenerate with ./mvnw -B -o -q verify -Drubric.updateExamples=true", path)
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void theResponsesAreGoodButTheOneBadLine() {
        RubricJson json = RubricJson.defaults();
        Path clean = ExampleFiles.path(ExampleFiles.GUARDIAN_RESPONSES);
        try (ResponseStream stream = json.responseReader(SeedInstruments.guardianSurvey()).stream(clean)) {
            stream.forEachRemaining(record -> assertThat(record.isGood()).as("%s", record).isTrue());
            assertThat(stream.good()).isEqualTo(12);
        }
        Path withBadLine = ExampleFiles.path(ExampleFiles.GUARDIAN_RESPONSES_WITH_A_BAD_LINE);
        List<ResponseRecord> bad = new ArrayList<>();
        try (ResponseStream stream = json.responseReader(SeedInstruments.guardianSurvey()).stream(withBadLine)) {
            stream.forEachRemaining(record -> {
                if (!record.isGood()) {
                    bad.add(record);
                }
            });
            assertThat(stream.good()).isEqualTo(12);
            assertThat(stream.bad()).isEqualTo(1);
        }
        assertThat(bad.get(0).line()).isEqualTo(ExampleFiles.BAD_LINE);
        assertThat(bad.get(0).problems()).extracting(FormatProblem::line).containsOnly(ExampleFiles.BAD_LINE);
        assertThat(bad.get(0).problems()).extracting(FormatProblem::code).containsExactly("unknown-field", "unknown-kind");
        try (ResponseStream alone = json.responseReader().stream(withBadLine)) {
            alone.forEachRemaining(record -> { });
            assertThat(alone.bad()).as("bad without the instrument too").isEqualTo(1);
        }
        assertThat(json.responseReader(SeedInstruments.fourVersions()).read(ExampleFiles.path(ExampleFiles.FOUR_VERSIONS_TEAM)))
                .isEqualTo(SampleResponses.fourVersionsTeam());
    }

    @Test
    void theRubricAsPrintedHasItsTwoSeedDefects() {
        Path file = ExampleFiles.path(ExampleFiles.RUBRIC_AS_PRINTED);
        try {
            RubricJson.defaults().read(file);
            throw new AssertionError("expected problems in " + file);
        } catch (FormatException e) {
            assertThat(e.problems()).extracting(FormatProblem::code)
                    .containsExactlyInAnyOrder("duplicate-label", "inconsistent-order");
            assertThat(e.problems()).extracting(FormatProblem::pointer).allMatch(p -> p.startsWith("/stages/3"));
        }
    }

    @Test
    void theCoverageRosterWithholdsOneSmallGroupAndItsComplementAndTheContactsJoinIt() throws Exception {
        List<String> roster = Files.readAllLines(ExampleFiles.path(ExampleFiles.COVERAGE_ROSTER), StandardCharsets.UTF_8);
        List<String> contacts = Files.readAllLines(ExampleFiles.path(ExampleFiles.COVERAGE_CONTACTS),
                StandardCharsets.UTF_8);

        assertThat(roster.get(0)).isEqualTo("family_id,race-ethnicity,iep,multilingual-learner,free-reduced-lunch");
        assertThat(roster).hasSize(ExampleFiles.COVERAGE_FAMILIES + 1);
        Map<String, Integer> sizes = new TreeMap<>();
        Set<String> families = new HashSet<>();
        String[] header = roster.get(0).split(",");
        for (String line : roster.subList(1, roster.size())) {
            String[] cells = line.split(",", -1);
            families.add(cells[0]);
            sizes.merge("race-ethnicity:" + cells[1], 1, Integer::sum);
            for (int c = 2; c < header.length; c++) {
                if (cells[c].equals("yes")) {
                    sizes.merge(header[c], 1, Integer::sum);
                }
            }
        }
        List<GroupCell> cells = new ArrayList<>();
        sizes.forEach((group, members) -> cells.add(GroupCell.of(group, members)));
        SuppressedTable table = SmallCellRule.defaults().suppress(families.size(), cells);
        assertThat(table.cells()).filteredOn(cell -> !cell.shown()).containsExactlyInAnyOrder(
                new Disclosure.Withheld("race-ethnicity:pacific-islander", SuppressionReason.SMALL_GROUP),
                new Disclosure.Withheld("race-ethnicity:asian", SuppressionReason.COMPLEMENTARY));

        assertThat(contacts.get(0)).isEqualTo("family_id,date,channel,staff_id");
        List<String[]> rows = contacts.subList(1, contacts.size()).stream().map(line -> line.split(",", -1)).toList();
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(4));
        assertThat(rows).filteredOn(row -> row[1].compareTo("2025-08-01") < 0).isNotEmpty();
        assertThat(rows).filteredOn(row -> !families.contains(row[0])).isNotEmpty();
        assertThat(rows).filteredOn(row -> families.contains(row[0])).hasSizeGreaterThan(ExampleFiles.COVERAGE_FAMILIES);
    }
}
