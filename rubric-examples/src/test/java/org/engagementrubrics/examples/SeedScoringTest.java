package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistCounts;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RatingSummary;
import org.engagementrubrics.core.scoring.ResponsePool;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StagePlacements;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.RubricValidator;
import org.junit.jupiter.api.Test;

/**
 * Scores hand-made and sample responses on the seed instruments, with answers worked out by hand.
 */
class SeedScoringTest {

    private final ScoringEngine engine = ScoringEngine.defaults();
    private final ArchetypeMatrix fourVersions = SeedInstruments.fourVersions();

    private Response marks(String... ids) {
        return Response.of("hand-made", fourVersions.id(), "rater", "school", Instant.parse("2026-11-01T00:00:00Z"),
                MarkedStatements.of(ids));
    }

    private static List<String> winners(List<RowFit> rows) {
        return rows.stream().map(row -> row.fit().columnId().orElse("-")).toList();
    }

    @Test
    void theTeamsFourVersionsMarksAreProficient() {
        ArchetypeResult result = engine.score(fourVersions, SampleResponses.fourVersionsTeam());

        assertThat(winners(result.rows()))
                .containsExactly("open-door", "partnership", "open-door", "partnership", "come-if-we-call");
        assertThat(result.profile()).isEqualTo(new Profile.Classified("proficient", "Proficient", 3));
        assertThat(result.instrument().fingerprint()).isEqualTo(fourVersions.fingerprint());
    }

    @Test
    void aTiedDimensionIsReportedAndItsPolicyDecidesTheProfile() {
        Response tie = SampleResponses.fourVersionsWithTie();

        ArchetypeResult reported = engine.score(fourVersions, tie);
        ArchetypeResult lower = engine.withTiePolicy(TiePolicies.lowerLevel()).score(fourVersions, tie);

        assertThat(reported.rows().get(4).fit()).isEqualTo(new Fit.Tie(List.of("partnership", "open-door")));
        assertThat(reported.profile()).isEqualTo(new Profile.Classified("proficient", "Proficient", 3));
        assertThat(lower.rows().get(4).fit())
                .isEqualTo(new Fit.Resolved(List.of("partnership", "open-door"), "open-door", "lower-level"));
        assertThat(lower.profile()).isEqualTo(new Profile.Classified("advanced", "Advanced", 4));
    }

    @Test
    void dimensionsWithoutMarksHaveNoEvidenceAndLeaveTheSchoolUnclassified() {
        ArchetypeResult result = engine.score(fourVersions, marks("br-fortress-1", "br-fortress-2"));

        assertThat(winners(result.rows())).containsExactly("fortress", "-", "-", "-", "-");
        assertThat(result.rows().subList(1, 5)).allSatisfy(row -> assertThat(row.fit()).isEqualTo(new Fit.NoEvidence()));
        assertThat(result.profile()).isEqualTo(new Profile.Unclassified(
                Map.of("partnership", 0, "open-door", 0, "come-if-we-call", 0, "fortress", 1), 4));
        assertThat(result.rows().get(1).explanation().summary())
                .isEqualTo("Linking to Learning: no evidence (no statement in this row is marked)");
    }

    @Test
    void aMixedSchoolFallsInTheGapsBetweenTheRules() {
        ArchetypeResult result = engine.score(fourVersions, marks("br-partnership-1", "ll-partnership-1",
                "ad-open-door-1", "sa-come-if-we-call-1", "sp-fortress-1"));

        assertThat(result.profile()).isInstanceOf(Profile.Unclassified.class);
        assertThat(((Profile.Unclassified) result.profile()).rowsByColumn())
                .containsExactly(Map.entry("partnership", 2), Map.entry("open-door", 1),
                        Map.entry("come-if-we-call", 1), Map.entry("fortress", 1));
    }

