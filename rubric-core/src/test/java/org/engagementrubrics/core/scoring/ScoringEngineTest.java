package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagementrubrics.testkit.Fixtures.fits;
import static org.engagementrubrics.testkit.Fixtures.ratings;
import static org.engagementrubrics.testkit.Fixtures.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private final ScoringEngine engine = ScoringEngine.defaults();
    private final ArchetypeMatrix matrix = Fixtures.fourVersions();

    @Nested
    class BestFit {

        @Test
        void bestFitPicksTheColumnWithMostMarks() {
            MarkedStatements marks = MarkedStatements.of("br-partnership-1", "br-partnership-2", "br-fortress-1");
            ArchetypeResult result = engine.score(matrix, response(matrix.id(), marks));

            RowFit br = result.rows().get(0);
            assertThat(br.fit()).isEqualTo(new Fit.Winner("partnership"));
            assertThat(br.tallies()).extracting(ColumnTally::marked).containsExactly(2, 0, 0, 1);
            assertThat(br.tallies()).extracting(ColumnTally::total).containsExactly(2, 2, 2, 2);
            assertThat(br.explanation().summary()).isEqualTo("Dimension br: best fit is Partnership School (2 of 2 marked)");
        }

        @Test
        void bestFitReportsTieWhenTwoColumnsHaveEqualMarks() {
            MarkedStatements marks = MarkedStatements.of("ll-open-door-1", "ll-fortress-2");
            RowFit ll = engine.score(matrix, response(matrix.id(), marks)).rows().get(1);

            assertThat(ll.fit()).isEqualTo(new Fit.Tie(List.of("open-door", "fortress")));
            assertThat(ll.fit().columnId()).isEmpty();
            assertThat(ll.explanation().summary())
                    .isEqualTo("Dimension ll: tie between Open-door School and Fortress School (1 mark each); reported as a tie");
        }

        @Test
        void tiePoliciesResolveToLowerOrHigherLevel() {
            Response response = response(matrix.id(), MarkedStatements.of("ll-open-door-1", "ll-fortress-2"));

            Fit lower = engine.withTiePolicy(TiePolicies.lowerLevel()).score(matrix, response).rows().get(1).fit();
            Fit higher = engine.withTiePolicy(TiePolicies.higherLevel()).score(matrix, response).rows().get(1).fit();

            assertThat(lower).isEqualTo(new Fit.Resolved(List.of("open-door", "fortress"), "fortress", "lower-level"));
            assertThat(higher).isEqualTo(new Fit.Resolved(List.of("open-door", "fortress"), "open-door", "higher-level"));
        }

        @Test
        void rowWithoutMarksHasNoEvidence() {
            RowFit sp = engine.score(matrix, response(matrix.id(), fits("partnership", null, null, null, null))).rows().get(4);

            assertThat(sp.fit()).isEqualTo(new Fit.NoEvidence());
            assertThat(sp.explanation().summary()).contains("no evidence");
        }

        @Test
        void bestFitWorksOnAStagedRubricToo() {
            StagedRubric rubric = Fixtures.stagedRubric();
            MatrixResult result = engine.bestFit(rubric, response(rubric.id(), MarkedStatements.of("x1", "x2", "i1")));

            assertThat(result.rows().get(0).fit()).isEqualTo(new Fit.Winner("expansion"));
            assertThat(result.rows().get(1).fit()).isEqualTo(new Fit.NoEvidence());
            assertThat(result.instrument().fingerprint()).isEqualTo(rubric.fingerprint());
        }
    }

    @Nested
    class Profiles {

        @Test
        void threePartnershipRowsAndTheRestOpenDoorIsAdvanced() {
            ArchetypeResult result = engine.score(matrix, response(matrix.id(),
                    fits("partnership", "partnership", "partnership", "open-door", "open-door")));

            assertThat(result.profile()).isEqualTo(new Profile.Classified("advanced", "Advanced", 4));
        }

        @Test
        void fourOpenDoorOrPartnershipRowsAndNoFortressIsProficientEvenWithATie() {
            MarkedStatements marks = fits("partnership", "partnership", "open-door", "open-door", null)
                    .withMark("sp-come-if-we-call-1").withMark("sp-partnership-1");
            ArchetypeResult result = engine.score(matrix, response(matrix.id(), marks));

            assertThat(result.rows().get(4).fit()).isInstanceOf(Fit.Tie.class);
            assertThat(result.profile()).isEqualTo(new Profile.Classified("proficient", "Proficient", 3));
        }

        @Test
        void aTieRowIsNotOpenDoorSoAdvancedFails() {
            MarkedStatements marks = fits("partnership", "partnership", "partnership", "open-door", null)
                    .withMark("sp-open-door-1").withMark("sp-fortress-1");
            ArchetypeResult result = engine.score(matrix, response(matrix.id(), marks));

            assertThat(result.profile()).isInstanceOf(Profile.Classified.class);
            assertThat(((Profile.Classified) result.profile()).ruleId()).isEqualTo("proficient");
            assertThat(result.explanation().toText()).contains("Advanced does not match");
        }

        @Test
        void gapsInTheRulesLeaveTheSchoolUnclassifiedWithCounts() {
            ArchetypeResult result = engine.score(matrix, response(matrix.id(),
                    fits("partnership", "partnership", "open-door", "come-if-we-call", "fortress")));

            assertThat(result.profile()).isInstanceOf(Profile.Unclassified.class);
            Profile.Unclassified unclassified = (Profile.Unclassified) result.profile();
            assertThat(unclassified.rowsByColumn()).containsExactly(Map.entry("partnership", 2), Map.entry("open-door", 1),
                    Map.entry("come-if-we-call", 1), Map.entry("fortress", 1));
            assertThat(unclassified.unresolvedRows()).isZero();
            assertThat(result.explanation().summary()).contains("unclassified")
                    .contains("Partnership School 2, Open-door School 1");
        }

        @Test
        void threeFortressRowsAndNoOpenDoorOrPartnershipIsBelowBasic() {
            ArchetypeResult result = engine.score(matrix, response(matrix.id(),
                    fits("fortress", "fortress", "fortress", "come-if-we-call", null)));

            assertThat(result.profile()).isEqualTo(new Profile.Classified("below-basic", "Below Basic", 1));
        }
    }

    @Nested
    class ResponseSubjectAndRater {

        @Test
        void aResultOfOneResponseCarriesTheResponsesIdSubjectAndRater() {
            StagedRubric rubric = Fixtures.stagedRubric();
            Response onMatrix = Response.of("r-7", matrix.id(), "team-a", "school-12", Fixtures.WHEN,
                    fits("partnership", "partnership", "partnership", "open-door", "open-door"));
            Response onRubric = Response.of("r-8", rubric.id(), "family-3", "school-9", Fixtures.WHEN,
                    MarkedStatements.of("x1", "x2", "i1"));

            ArchetypeResult archetypes = engine.score(matrix, onMatrix);
            StageResult stages = engine.score(rubric, onRubric);
            MatrixResult fits = engine.bestFit(rubric, onRubric);
            ScoreResult prepared = engine.prepare((Instrument) matrix).score(onMatrix);

            assertThat(List.of(archetypes.responseId(), archetypes.subjectId(), archetypes.raterId()))
                    .containsExactly("r-7", "school-12", "team-a");
            assertThat(List.of(stages.responseId(), stages.subjectId(), stages.raterId()))
                    .containsExactly("r-8", "school-9", "family-3");
            assertThat(List.of(fits.responseId(), fits.subjectId(), fits.raterId()))
                    .containsExactly("r-8", "school-9", "family-3");
            assertThat(prepared).isEqualTo(archetypes);
            assertThat(List.of(archetypes.responseCount(), stages.responseCount(), fits.responseCount()))
                    .containsOnly(1L);
        }

        @Test
        void aPooledResultCountsTheResponsesItPools() {
            Survey survey = Fixtures.survey();
            List<Response> responses = List.of(
                    Response.of("g-1", survey.id(), "g-1", "school-12", Fixtures.WHEN, Ratings.of(ratings("s1", 4))),
                    Response.of("g-2", survey.id(), "g-2", "school-12", Fixtures.WHEN, Ratings.of(ratings("s1", 3))));

            assertThat(engine.summarize(survey, responses).responseCount()).isEqualTo(2);
        }
    }

    @Nested
    class StagePlacementStrategies {

        private final StagedRubric rubric = Fixtures.stagedRubric();
        private final Response response = response(rubric.id(), MarkedStatements.of("e1", "e2", "x1", "x2"));

        @Test
        void bestFitByCountReportsATieBetweenStages() {
            StageResult result = engine.score(rubric, response);

            assertThat(result.placement()).isEqualTo("best-fit-count");
            assertThat(result.rows().get(0).fit()).isEqualTo(new Fit.Tie(List.of("exploration", "expansion")));
            assertThat(result.rows().get(0).tallies()).extracting(ColumnTally::columnId)
                    .containsExactly("exploration", "expansion", "integration");
        }

        @Test
        void bestFitByShareComparesSharesOfEachStage() {
            StageResult result = engine.withStagePlacement(StagePlacements.bestFitByShare()).score(rubric, response);

            assertThat(result.rows().get(0).fit()).isEqualTo(new Fit.Winner("exploration"));
        }

        @Test
        void cumulativeNeedsEveryLowerStageAtTheThreshold() {
            Fit half = engine.withStagePlacement(StagePlacements.cumulative(0.5)).score(rubric, response)
                    .rows().get(0).fit();
            Fit threeQuarters = engine.withStagePlacement(StagePlacements.cumulative(0.75)).score(rubric, response)
                    .rows().get(0).fit();

            assertThat(half).isEqualTo(new Fit.Winner("expansion"));
            assertThat(threeQuarters).isEqualTo(new Fit.Winner("exploration"));
        }

        @Test
        void cumulativeWithMarksOnlyHigherUpIsBelowThreshold() {
            Response high = response(rubric.id(), MarkedStatements.of("i1", "i2", "i3"));
            RowFit fit = engine.withStagePlacement(StagePlacements.cumulative(0.5)).score(rubric, high).rows().get(0);

            assertThat(fit.fit()).isInstanceOf(Fit.BelowThreshold.class);
            assertThat(fit.explanation().summary()).contains("not placed").contains("'exploration' has 0 of 2");
        }

        @Test
        void theDuplicateStageOfTheSeedStillScores() {
            StagedRubric asPrinted = Fixtures.stagedRubric(List.of(Stage.of("exploration", 1, "Exploration"),
                    Stage.of("expansion", 2, "Expansion"), Stage.of("integration", 3, "Integration"),
                    Stage.of("integration-again", 3, "Integration")), "integration-again");
            StageResult result = engine.score(asPrinted, response(asPrinted.id(), MarkedStatements.of("i1")));

            assertThat(result.rows().get(0).fit()).isEqualTo(new Fit.Winner("integration-again"));
            assertThat(result.rows().get(0).explanation().summary()).contains("Stage 3 Integration");
        }

        @Test
        void cumulativeAcceptsAShareExactlyAtTheThreshold() {
            StagedRubric rubric = Fixtures.stagedRubric();
            // exploration 1 of 2 = 0.5, expansion 1 of 4 = 0.25 (exactly at the threshold), integration 0 of 3
            Response response = response(rubric.id(), MarkedStatements.of("e1", "x1"));

            Fit quarter = engine.withStagePlacement(StagePlacements.cumulative(0.25)).score(rubric, response)
                    .rows().get(0).fit();

            assertThat(quarter).isEqualTo(new Fit.Winner("expansion"));
            assertThat(StagePlacements.cumulative(0.1).name()).isEqualTo("cumulative(0.1)");
        }

        @Test
        void placementsAreFoundByName() {
            assertThat(StagePlacements.byName("cumulative:0.5").name()).isEqualTo("cumulative(0.5)");
            assertThat(StagePlacements.byName("best-fit-share")).isSameAs(StagePlacements.bestFitByShare());
            assertThatThrownBy(() -> StagePlacements.byName("median")).hasMessageContaining("unknown stage placement 'median'");
            assertThatThrownBy(() -> StagePlacements.cumulative(0)).hasMessageContaining("greater than 0");
        }
    }

    @Nested
    class GuardedStrategies {

        private final Response tied = response(Fixtures.fourVersions().id(), MarkedStatements.of("ll-open-door-1", "ll-fortress-2"));

        @Test
        void aThrowingTiePolicyBecomesAScoringErrorNamingInstrumentAndRow() {
            TiePolicy broken = TiePolicies.named("broken", tie -> {
                throw new IllegalStateException("boom");
            });

            assertThatThrownBy(() -> engine.withTiePolicy(broken).score(matrix, tied))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("instrument 'four-versions'").hasMessageContaining("row 'll'")
                    .hasMessageContaining("tie policy 'broken' failed").hasMessageContaining("boom")
                    .satisfies(e -> assertThat(((ScoringException) e).rowId()).isEqualTo("ll"));
        }

        @Test
        void aTiePolicyChoosingAnUntiedColumnIsAScoringError() {
            TiePolicy wrong = tie -> Optional.of("partnership");

            assertThatThrownBy(() -> engine.withTiePolicy(wrong).score(matrix, tied))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("chose 'partnership', which is not one of the tied columns [open-door, fortress]");
        }

        @Test
        void aTiePolicyReturningNullIsAScoringError() {
            TiePolicy nothing = tie -> null;

            assertThatThrownBy(() -> engine.withTiePolicy(nothing).score(matrix, tied))
                    .isInstanceOf(ScoringException.class).hasMessageContaining("returned null");
        }

        @Test
        void aPlacementNamingAnUnknownStageIsAScoringError() {
            StagedRubric rubric = Fixtures.stagedRubric();
            StagePlacement wrong = tallies -> new Fit.Winner("sustainability");

            assertThatThrownBy(() -> engine.withStagePlacement(wrong)
                    .score(rubric, response(rubric.id(), MarkedStatements.of("e1"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("row 'standard-1'")
                    .hasMessageContaining("chose stage 'sustainability', which this standard does not have");
        }
    }

    @Nested
    class ResponsesAgainstTheirInstrument {

        @Test
        void aMarkNamingAnUnknownStatementIsRejectedBeforeScoring() {
            assertThatThrownBy(() -> engine.score(matrix, response(matrix.id(), MarkedStatements.of("br-partnership-1", "nope"))))
                    .isInstanceOf(InvalidDataException.class)
                    .satisfies(e -> assertThat(((InvalidDataException) e).problems())
                            .extracting(p -> p.path() + " " + p.code())
                            .containsExactly("evidence.statementIds[1] unknown-reference"));
        }

        @Test
        void anOffScaleRatingIsRejected() {
            ConditionsAssessment conditions = Fixtures.conditions();
            Response response = response(conditions.id(), Ratings.of(ratings("c4-i1", 5)));

            assertThatThrownBy(() -> engine.score(conditions, response)).isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("evidence.byItem[c4-i1]: [out-of-scale] rating 5 for 'c4-i1' is off the scale;"
                            + " expected one of [1, 2, 3, 4]");
        }

        @Test
        void theWrongKindOfEvidenceIsRejected() {
            Survey survey = Fixtures.survey();

            assertThatThrownBy(() -> engine.score(survey, response(survey.id(), MarkedStatements.of("s1"))))
                    .isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("[instrument-mismatch] evidence of kind 'marks' cannot answer a survey; expected 'ratings'");
        }

        @Test
        void matricesAreNotPooled() {
            assertThatThrownBy(() -> engine.summarize(matrix, List.of(response(matrix.id(), fits("partnership")))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one response at a time");
        }
    }

    @Nested
    class Summaries {

        @Test
        void notRatedAndNotApplicableNeverCountAsZero() {
            ConditionsAssessment conditions = Fixtures.conditions();
            Response response = response(conditions.id(), Ratings.of(ratings(
                    "c4-i1", 3, "c4-i2", 4, "c4-i3", 2, "c4-i4", Rating.notRated(), "c4-i5", Rating.notApplicable())));

            RatingResult result = engine.summarize(conditions, List.of(response));

            RatingSummary c4 = result.conditions().get(1).summary();
            assertThat(c4.rated()).isEqualTo(3);
            assertThat(c4.notRated()).isEqualTo(1);
            assertThat(c4.notApplicable()).isEqualTo(1);
            assertThat(c4.mean()).isEqualTo(3.0);
            assertThat(c4.median()).isEqualTo(3.0);
            assertThat(c4.topTwoShare()).isEqualTo(2.0 / 3);
            assertThat(c4.distribution()).containsExactly(Map.entry(1, 0), Map.entry(2, 1), Map.entry(3, 1), Map.entry(4, 1));
            RatingSummary notRatedIndicator = result.conditions().get(1).indicators().get(3);
            assertThat(notRatedIndicator.rated()).isZero();
            assertThat(notRatedIndicator.mean()).isNull();
            assertThat(result.conditions().get(0).summary().rated()).isZero();
            assertThat(result.explanation().toText()).contains("Condition 1 School Leadership & Vision: no indicators to rate")
                    .contains("Indicator 4: nothing rated (1 not rated, 0 not applicable)");
        }

        @Test
        void surveySummariesLeaveNotApplicableOutOfEveryDenominator() {
            Survey survey = Fixtures.survey();
            List<Response> responses = List.of(
                    Response.of("g-1", survey.id(), "g-1", "school-12", Fixtures.WHEN, Ratings.of(ratings("s1", 4, "s2", 1))),
                    Response.of("g-2", survey.id(), "g-2", "school-12", Fixtures.WHEN, Ratings.of(ratings("s1", 3))),
                    Response.of("g-3", survey.id(), "g-3", "school-12", Fixtures.WHEN,
                            Ratings.of(ratings("s1", Rating.notApplicable(), "s2", 2))));

            SurveyResult result = engine.summarize(survey, responses);

            RatingSummary s1 = result.statements().get(0);
            assertThat(List.of(s1.rated(), s1.notApplicable(), s1.notRated())).containsExactly(2, 1, 0);
            assertThat(s1.mean()).isEqualTo(3.5);
            assertThat(s1.median()).isEqualTo(3.5);
            assertThat(s1.topTwoShare()).isEqualTo(1.0);
            RatingSummary s2 = result.statements().get(1);
            assertThat(List.of(s2.rated(), s2.notApplicable(), s2.notRated())).containsExactly(2, 0, 1);
            assertThat(s2.mean()).isEqualTo(1.5);
            assertThat(s2.topTwoShare()).isEqualTo(0.0);
            assertThat(result.responses()).isEqualTo(ResponsePool.of("g-1", "school-12")
                    .plus(ResponsePool.of("g-2", "school-12")).plus(ResponsePool.of("g-3", "school-12")));
            assertThat(result.responses().count()).isEqualTo(3);
            assertThat(result.responses().subjectId()).isEqualTo("school-12");
        }

        @Test
        void districtRollUpGivesTheShareAtFullPerDimension() {
            DistrictIndicators district = Fixtures.district();
            Response response = response(district.id(), Statuses.of(Map.of(
                    "6837", new IndicatorAssessment(ImplementationStatus.LIMITED, "Newsletter only goes one way", false),
                    "6838", IndicatorAssessment.of(ImplementationStatus.FULL),
                    "7001", new IndicatorAssessment(ImplementationStatus.NONE, null, true))));

            RollupResult result = (RollupResult) engine.score(district, response);

            assertThat(result.dimensions()).containsExactly(new StatusCounts("E", 0, 1, 1, 0, 0),
                    new StatusCounts("F", 1, 0, 0, 0, 1));
            assertThat(result.dimensions().get(0).shareFull()).isEqualTo(0.5);
            assertThat(result.overall().shareFull()).isEqualTo(1.0 / 3);
            assertThat(result.explanation().toText()).contains("Dimension E: 50% of 2 assessed at Full");
        }

        @Test
        void checklistCountsPerGroupLeaveNotApplicableOutOfTheShare() {
            Checklist checklist = Fixtures.checklist();
            Response response = response(checklist.id(), ChecklistAnswers.of(Map.of(
                    "look-1", ChecklistAnswer.of(ChecklistMark.OBSERVED),
                    "look-2", new ChecklistAnswer(ChecklistMark.NOT_OBSERVED, "only in the hallway"),
                    "q-pace", ChecklistAnswer.of(ChecklistMark.OBSERVED),
                    "q-tech", ChecklistAnswer.of(ChecklistMark.NOT_APPLICABLE))));

            ChecklistResult result = (ChecklistResult) engine.score(checklist, response);

            assertThat(result.groups()).containsExactly(new ChecklistCounts("look-fors", 1, 1, 0, 0),
                    new ChecklistCounts("questions", 1, 0, 1, 1));
            assertThat(result.groups().get(1).observedShare()).isEqualTo(1.0);
            assertThat(result.overall().observedShare()).isEqualTo(2.0 / 3);
        }
    }

    @Test
    void explanationsRenderAsIndentedPlainText() {
        ArchetypeResult result = engine.score(matrix, response(matrix.id(),
                fits("partnership", "partnership", "partnership", "open-door", "open-door")));

        String text = result.explanation().toText();

        assertThat(text).startsWith("4 Versions: Profile: Advanced (rule 'advanced'");
        assertThat(text).contains("\n  Dimension br: best fit is Partnership School (1 of 2 marked)\n")
                .contains("\n    - Partnership School: 1 of 2 statements marked\n")
                .contains("Advanced matches — rows best fit Partnership School at least 3: 3 (holds)");
    }

    @Test
    void oneEngineSharedByManyThreadsGivesTheSequentialResults() throws Exception {
        ScoringEngine shared = engine.withTiePolicy(TiePolicies.lowerLevel());
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String[] fits = new String[5];
            for (int d = 0; d < 5; d++) {
                fits[d] = Fixtures.ARCHETYPES.get((i + d * 3) % 4);
            }
            responses.add(Response.of("r-" + i, matrix.id(), "team", "school", Instant.EPOCH,
                    fits(fits).withMark("sp-fortress-2")));
        }
        List<ArchetypeResult> sequential = responses.stream().map(r -> shared.score(matrix, r)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ArchetypeResult>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> responses.stream().map(r -> shared.score(matrix, r)).toList()));
            }
            for (Future<List<ArchetypeResult>> future : futures) {
                assertThat(future.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
