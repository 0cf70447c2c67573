package org.engagementrubrics.json.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Export and import of CASE 1.1 packages on the bundled catalog (issue 14, item 4). */
class CaseJsonTest {

    private static final CaseJson CASE = CaseJson.defaults();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void everyCatalogMatrixExportsToASchemaValidPackageAndReadsBackEqual() {
        int exported = 0;
        for (Instrument instrument : CaseTesting.catalog()) {
            if (!(instrument instanceof MatrixInstrument)) {
                continue;
            }
            String json = CASE.write(instrument, CaseOptions.defaults());
            assertThat(CaseTesting.officialSchemaErrors(json)).as(instrument.id()).isEmpty();
            Object back = CASE.read(json, instrument.id() + ".case.json", CaseReadOptions.strict()).instrument();
            assertThat(back).as(instrument.id()).isEqualTo(instrument);
            exported++;
        }
        assertThat(exported).isEqualTo(2);
    }

    @Test
    void kindsCaseDoesNotCoverAreRefusedByName() {
        Instrument survey = CaseTesting.catalog("guardian-survey");
        assertThatThrownBy(() -> CASE.write(survey, CaseOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("survey");
    }

    @Test
    void exportingTwiceGivesIdenticalBytesAndTheOptionsSetUrisAndTimes() {
        Instrument rubric = CaseTesting.catalog("family-engagement-rubric");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CASE.write(rubric, CaseOptions.defaults(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CASE.write(rubric, CaseOptions.defaults()));

        CaseOptions options = CaseOptions.defaults().withBaseUri("https://case.example.org/uri/")
                .withLastChangeDateTime(Instant.parse("2026-11-30T08:00:00Z"));
        JsonNode pkg = MAPPER.readTree(CASE.write(rubric, options));
        JsonNode criterion = pkg.at("/CFRubrics/0/CFRubricCriteria/0");
        assertThat(criterion.get("uri").asString())
                .isEqualTo("https://case.example.org/uri/" + criterion.get("identifier").asString());
        assertThat(criterion.get("lastChangeDateTime").asString()).isEqualTo("2026-11-30T08:00:00Z");
        assertThat(pkg.at("/CFDocument/lastChangeDateTime").asString()).isEqualTo("2026-11-30T08:00:00Z");
        assertThat(CASE.read(MAPPER.writeValueAsString(pkg), "x", CaseReadOptions.strict()).instrument()).isEqualTo(rubric);
    }

    @Test
    void identifiersAreVersionFiveUuidsOfIdVersionAndElementPath() {
        Instrument matrix = CaseTesting.catalog("four-versions-of-partnerships");
        JsonNode pkg = MAPPER.readTree(CASE.write(matrix, CaseOptions.defaults()));
        String rubricId = pkg.at("/CFRubrics/0/identifier").asString();
        // python3: uuid.uuid5(uuid.UUID('23093853-f965-5532-82e4-387d4a0ff152'), 'a\n1\nrubric')
        assertThat(CaseIds.of("a", "1", "rubric")).isEqualTo("8b0a445f-3b45-52f7-b8c1-88f6f4ae2dff");
        assertThat(rubricId).isEqualTo(CaseIds.of(matrix.id(), matrix.version(), "rubric"));
        assertThat(pkg.at("/CFRubrics/0/uri").asString()).isEqualTo("urn:uuid:" + rubricId);
        assertThat(pkg.at("/CFRubrics/0/CFRubricCriteria/0/rubricId").asString()).isEqualTo(rubricId);
        assertThat(pkg.at("/CFDocument/caseVersion").asString()).isEqualTo("1.1");
    }

    @Test
    void anEditedStatementLineInALevelDescriptionIsReadIntoThatStatement() {
        ArchetypeMatrix matrix = (ArchetypeMatrix) CaseTesting.catalog("four-versions-of-partnerships");
        ObjectNode pkg = (ObjectNode) MAPPER.readTree(CASE.write(matrix, CaseOptions.defaults()));
        ObjectNode level = (ObjectNode) pkg.at("/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/0");
        String[] lines = level.get("description").asString().split("\n", -1);
        lines[0] = "Families are greeted at the door.";
        level.put("description", String.join("\n", lines));

        ArchetypeMatrix back = (ArchetypeMatrix) CASE.read(MAPPER.writeValueAsString(pkg), "edited.json",
                CaseReadOptions.strict()).instrument();
        assertThat(back.dimensions().get(0).cells().get(0).statements().get(0).text().text())
                .isEqualTo("Families are greeted at the door.");
        assertThat(back.dimensions().get(0).cells().get(0).statements().get(0).id())
                .isEqualTo(matrix.dimensions().get(0).cells().get(0).statements().get(0).id());
    }

    @Test
    void aQualityEditedInOneCriterionIsAMismatchAtItsPointer() {
        StagedRubric rubric = (StagedRubric) CaseTesting.catalog("family-engagement-rubric");
        ObjectNode pkg = (ObjectNode) MAPPER.readTree(CASE.write(rubric, CaseOptions.defaults()));
        ((ObjectNode) pkg.at("/CFRubrics/0/CFRubricCriteria/1/CFRubricCriterionLevels/0")).put("quality", "Start");

        FormatException e = catchFormat(() -> CASE.read(MAPPER.writeValueAsString(pkg), "edited.json",
                CaseReadOptions.strict()));
        assertThat(e.problems()).extracting(FormatProblem::pointer, FormatProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/CFRubrics/0/CFRubricCriteria/1/CFRubricCriterionLevels/0/quality",
                        CaseJson.MISMATCH));
        assertThat(e.problems().get(0).message()).contains("'Start'", "'" + rubric.stages().get(0).label().text() + "'");
    }

    @Test
    void aFileThatIsNotJsonIsASyntaxProblemWithItsLineAndColumn() {
        FormatException e = catchFormat(() -> CASE.read("{\n  \"CFDocument\": ,\n}", "broken.json",
                CaseReadOptions.strict()));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("syntax");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.source()).isEqualTo("broken.json");
        });
    }

    @Test
    void aPackageWithoutRubricsIsRefusedAtCfRubrics() {
        String json = "{\"CFDocument\": {\"identifier\": \"8b0a445f-3b45-52f7-b8c1-88f6f4ae2dff\", \"uri\": \"urn:x\","
                + " \"creator\": \"c\", \"title\": \"t\", \"lastChangeDateTime\": \"2020-01-01T00:00:00Z\"}}";
        FormatException e = catchFormat(() -> CASE.read(json, "empty.json", CaseReadOptions.strict()));
        assertThat(e.problems()).extracting(FormatProblem::pointer, FormatProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/CFRubrics", CaseJson.UNSUPPORTED));
    }

    @Test
    void aForeignSchemaValidRubricIsReadStrictlyAsAPointsRubricKeepingWhatOurModelHasNoFieldFor() {
        String json = CaseTesting.resource("/org/engagementrubrics/json/casev1p1/foreign-points.case.json");
        assertThat(CaseTesting.officialSchemaErrors(json)).isEmpty();
        CaseImport read = CASE.read(json, "foreign.json", CaseReadOptions.strict());
        assertThat(read.warnings()).isEmpty();
        PointsRubric rubric = (PointsRubric) read.instrument();

        assertThat(rubric.id()).isEqualTo("3f0b7a52-2d4c-4c8e-8f61-5a2e9d0c7b13");
        assertThat(rubric.version()).isEqualTo("2025.1");
        assertThat(rubric.source().attribution()).isEqualTo("Example District");
        assertThat(rubric.extensions().values()).containsEntry("case.description",
                ExtensionValue.of("Scored by the family engagement team"));
        assertThat(rubric.criteria()).extracting(c -> c.title().text()).containsExactly("Welcome", "Invitations");
        Criterion invitations = rubric.criteria().get(1);
        assertThat(invitations.weight()).isEqualByComparingTo("2.5");
        assertThat(rubric.criteria().get(0).weight()).isEqualByComparingTo("1");
        assertThat(invitations.extensions().values()).containsEntry("case.category", ExtensionValue.of("Outreach"));
        assertThat(invitations.levels()).extracting(l -> l.label().text()).containsExactly("English only", "Home languages");
        assertThat(invitations.levels()).extracting(Level::points).containsExactly(new BigDecimal("1.5"), new BigDecimal("4"));
        assertThat(invitations.levels().get(1).description().text()).isEqualTo("Invitations went out in every home language");
        assertThat(invitations.levels().get(1).extensions().values()).containsEntry("case.feedback",
                ExtensionValue.of("Keep it up"));

        String ours = CASE.write(rubric, CaseOptions.defaults());
        assertThat(CASE.read(ours, "ours.json", CaseReadOptions.strict()).instrument()).isEqualTo(rubric);
    }

    @Test
    void aSchemaValidPackageWithARepeatedIdentifierIsRefusedStrictlyAndRepairedLeniently() {
        String json = CaseTesting.resource("/org/engagementrubrics/json/casev1p1/foreign-points.case.json")
                .replace("c4d9e3a2-8f7b-4e6a-9d1c-2a3b4c5d6e72", "b3c8d2f1-7e6a-4d59-8c0b-1f2e3d4c5b61");
        assertThat(CaseTesting.officialSchemaErrors(json)).isEmpty();
        FormatException e = catchFormat(() -> CASE.read(json, "repeated.json", CaseReadOptions.strict()));
        String pointer = "/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/1/identifier";
        assertThat(e.problems()).extracting(FormatProblem::pointer, FormatProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pointer, CaseJson.REPAIRABLE));
        assertThat(e.problems().get(0).message()).contains("repeats the one at "
                + "/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/0/identifier");

        CaseImport read = CASE.read(json, "repeated.json", CaseReadOptions.lenient());
        assertThat(read.warnings()).extracting(FormatProblem::pointer).containsExactly(pointer);
        assertThat(((PointsRubric) read.instrument()).criteria().get(1).levels()).extracting(Level::id)
                .doesNotHaveDuplicates();
    }

    static FormatException catchFormat(Runnable read) {
        try {
            read.run();
        } catch (FormatException e) {
            return e;
        }
        throw new AssertionError("expected a FormatException");
    }

    static List<String> codes(FormatException e) {
        return e.problems().stream().map(FormatProblem::code).toList();
    }
}
