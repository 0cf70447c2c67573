package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
}
