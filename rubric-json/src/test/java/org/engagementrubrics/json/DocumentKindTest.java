package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.groups.GroupedTally;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.IdMapping;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of document kinds is complete: a kind added in one place (a schema file, a record type of core,
 * an instrument kind, a golden file) and not in {@link DocumentKind} fails here, and every row works end to
 * end.
 */
class DocumentKindTest {

    private static final RubricJson JSON = RubricJson.defaults();

    private static Set<String> schemaFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(DocumentKind.class.getResource("schema").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> "schema/" + file.getFileName()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The records a sealed type permits, through any sealed interfaces between them. */
    private static List<Class<?>> leaves(Class<?> type) {
        if (!type.isSealed()) {
            return List.of(type);
        }
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            leaves.addAll(leaves(permitted));
        }
        return leaves;
    }

    @Test
    void everySchemaFileHasARowAndEveryRowItsSchemaFile() throws Exception {
        Set<String> rows = Arrays.stream(DocumentKind.values()).map(DocumentKind::schemaResource)
                .collect(Collectors.toCollection(TreeSet::new));
        Arrays.stream(DocumentKind.values()).filter(DocumentKind::hasCompactForm)
                .forEach(kind -> rows.add(kind.compactSchemaResource()));

        assertThat(rows).isEqualTo(schemaFiles());
    }

    @Test
    void everyRecordTypeOfCoreThatIsADocumentHasExactlyOneRow() {
        List<Class<?>> documents = new ArrayList<>(leaves(Instrument.class));
        documents.add(Response.class);
        documents.addAll(leaves(ScoreResult.class));
        documents.addAll(leaves(TallyState.class));
        documents.add(GroupedResult.class);
        documents.add(CoverageResult.class);
        documents.add(Comparison.class);
        documents.add(IdMapping.class);
        documents.add(Consensus.class);
        documents.add(AgreementReport.class);
        documents.add(org.engagementrubrics.core.scoring.StagePointsScheme.class);

        assertThat(Arrays.stream(DocumentKind.values()).map(DocumentKind::type).toList())
                .containsExactlyInAnyOrderElementsOf(documents);
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(kind.role().type()).as("role of %s", kind).isAssignableFrom(kind.type());
        }
    }

    @Test
    void theInstrumentRowsAreTheInstrumentKindsOfCoreInTheirOrder() {
        assertThat(DocumentKind.kindNames(DocumentKind.Role.INSTRUMENT))
                .containsExactlyElementsOf(Arrays.stream(InstrumentKind.values()).map(InstrumentKind::kindName).toList());
    }

    @Test
    void everyListOfKindsFollowsTheTable() {
        List<String> all = new ArrayList<>(DocumentKind.kindNames(DocumentKind.Role.INSTRUMENT));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.RESPONSE));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.RESULT));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.TALLY));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.BY_GROUP));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.COVERAGE));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.COMPARISON));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.ID_MAPPING));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.CONSENSUS));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.AGREEMENT_REPORT));
        all.addAll(DocumentKind.kindNames(DocumentKind.Role.STAGE_POINTS_SCHEME));

        assertThat(DocumentKind.kindNames()).containsExactlyElementsOf(all).doesNotHaveDuplicates().hasSize(28);
        assertThat(DocumentKind.kindNames(DocumentKind.Role.BY_GROUP)).containsExactly("survey-by-group-result");
        assertThat(DocumentKind.kindNames(DocumentKind.Role.RESPONSE)).containsExactly("response");
        assertThat(DocumentKind.kindNames(DocumentKind.Role.COVERAGE)).containsExactly("coverage-result");
        assertThat(DocumentKind.kindNames(DocumentKind.Role.COMPARISON)).containsExactly("comparison");
        assertThat(DocumentKind.kindNames(DocumentKind.Role.ID_MAPPING)).containsExactly("id-mapping");
        assertThat(JsonSchemas.kinds()).containsExactlyElementsOf(all);
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(DocumentKind.named(kind.kindName())).isSameAs(kind);
            assertThat(kind.codec().prefix()).as("the header of %s", kind).isEqualTo(ObjectCodec.DOCUMENT_PREFIX);
        }
        assertThat(DocumentKind.named("rubric")).isNull();
    }

    @Test
    void everyGoldenFileIsOfAKindInTheTable() throws IOException {
        for (Path file : GoldenFilesTest.files("golden", ".json")) {
            assertThat(DocumentKind.named(kindOf(file))).as("the kind of %s", file.getFileName()).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyRowRoundTripsAGoldenFileThroughTheReaderTheWriterAndTheJacksonModule(DocumentKind kind)
            throws IOException {
        JsonMapper mapper = JsonMapper.builder().addModule(new RubricJsonModule()).build();
        List<Path> files = new ArrayList<>();
        for (Path file : GoldenFilesTest.files("golden", ".json")) {
            if (kindOf(file).equals(kind.kindName())) {
                files.add(file);
            }
        }
        assertThat(files).as("golden files of kind %s", kind.kindName()).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);

            Object value = JSON.read(file);

            assertThat(value).as(file.getFileName().toString()).isInstanceOf(kind.type());
            assertThat(DocumentKind.of(value)).isSameAs(kind);
            assertThat(DocumentWriter.write(value)).isEqualTo(text);
            assertThat(JsonSchemas.schema(kind.kindName())).contains("\"const\": \"" + kind.kindName() + "\"");
            assertThat(mapper.readValue(text, kind.type())).isEqualTo(value);
            assertThat(mapper.readValue(text, kind.role().type())).isEqualTo(value);
            assertThat(mapper.writeValueAsString(value)).isEqualTo(DocumentWriter.writeLine(value));
        }
    }

    @Test
    void resultsByGroupOfAnotherPooledKindHaveNoDocumentKind() {
        GroupedTally<ScoreResult> tally = GroupedTally.of(ScoringEngine.defaults().prepare((Instrument) Fixtures.checklist()),
                Roster.of(Family.of("parent-3", "iep")));
        tally.add(Response.of("r-1", Fixtures.checklist().id(), "parent-3", "school-12", Fixtures.WHEN,
                ChecklistAnswers.of(Map.of("look-1", ChecklistAnswer.of(ChecklistMark.OBSERVED)))));
        GroupedResult<ScoreResult> checklists = tally.result();

        assertThatThrownBy(() -> DocumentWriter.write(checklists)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no document kind for results by group of ChecklistResults; survey-by-group-result holds"
                        + " survey results only");
    }

    /** The kind a golden file declares, read from its third line ({@code "kind": "..."}). */
    private static String kindOf(Path file) throws IOException {
        String line = Files.readAllLines(file, StandardCharsets.UTF_8).get(2).strip();
        assertThat(line).as("the kind line of %s", file.getFileName()).startsWith("\"kind\": \"");
        return line.substring("\"kind\": \"".length(), line.lastIndexOf('"'));
    }
}
