package org.engagementrubrics.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.agreement.Metric;
import org.engagementrubrics.core.agreement.ReliabilityData;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.Figures;
import org.engagementrubrics.core.coverage.PeriodCoverage;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.RatingSummary;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.examples.ExampleDistrict;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each benchmark's baseline gives the library's answer on the benchmark's own inputs, so that a ratio compares
 * two ways of doing the same job. Nothing here is timed.
 */
class BaselinesAgreeTest {

    @Test
    void partnershipBaselineFindsTheLibrarysBestFitsAndProfiles() {
        ArchetypeMatrix matrix = Fixtures.partnershipMatrix();
        PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = ScoringEngine.defaults().prepare(matrix);
        BestFitBaseline baseline = BestFitBaseline.of(matrix);
        int classified = 0;
        for (Response response : Fixtures.markedResponses(matrix)) {
            ArchetypeResult ours = prepared.score(response);
            int[] fits = baseline.fits(statements(response));
            assertThat(names(baseline, fits)).isEqualTo(names(ours.rows()));
            String rule = ours.profile() instanceof Profile.Classified c ? c.ruleId() : null;
            assertThat(baseline.profile(fits)).as(response.id()).isEqualTo(rule);
            classified += rule == null ? 0 : 1;
        }
        assertThat(classified).as("responses the profile rules classify").isPositive();
    }

    @Test
    void stageBaselinePlacesEveryStandardAsTheLibraryDoes() {
        StagedRubric rubric = Fixtures.familyRubric();
        PreparedInstrument<StagedRubric, StageResult> prepared = ScoringEngine.defaults().prepare(rubric);
        BestFitBaseline baseline = BestFitBaseline.of((MatrixInstrument) rubric);
        for (Response response : Fixtures.markedResponses(rubric)) {
            StageResult ours = prepared.score(response);
            assertThat(ours.rows()).hasSize(8);
            assertThat(names(baseline, baseline.fits(statements(response)))).isEqualTo(names(ours.rows()));
        }
    }

    @Test
    void rubricReadAndTreeReadSeeTheSameEightStandards() {
        byte[] file = Fixtures.familyRubricFile();
        Instrument ours = RubricJson.defaults().readInstrument(new ByteArrayInputStream(file), "rubric.json");
        assertThat(ours).isEqualTo(Fixtures.familyRubric());
        assertThat(JsonMapper.builder().build().readTree(file).get("standards").size())
                .isEqualTo(((StagedRubric) ours).rows().size());
    }

    @Test
    void surveyBaselineCountsWhatThePooledResultSummarizes() {
        RubricJson json = RubricJson.defaults();
        PreparedInstrument<Instrument, ScoreResult> prepared = ScoringEngine.defaults().withValidator(json.validator())
                .prepare(Catalog.bundled().instrument(Fixtures.GUARDIAN_SURVEY));
        int count = Fixtures.SURVEY_RESPONSES_PER_OP / 5;
        byte[] lines = SurveyLines.bytes(0, count);
        SurveyResult ours = (SurveyResult) SurveyPoolBenchmark.pool(json, prepared, new ByteArrayInputStream(lines));
        Map<String, int[]> theirs = new SurveyBaseline().count(lines);
        assertThat(ours.responseCount()).isEqualTo(count);
        assertThat(ours.statements()).hasSize(theirs.size());
        for (RatingSummary summary : ours.statements()) {
            int[] slots = theirs.get(summary.itemId());
            assertThat(summary.notRated()).isEqualTo(slots[SurveyBaseline.NOT_RATED]).isPositive();
            assertThat(summary.notApplicable()).isEqualTo(slots[SurveyBaseline.NOT_APPLICABLE]).isPositive();
            for (int value = 1; value <= 4; value++) {
                assertThat(summary.distribution().get(value)).as(summary.itemId() + " " + value)
                        .isEqualTo(slots[2 + value]);
            }
        }
    }

    @Test
    void textbookAlphaEqualsTheLibrarysIntervalAlpha() {
        int[][] ratings = Fixtures.ratings();
        AgreementResult ours = ReliabilityData.ofIntegers(Fixtures.boxed(ratings)).alpha(Metric.INTERVAL);
        double theirs = AlphaBaseline.interval(ratings, Fixtures.SCALE_MAX);
        assertThat(((AgreementResult.Estimate) ours).value()).isCloseTo(theirs, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(theirs).isBetween(0.5, 0.99);
    }

    @Test
    void coverageBaselineReachesTheSameFamiliesPerQuarter() {
        // the benchmark's district and contacts, scaled down (the same generator and code paths)
        ExampleDistrict district = Fixtures.district(ExampleDistrict.MIN_FAMILIES * 4);
        ContactRecord[] contacts = Fixtures.contacts(district, Fixtures.CONTACTS / 100);
        CoverageResult ours = CoverageBenchmark.coverage(district, contacts);
        Map<Integer, Integer> reached = new TreeMap<>();
        for (PeriodCoverage period : ours.periods()) {
            if (period.contacts() > 0) {
                reached.put(period.period().schoolYear() * 10 + period.period().index(),
                        ((Figures.Shown) period.allFamilies()).reached());
            }
        }
        assertThat(reached).hasSizeGreaterThanOrEqualTo(4);
        assertThat(CoverageBaseline.reachedByQuarter(district.roster().families(), contacts)).isEqualTo(reached);
    }

    @Test
    void surveyLinesGiveTheSameResponsesInAnySplit() throws Exception {
        byte[] whole = SurveyLines.bytes(0, 100);
        byte[] parts;
        try (var first = SurveyLines.of(0, 37); var second = SurveyLines.of(37, 63)) {
            parts = new java.io.SequenceInputStream(first, second).readAllBytes();
        }
        assertThat(parts).isEqualTo(whole);
        assertThat(new String(whole, java.nio.charset.StandardCharsets.US_ASCII).lines()).hasSize(100);
    }

    private static java.util.Set<String> statements(Response response) {
        return ((MarkedStatements) response.evidence()).statementIds();
    }

    private static List<String> names(BestFitBaseline baseline, int[] fits) {
        List<String> names = new ArrayList<>();
        for (int fit : fits) {
            names.add(fit == BestFitBaseline.TIE ? "tie" : fit == BestFitBaseline.NO_EVIDENCE ? "none"
                    : baseline.columnId(fit));
        }
        return names;
    }

    private static List<String> names(List<RowFit> rows) {
        List<String> names = new ArrayList<>();
        for (RowFit row : rows) {
            Fit fit = row.fit();
            names.add(fit instanceof Fit.Tie ? "tie" : fit instanceof Fit.NoEvidence ? "none"
                    : fit.columnId().orElseThrow());
        }
        return names;
    }
}
