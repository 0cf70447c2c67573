package org.engagementrubrics.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.coverage.PeriodCoverage;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.examples.ExampleDistrict;
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

    @Test
    void aDistrictOfficeSeesAWithheldGroupItsComplementAndAFlaggedGroup() {
        ExampleDistrict district = ExampleDistrict.generate(ExampleDistrict.DEFAULT_SEED);
        CoverageResult[] result = new CoverageResult[1];
        String out = capture(o -> result[0] = ReportContactCoverage.run(district, o));

        assertThat(result[0]).isEqualTo(district.coverage(SmallCellRule.defaults()));
        assertThat(result[0].periods()).extracting(p -> p.period().label())
                .containsExactly("2025-26 Q1", "2025-26 Q2", "2025-26 Q3", "2025-26 Q4");
        assertThat(result[0].contactsOutsidePeriods()).isEqualTo(100);
        assertThat(result[0].unrosteredContacts()).isEqualTo(60);
        for (PeriodCoverage period : result[0].periods()) {
            assertThat(period.group("race-ethnicity:pacific-islander").figures())
                    .isEqualTo(new Figures.Withheld(SuppressionReason.SMALL_GROUP));
            assertThat(period.group("race-ethnicity:asian").figures())
                    .isEqualTo(new Figures.Withheld(SuppressionReason.COMPLEMENTARY));
            assertThat(((Figures.Shown) period.group("multilingual-learner").figures()).flagged()).isTrue();
            List<Figures> shown = new ArrayList<>(List.of(period.allFamilies()));
            period.groups().forEach(group -> shown.add(group.figures()));
            assertThat(shown).filteredOn(Figures.Shown.class::isInstance).hasSize(8).allSatisfy(figures -> {
                Figures.Shown row = (Figures.Shown) figures;
                assertThat(row.share()).isBetween(0.0, 1.0).isEqualTo((double) row.reached() / row.families());
            });
        }
        assertThat(out).startsWith("Families reached per quarter, 5000-family example district:\n")
                .contains("\nmultilingual-learner ").contains("% !")
                .contains("\n¹ race-ethnicity:asian: withheld so that race-ethnicity:pacific-islander cannot be"
                        + " recovered by subtraction\n")
                .contains("\n² race-ethnicity:pacific-islander: fewer than 10 families\n")
                .endsWith("\n60 contacts from families not on the roster; 100 contacts outside the periods.\n");
    }
}