    @Test
    void theTeamIsPlacedOnStagesStandardByStandard() {
        StagedRubric rubric = SeedInstruments.familyEngagementRubric();

        StageResult byCount = engine.score(rubric, SampleResponses.familyEngagementTeam());
        StageResult cumulative = engine.withStagePlacement(StagePlacements.cumulative(0.5))
                .score(rubric, SampleResponses.familyEngagementTeam());

        assertThat(winners(byCount.rows())).containsExactly("expansion", "expansion", "expansion", "expansion",
                "expansion", "integration", "exploration", "integration");
        assertThat(winners(cumulative.rows())).containsExactly("-", "-", "expansion", "-", "-", "-",
                "exploration", "-");
        assertThat(cumulative.rows().get(0).fit()).isInstanceOf(Fit.BelowThreshold.class);
        assertThat(byCount.rows().get(0).tallies()).hasSize(4);
    }

    @Test
    void theRubricAsPrintedReportsItsDuplicateStage() {
        List<Problem> problems = RubricValidator.create().validate(SeedInstruments.familyEngagementRubricAsPrinted());

        assertThat(problems).extracting(p -> p.code() + " " + p.path())
                .containsExactly("duplicate-label stages[3].label", "inconsistent-order stages[3].position");
    }

    @Test
    void aNotRatedIndicatorStaysOutOfTheMean() {
        ConditionsAssessment conditions = SeedInstruments.schoolConditions();

        RatingResult result = (RatingResult) engine.score(conditions, SampleResponses.schoolConditionsTeam());

        RatingSummary condition4 = result.conditions().get(3).summary();
        assertThat(List.of(condition4.rated(), condition4.notRated(), condition4.notApplicable()))
                .containsExactly(4, 1, 0);
        assertThat(condition4.mean()).isEqualTo(2.0);       // (3 + 2 + 2 + 1) / 4, not / 5
        assertThat(condition4.median()).isEqualTo(2.0);
        assertThat(condition4.topTwoShare()).isEqualTo(0.25);
        assertThat(result.conditions().get(3).indicators().get(2).mean()).isNull();
        assertThat(result.overall()).isEqualTo(new RatingSummary("overall", 4, 1, 0, 2.0, 2.0, 0.25,
                Map.of(1, 1, 2, 2, 3, 1, 4, 0)));
    }

    @Test
    void theGuardianSurveyIsSummarizedPerStatement() {
        Survey survey = SeedInstruments.guardianSurvey();

        SurveyResult result = engine.summarize(survey, SampleResponses.guardianSurveyResponses());

        RatingSummary responsive = result.statements().get(3);
        assertThat(List.of(responsive.rated(), responsive.notRated(), responsive.notApplicable())).containsExactly(9, 1, 2);
        assertThat(responsive.mean()).isEqualTo(23.0 / 9);
        assertThat(responsive.topTwoShare()).isEqualTo(5.0 / 9);
        ResponsePool pool = ResponsePool.empty();
        for (Response response : SampleResponses.guardianSurveyResponses()) {
            pool = pool.plus(ResponsePool.of(response.id(), response.subjectId()));
        }
        assertThat(result.responses()).isEqualTo(pool);
        assertThat(result.responses().count()).isEqualTo(12);
        assertThat(result.responses().subjectId()).isEqualTo(SampleResponses.SCHOOL);
    }

    @Test
    void theDistrictAndChecklistAreCounted() {
        DistrictIndicators district = SeedInstruments.districtIndicators();
        Checklist checklist = SeedInstruments.studentCenteredChecklist();

        RollupResult rollup = (RollupResult) engine.score(district, SampleResponses.districtSelfAssessment());
        ChecklistResult visit = (ChecklistResult) engine.score(checklist, SampleResponses.checklistVisit());

        assertThat(rollup.overall().limited()).isEqualTo(1);
        assertThat(rollup.overall().shareFull()).isEqualTo(0.0);
        assertThat(visit.overall()).isEqualTo(new ChecklistCounts("overall", 9, 3, 2, 5));
        assertThat(visit.overall().observedShare()).isEqualTo(0.75);
    }
}
