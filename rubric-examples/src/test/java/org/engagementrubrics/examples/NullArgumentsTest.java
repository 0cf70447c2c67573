package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import org.engagementrubrics.core.Fingerprint;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.testkit.NullArguments;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 1: every public entry point of rubric-examples' catalog, seeds and samples checks its
 * arguments and names the one that is null. The embedding programs (which print) are left out: their
 * arguments are a program's.
 */
class NullArgumentsTest {

    private static final ExampleDistrict DISTRICT = ExampleDistrict.generate(1, ExampleDistrict.MIN_FAMILIES);

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "guardian-survey";
        } else if (type == Class.class) {
            return Instrument.class;
        } else if (type == Collection.class || type == List.class) {
            return List.of(SeedInstruments.guardianSurvey());
        } else if (type == Instrument.class) {
            return SeedInstruments.guardianSurvey();
        } else if (type == InstrumentKind.class) {
            return InstrumentKind.SURVEY;
        } else if (type == Fingerprint.class) {
            return SeedInstruments.guardianSurvey().fingerprint();
        } else if (type == Catalog.class) {
            return Catalog.bundled();
        } else if (type == CatalogEntry.class) {
            return CatalogEntry.of(SeedInstruments.guardianSurvey());
        } else if (type == ExampleDistrict.class) {
            return DISTRICT;
        } else if (type == SmallCellRule.class) {
            return SmallCellRule.defaults();
        } else if (type == java.io.Writer.class) {
            return new java.io.StringWriter();
        } else if (type == java.nio.file.Path.class) {
            return java.nio.file.Path.of("never-written.csv"); // every call has a null beside it
        }
        return null;
    }

    @Test
    void everyPublicEntryPointOfTheExamplesNamesItsNullArgument() {
        NullArguments walk = NullArguments.withSamples(NullArgumentsTest::sample);
        List<Class<?>> types = NullArguments.publicTypes(Catalog.class, "org.engagementrubrics.examples",
                "org.engagementrubrics.examples.embedding");

        List<String> failures = walk.failures(types);

        assertThat(types).contains(Catalog.class, CatalogEntry.class, SeedInstruments.class, SampleResponses.class);
        assertThat(walk.checked()).contains("Catalog#of(instruments)", "Catalog#instrument(kind)",
                "Catalog#bundledFile(id)", "CatalogEntry#of(instrument)", "CatalogEntry#<init>(title)",
                "ExampleDistrict#coverage(rule)", "ExampleDistrict#writeCsv(contactsFile)",
                "ExampleDistrict#writeRosterCsv(out)");
        assertThat(failures).as("issue 9 item 1: calls whose null argument is not named").isEmpty();
    }

    @Test
    void aCatalogOfInstrumentsNamesTheNullOne() {
        assertThatThrownBy(() -> Catalog.of(java.util.Arrays.asList(SeedInstruments.guardianSurvey(), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("instruments[1]");
    }
}
