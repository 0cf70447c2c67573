package org.engagementrubrics.json.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.engagementrubrics.core.Instrument;
import org.junit.jupiter.api.Test;

/**
 * The hand-checked CASE export of the 4 Versions matrix. After a deliberate change, regenerate with
 * {@code ./mvnw -pl rubric-json test -Dtest=CaseGoldenTest -Drubric.updateGolden=true}, then check the diff by
 * hand against the instrument, field by field.
 */
class CaseGoldenTest {

    private static final String FILE = "four-versions-of-partnerships.case.json";

    @Test
    void theFourVersionsMatrixExportsExactlyAsTheGoldenFile() throws IOException {
        Instrument matrix = CaseTesting.catalog("four-versions-of-partnerships");
        String written = CaseJson.defaults().write(matrix, CaseOptions.defaults());
        if (Boolean.getBoolean("rubric.updateGolden")) {
            Files.writeString(CaseTesting.SOURCE_RESOURCES.resolve(FILE), written, StandardCharsets.UTF_8);
        }
        String golden = CaseTesting.resource("/org/engagementrubrics/json/casev1p1/" + FILE);
        assertThat(written).isEqualTo(golden);
        assertThat(CaseTesting.officialSchemaErrors(golden)).isEmpty();
        assertThat(CaseJson.defaults().read(golden, FILE, CaseReadOptions.strict()).instrument()).isEqualTo(matrix);
    }
}
