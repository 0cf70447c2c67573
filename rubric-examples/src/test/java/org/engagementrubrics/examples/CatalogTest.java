package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final Path SOURCE = Path.of("src/main/resources", Catalog.RESOURCE_FOLDER);

    /** Opt-in: -Drubric.updateCatalog=true writes the bundled files from SeedInstruments. */
    @Test
    void theBundledFilesAreTheSeedInstrumentsInTheDocumentedFormat() throws Exception {
        RubricJson json = RubricJson.defaults();
        if (Boolean.getBoolean("rubric.updateCatalog")) {
            for (Instrument instrument : SeedInstruments.all()) {
                Files.writeString(SOURCE.resolve(instrument.id() + ".json"), json.write(instrument), StandardCharsets.UTF_8);
            }
            return;
        }
        for (Instrument instrument : SeedInstruments.all()) {
            String expected = json.write(instrument);
            Path file = SOURCE.resolve(instrument.id() + ".json");
            assertThat(Files.readString(file)).as("%s is bundled as written from SeedInstruments", file).isEqualTo(expected);
            assertThat(Catalog.bundledFile(instrument.id())).isEqualTo(expected);
        }
        assertThat(Catalog.bundled().instruments()).containsExactlyElementsOf(SeedInstruments.all());
    }

    @Test
    void theCatalogListsSixValidInstrumentsOfEveryKind() {
        List<CatalogEntry> entries = Catalog.bundled().entries();

        assertThat(entries).extracting(CatalogEntry::kind).containsExactly(InstrumentKind.STAGED_RUBRIC,
                InstrumentKind.ARCHETYPE_MATRIX, InstrumentKind.CONDITIONS_ASSESSMENT, InstrumentKind.DISTRICT_INDICATORS,
                InstrumentKind.CHECKLIST, InstrumentKind.SURVEY);
        assertThat(entries).allSatisfy(e -> assertThat(e.version()).isEqualTo("1.0.0"));
        RubricValidator validator = RubricValidator.create();
        assertThat(Catalog.bundled().instruments()).allSatisfy(i -> assertThat(validator.validate(i)).isEmpty());
        assertThat(entries).filteredOn(e -> e.errata() > 0).extracting(CatalogEntry::id).contains(
                "family-engagement-rubric", "four-versions-of-partnerships", "student-centered-checklist",
                "guardian-survey", "district-two-way-communication");
    }

    @Test
    void instrumentsAreFoundByIdAndByIdAndVersion() {
        Catalog catalog = Catalog.bundled();

        assertThat(catalog.instrument("guardian-survey").kind()).isEqualTo(InstrumentKind.SURVEY);
        assertThat(catalog.instrument("guardian-survey", "1.0.0")).isSameAs(catalog.instrument("guardian-survey"));
        assertThat(catalog.find("guardian-survey", "2.0.0")).isEmpty();
        assertThatThrownBy(() -> catalog.instrument("quiz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no instrument 'quiz' in the catalog; known: [family-engagement-rubric,");
        assertThatThrownBy(() -> catalog.instrument("guardian-survey", "9")).hasMessageContaining("guardian-survey@1.0.0");
    }

    @Test
    void theNewestVersionWins() {
        Instrument survey = SeedInstruments.guardianSurvey();
        Instrument v10 = json("1.10.0", survey);
        Instrument v9 = json("1.9.0", survey);

        Catalog catalog = Catalog.of(List.of(v9, v10, survey));

        assertThat(catalog.instrument(survey.id()).version()).isEqualTo("1.10.0");
        assertThatThrownBy(() -> Catalog.of(List.of(survey, survey))).hasMessageContaining("appears twice");
    }

    private static Instrument json(String version, Instrument instrument) {
        RubricJson json = RubricJson.defaults();
        return json.readInstrument(json.write(instrument).replace("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\""),
                "v.json");
    }
}
