package com.example.sis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.engagementrubrics.testkit.Properties;
import org.engagementrubrics.testkit.invalid.InvalidDocument;
import org.engagementrubrics.testkit.invalid.InvalidDocuments;
import org.junit.jupiter.api.Test;

/**
 * Feature 2 of the kit: from our own valid checklist, variants with one known defect each; our upload importer
 * must refuse every one, naming the problem code the library promises, and store nothing.
 */
class ImportRefusesDefectsTest {

    private static final Path CHECKLIST = Path.of("src/main/resources/rubrics/home-visit-checklist.json");

    @Test
    void everyDefectIsRefusedWithItsCode() throws IOException {
        byte[] valid = Files.readAllBytes(CHECKLIST);
        RubricStore store = new RubricStore();
        List<InvalidDocument> variants = InvalidDocuments.of(valid).variants(new SplittableRandom(2026));

        assertThat(variants).extracting(InvalidDocument::expectedCode)
                .contains("duplicate-id", "missing", "unknown-field", "duplicate-key");
        for (InvalidDocument variant : variants) {
            assertThatThrownBy(() -> store.importFile(variant.bytes(), "upload.json"))
                    .as(variant.toString())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("[" + variant.expectedCode() + "]");
        }
        assertThat(store.size()).isZero();
        assertThat(store.importFile(valid, "home-visit-checklist.json")).isEqualTo("sis-home-visit-checklist@1.0.0");
    }

    @Test
    void seededVariantsAsAProperty() throws IOException {
        byte[] valid = Files.readAllBytes(CHECKLIST);
        RubricStore store = new RubricStore();
        Properties.forAll("the importer refuses every variant", 100, InvalidDocuments.of(valid).gen(), variant ->
                assertThatThrownBy(() -> store.importFile(variant.bytes(), "upload.json"))
                        .as(variant.toString())
                        .hasMessageContaining(variant.expectedCode()));
        assertThat(store.size()).isZero();
    }
}
