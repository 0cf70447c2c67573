package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.core.validation.Severity;
import org.engagementrubrics.testkit.Fixtures;
import org.engagementrubrics.testkit.NullArguments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 1: every public entry point of rubric-json checks its arguments and names the one that is
 * null ({@code readInstrument((String) null, "x")} says {@code json}, not "Cannot read the array length
 * because bytes is null").
 */
class NullArgumentsTest {

    /** Parameters documented as accepting null. */
    private static final String[] NULLABLE = {
        "ResponseRecord#<init>(response)",
        "ResponseRecord#<init>(checked)",
        "Document#<init>(checked)",
    };

    private static final ArchetypeMatrix MATRIX = Fixtures.fourVersions();
    private static final Response RESPONSE = Fixtures.response(MATRIX.id(), Fixtures.fits("partnership"));

    @TempDir
    Path dir;

    private Object sample(Class<?> type, Path file) {
        RubricJson json = RubricJson.defaults();
        PreparedInstrument<ArchetypeMatrix, ?> prepared = ScoringEngine.defaults().prepare(MATRIX);
        if (type == String.class) {
            return "x";
        } else if (type == Object.class) {
            return MATRIX; // a document's value
        } else if (type == Severity.class) {
            return Severity.ERROR;
        } else if (type == Path.class) {
            return file;
        } else if (type == InputStream.class) {
            return new ByteArrayInputStream(json.write(MATRIX).getBytes(StandardCharsets.UTF_8));
        } else if (type == OutputStream.class) {
            return new ByteArrayOutputStream();
        } else if (type == Writer.class) {
            return new StringWriter();
        } else if (type == List.class) {
            return List.of();
        } else if (type == RubricJson.class) {
            return json;
        } else if (type == ReadLimits.class) {
            return ReadLimits.defaults();
        } else if (type == RubricValidator.class) {
            return json.validator();
        } else if (type == Instrument.class) {
            return MATRIX;
        } else if (type == Response.class) {
            return RESPONSE;
        } else if (type == ScoreResult.class) {
            return ScoringEngine.defaults().score(MATRIX, RESPONSE);
        } else if (type == org.engagementrubrics.core.scoring.Tally.class) {
            return ScoringEngine.defaults().prepare(Fixtures.survey()).tally();
        } else if (type == org.engagementrubrics.core.scoring.TallyState.class) {
            return ScoringEngine.defaults().prepare(Fixtures.survey()).tally().state();
        } else if (type == org.engagementrubrics.core.groups.GroupedResult.class) {
            return GoldenValues.all().get("survey-by-group-result.json");
        } else if (type == PreparedInstrument.class) {
            return prepared;
        } else if (type == CheckedResponse.class) {
            return prepared.check(RESPONSE);
        } else if (type == ResponseReader.class) {
            return json.responseReader(MATRIX);
        } else if (type == ResponseRecord.class) {
            return new ResponseRecord(1, 1, RESPONSE, List.of());
        } else if (type == FormatProblem.class) {
            return new FormatProblem("x", "", 1, 1, FormatCodes.SYNTAX, "x");
        } else if (type == ResponseStream.class) {
            return json.responseReader().stream(new ByteArrayInputStream(new byte[0]), "empty.jsonl");
        } else if (type == int.class) {
            return 1;
        } else if (type == java.math.BigDecimal.class) {
            return java.math.BigDecimal.ONE;
        } else if (type == Contents.Document.class) {
            return new Contents.Document(MATRIX);
        } else if (type == Roster.class) {
            return Roster.of(Family.of("f-1", "iep"));
        } else if (type == CoverageResult.class) {
            return CoverageSamples.twoQuarters();
        } else if (type == org.engagementrubrics.core.change.Comparison.class) {
            return ChangeSamples.survey();
        } else if (type == org.engagementrubrics.core.change.IdMapping.class) {
            return ChangeSamples.MAPPING;
        } else if (type == org.engagementrubrics.core.raters.Consensus.class) {
            return org.engagementrubrics.core.raters.Consensus.of(PanelSamples.checklist());
        } else if (type == org.engagementrubrics.core.raters.AgreementReport.class) {
            return org.engagementrubrics.core.raters.AgreementReport.of(PanelSamples.checklist(),
                    org.engagementrubrics.core.agreement.Bootstrap.of(10, 1L));
        } else if (type == org.engagementrubrics.json.casev1p1.CaseJson.class) {
            return org.engagementrubrics.json.casev1p1.CaseJson.defaults();
        } else if (type == org.engagementrubrics.json.casev1p1.CaseOptions.class) {
            return org.engagementrubrics.json.casev1p1.CaseOptions.defaults();
        } else if (type == org.engagementrubrics.json.casev1p1.CaseReadOptions.class) {
            return org.engagementrubrics.json.casev1p1.CaseReadOptions.strict();
        } else if (type == java.time.Instant.class) {
            return java.time.Instant.EPOCH;
        } else if (type == org.engagementrubrics.core.scoring.StagePointsScheme.class) {
            return GoldenValues.all().get("stage-points-scheme.json");
        }
        return null;
    }

    @Test
    void everyPublicEntryPointOfRubricJsonNamesItsNullArgument() throws IOException {
        Path file = Files.writeString(dir.resolve("matrix.json"), RubricJson.defaults().write(MATRIX));
        NullArguments walk = NullArguments.withSamples(type -> sample(type, file)).nullable(NULLABLE);
        List<Class<?>> types = NullArguments.publicTypes(RubricJson.class, "org.engagementrubrics.json",
                "org.engagementrubrics.json.fuzz");

        List<String> failures = walk.failures(types);

        assertThat(types).contains(RubricJson.class, ResponseReader.class, ResponseStream.class, Contents.class,
                ResponseRecord.class, FormatProblem.class, ReadLimits.class, JsonSchemas.class,
                RubricJsonModule.class, org.engagementrubrics.json.roster.RosterRead.class,
                org.engagementrubrics.json.roster.RosterWriter.class, org.engagementrubrics.json.roster.GroupIds.class);
        assertThat(failures).as("issue 9 item 1: calls whose null argument is not named").isEmpty();
        assertThat(walk.checked()).contains("RubricJson#readInstrument(json)", "RubricJson#write(out)",
                "ResponseReader#stream(in)", "JsonSchemas#schema(kind)", "RubricJsonModule#<init>(json)",
                "RubricJson#resultArrayWriter(out)", "RubricJson#problemArrayWriter(out)");
    }

    @Test
    void theReportedCasesNameTheirArgument() {
        RubricJson json = RubricJson.defaults();

        assertThatThrownBy(() -> json.readInstrument((String) null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("json");
        assertThatThrownBy(() -> json.writeResults(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("results");
        assertThatThrownBy(() -> json.responseReader((PreparedInstrument<?, ?>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("prepared");
    }
}
