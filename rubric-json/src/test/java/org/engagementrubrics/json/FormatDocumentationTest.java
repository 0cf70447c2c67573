package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example in {@code docs/format.md} is read, validated (responses against the instrument of
 * the same page) and is exactly what the writer writes.
 */
class FormatDocumentationTest {

    private static final Path DOC = Path.of("..", "docs", "format.md");
    private static final Pattern BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    private static List<String> examples() throws Exception {
        Matcher matcher = BLOCK.matcher(Files.readString(DOC));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    @Test
    void everyExampleIsValidAndCanonical() throws Exception {
        RubricJson json = RubricJson.defaults();
        List<String> examples = examples();
        Map<String, Instrument> instruments = new HashMap<>();
        List<Object> values = new ArrayList<>();
        int tallies = 0;
        int byGroup = 0;
        for (int i = 0; i < examples.size(); i++) {
            Object value = json.read(examples.get(i), "docs/format.md example " + (i + 1));
            values.add(value);
            if (value instanceof Instrument instrument) {
                instruments.put(instrument.id(), instrument);
                assertThat(json.write(instrument)).isEqualTo(examples.get(i));
            }
        }
        for (int i = 0; i < examples.size(); i++) {
            if (values.get(i) instanceof Response response) {
                Instrument instrument = instruments.get(response.instrumentId());
                assertThat(instrument).as("the page shows the instrument of response %s", response.id()).isNotNull();
                assertThat(json.responseReader(instrument).read(examples.get(i), "example " + (i + 1))).isEqualTo(response);
                assertThat(json.write(response)).isEqualTo(examples.get(i));
            } else if (values.get(i) instanceof ScoreResult result) {
                assertThat(json.write(result)).isEqualTo(examples.get(i));
                assertThat(result.instrument().fingerprint())
                        .isEqualTo(instruments.get(result.instrument().id()).fingerprint());
            } else if (values.get(i) instanceof TallyState state) {
                assertThat(json.write(state)).isEqualTo(examples.get(i));
                PreparedInstrument<Instrument, ScoreResult> prepared = ScoringEngine.defaults()
                        .prepare(instruments.get(state.instrument().id()));
                assertThat(prepared.tally(state).state()).as("the example restores on its instrument").isEqualTo(state);
                tallies++;
            } else if (values.get(i) instanceof GroupedResult<?> grouped) {
                assertThat(DocumentWriter.write(grouped)).isEqualTo(examples.get(i));
                assertThat(grouped.instrument().fingerprint())
                        .isEqualTo(instruments.get(grouped.instrument().id()).fingerprint());
                byGroup++;
            } else if (values.get(i) instanceof org.engagementrubrics.core.change.IdMapping mapping) {
                assertThat(json.write(mapping)).isEqualTo(examples.get(i));
                assertThat(mapping).isEqualTo(ChangeSamples.MAPPING);
            } else if (values.get(i) instanceof CoverageResult coverage) {
                assertThat(json.write(coverage)).isEqualTo(examples.get(i));
                assertThat(coverage).isEqualTo(CoverageSamples.firstQuarter());
            } else if (values.get(i) instanceof org.engagementrubrics.core.raters.Consensus consensus) {
                assertThat(json.write(consensus)).isEqualTo(examples.get(i));
                assertThat(consensus).isEqualTo(org.engagementrubrics.core.raters.Consensus.of(PanelSamples.checklist()));
            } else if (values.get(i) instanceof org.engagementrubrics.core.raters.AgreementReport report) {
                assertThat(json.write(report)).isEqualTo(examples.get(i));
                assertThat(report.instrument().fingerprint()).isEqualTo(Fixtures.conditions().fingerprint());
            } else if (values.get(i) instanceof org.engagementrubrics.core.scoring.StagePointsScheme scheme) {
                assertThat(json.write(scheme)).isEqualTo(examples.get(i));
                assertThat(scheme).isEqualTo(GoldenValues.all().get("stage-points-scheme.json"));
            }
        }
        assertThat(values).filteredOn(Instrument.class::isInstance).extracting(v -> ((Instrument) v).kind().kindName())
                .containsExactlyInAnyOrderElementsOf(DocumentKind.kindNames(DocumentKind.Role.INSTRUMENT));
        assertThat(values).filteredOn(Response.class::isInstance)
                .extracting(v -> ((Response) v).evidence().kindName())
                .containsExactlyInAnyOrder("marks", "ratings", "statuses", "checklist-answers", "criterion-ratings");
        assertThat(tallies).as("a tally state example").isPositive();
        assertThat(byGroup).as("a survey results by group example").isPositive();
        assertThat(values).filteredOn(CoverageResult.class::isInstance).hasSize(1);
    }

    private static ObjectCodec<?> variant(Codec<?> family, String name) {
        return ((Variants<?>) family).variants().get(name);
    }

    @Test
    void theFieldReferenceNamesEveryField() throws Exception {
        String doc = Files.readString(DOC);
        for (ObjectCodec<?> codec : List.of(InstrumentCodecs.Staged.STAGED_RUBRIC, InstrumentCodecs.Matrix.ARCHETYPE_MATRIX, InstrumentCodecs.Conditions.CONDITIONS_ASSESSMENT,
                InstrumentCodecs.District.DISTRICT_INDICATORS, InstrumentCodecs.Checklists.CHECKLIST, InstrumentCodecs.Surveys.SURVEY, ResponseCodecs.RESPONSE, InstrumentCodecs.Staged.STANDARD,
                InstrumentCodecs.Matrix.ARCHETYPE, InstrumentCodecs.Matrix.PROFILE_CONDITION, ResultCodecs.RATING_SUMMARY, ResultCodecs.ROW_FIT, ResultCodecs.RESPONSE_POOL, ResultCodecs.RATING_RESULT,
                ResultCodecs.ROLLUP_RESULT, ResultCodecs.CHECKLIST_RESULT, ResultCodecs.SURVEY_RESULT,
                TallyCodecs.RATING_COUNTS, TallyCodecs.RATING_TALLY, TallyCodecs.ROLLUP_TALLY, TallyCodecs.CHECKLIST_TALLY,
                TallyCodecs.SURVEY_TALLY, GroupCodecs.SURVEY_BY_GROUP_RESULT, ResultCodecs.SURVEY_RESULT_BODY,
                ((Variants<?>) GroupCodecs.RULE).variants().get("minimum"),
                ((Variants<?>) GroupCodecs.GROUP).variants().get("shown"),
                ((Variants<?>) GroupCodecs.GROUP).variants().get("no-respondents"),
                ((Variants<?>) GroupCodecs.GROUP).variants().get("withheld"),
                CoverageCodecs.COVERAGE_RESULT, CoverageCodecs.GOAL, CoverageCodecs.CALENDAR, CoverageCodecs.PERIOD,
                CoverageCodecs.GROUP, variant(CoverageCodecs.FIGURES, "shown"), variant(CoverageCodecs.FIGURES, "withheld"),
                variant(CoverageCodecs.RULE, "minimum"), ChangeCodecs.COMPARISON, ChangeCodecs.REVIEW, ChangeCodecs.STEP,
                ChangeCodecs.CHANGE, variant(ChangeCodecs.STANDING, "placed"), ChangeCodecs.ID_MAPPING,
                PanelCodecs.CONSENSUS, PanelCodecs.SCALE,
                variant(PanelCodecs.SUBJECT, "shown"), variant(PanelCodecs.SUBJECT, "withheld"), PanelCodecs.UNIT,
                variant(PanelCodecs.SUMMARY, "ordered"), PanelCodecs.AGREEMENT_REPORT, PanelCodecs.FIGURES,
                PanelCodecs.ALPHA, variant(PanelCodecs.RESULT, "estimate"), variant(PanelCodecs.RESULT, "undefined"),
                variant(PanelCodecs.INTERVAL, "percentile"), InstrumentCodecs.Points.POINTS_RUBRIC,
                InstrumentCodecs.Points.CRITERION, InstrumentCodecs.Points.LEVEL, InstrumentCodecs.Points.LEVELS,
                InstrumentCodecs.Points.FREE_FORM, ResponseCodecs.CRITERION_RATINGS, ResultCodecs.CRITERION_POINTS,
                ResultCodecs.POINTS_RESULT, TallyCodecs.POINTS_TALLY, PointsCodecs.STAGE_POINTS_SCHEME, PointsCodecs.STAGE_POINTS,
                PointsCodecs.PART)) {
            int heading = doc.indexOf("\n### " + codec.name() + "\n", doc.indexOf("## Field reference"));
            assertThat(heading).as("a reference section for %s", codec.name()).isPositive();
            int next = doc.indexOf("\n### ", heading + 5);
            String section = doc.substring(heading, next < 0 ? doc.length() : next);
            for (String field : codec.fieldNames()) {
                assertThat(section).as("field %s of %s", field, codec.name()).contains("| `" + field + "` |");
            }
        }
    }
}
