package org.engagementrubrics.json.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/** Ours → CASE → ours gives equal instruments, and every package written passes the official schema. */
class CaseRoundTripPropertiesTest {

    private static final CaseJson CASE = CaseJson.defaults();

    @Test
    void generatedStagedRubricsAndMatricesReadBackEqualFromSchemaValidPackages() {
        Properties.forAll("CASE round trip of matrix instruments", 200, Generators.matrixInstruments(), instrument -> {
            String json = CASE.write(instrument, CaseOptions.defaults());
            assertThat(CaseTesting.officialSchemaErrors(json)).isEmpty();
            Instrument back = CASE.read(json, "generated.case.json", CaseReadOptions.strict()).instrument();
            assertThat(back).isEqualTo(instrument);
            assertThat(CASE.write(back, CaseOptions.defaults())).isEqualTo(json);
        });
    }

    @Test
    void theUriBaseAndTimeChangeNoIdentifierAndStillReadBackEqual() {
        CaseOptions options = CaseOptions.defaults().withBaseUri("https://case.example.org/CFRubrics/")
                .withLastChangeDateTime(Instant.parse("2026-01-02T03:04:05Z"));
        Properties.forAll("CASE options", 50, Generators.matrixInstruments(), instrument -> {
            String json = CASE.write(instrument, options);
            assertThat(CaseTesting.officialSchemaErrors(json)).isEmpty();
            assertThat(CASE.read(json, "generated.case.json", CaseReadOptions.strict()).instrument()).isEqualTo(instrument);
            assertThat(json.replace("https://case.example.org/CFRubrics/", "urn:uuid:")
                    .replace("2026-01-02T03:04:05Z", "1970-01-01T00:00:00Z"))
                    .isEqualTo(CASE.write(instrument, CaseOptions.defaults()));
        });
    }

    @Test
    void generatedPointsRubricsReadBackEqualFromSchemaValidPackages() {
        Properties.forAll("CASE round trip of points rubrics", 200, Generators.pointsRubrics(), rubric -> {
            assertThat(RubricValidator.create().validate(rubric)).as("generated rubric is valid").isEmpty();
            String json = CASE.write(rubric, CaseOptions.defaults());
            assertThat(CaseTesting.officialSchemaErrors(json)).isEmpty();
            Instrument back = CASE.read(json, "generated.case.json", CaseReadOptions.strict()).instrument();
            assertThat(back).isEqualTo(rubric);
            assertThat(CASE.write(back, CaseOptions.defaults())).isEqualTo(json);
        });
    }
}
