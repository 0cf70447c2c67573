package org.engagementrubrics.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the embedding examples as a user would and checks what they print and store.
 */
class EmbeddingExamplesTest {

    private static String capture(java.util.function.Consumer<PrintStream> program) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anLmsStoresAResultThatNamesTheInstrumentVersionAndReadsItBack() {
        String[] stored = new String[1];
        String out = capture(o -> stored[0] = ScoreInAnLms.run(o));

        ArchetypeResult result = (ArchetypeResult) RubricJson.defaults().readResult(stored[0], "stored.json");
        assertThat(result.instrument().fingerprint())
                .isEqualTo(Catalog.bundled().instrument("four-versions-of-partnerships").fingerprint());
        assertThat(result.profile()).isEqualTo(new Profile.Classified("proficient", "Proficient", 3));
        assertThat(out).contains("Sharing Power: tie between Partnership School and Open-Door School (1 mark each)")
                .contains("Profile: Proficient\n");
    }

    @Test
    void aVendorSeesEveryProblemOfABrokenFileLocated(@TempDir Path dir) throws Exception {
        Path broken = ValidateAVendorFile.writeBrokenExample(dir);
        Path good = dir.resolve("good.json");
        java.nio.file.Files.writeString(good, Catalog.bundledFile("guardian-survey"));

        String[] problems = new String[1];
        String out = capture(o -> problems[0] = ValidateAVendorFile.validate(broken, o).stream()
                .map(FormatProblem::code).toList().toString());
        String ok = capture(o -> assertThat(ValidateAVendorFile.validate(good, o)).isEmpty());

        assertThat(problems[0]).isEqualTo("[unknown-field, type-mismatch]");
        assertThat(out).startsWith(broken + ":").contains("[unknown-field] field 'colour' is not part of a conditions assessment")
                .contains("[type-mismatch] 'number' is the string \"four\"; expected an integer");
        assertThat(ok).startsWith(good + ": OK, survey 'guardian-survey' version 1.0.0 (sha256:");
    }
}
