package com.example.sis;

import static org.engagementrubrics.testkit.assertions.RubricAssertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.fixtures.FixtureSet;
import org.junit.jupiter.api.Test;

/**
 * Feature 4 of the kit: what our report screens show, asserted on the results our integration gets, in the
 * words of the instruments (best fit per row, ties, profile, stage per standard, survey figures). A failure
 * prints the result's own explanation.
 */
class ResultAssertionsTest {

    private final FixtureSet fixtures = FixtureSet.v1();
    private final ScoringEngine engine = ScoringEngine.defaults();

    @Test
    void fourVersionsTeamWithATieInSharingPower() {
        Response response = fixtures.responses("four-versions-with-tie").get(0);
        ArchetypeMatrix matrix = (ArchetypeMatrix) fixtures.instrument(response.instrumentId());

        assertThat(engine.prepare(matrix).score(response))
                .hasBestFit("building-relationships", "partnership")
                .hasBestFit("supporting-advocacy", "open-door")
                .hasTie("sharing-power", "partnership", "open-door")
                .hasProfile("proficient");
    }

    @Test
    void familyEngagementTeamPlacesTheFirstStandardsAtExpansion() {
        Response response = fixtures.responses("family-engagement-team").get(0);
        StagedRubric rubric = (StagedRubric) fixtures.instrument(response.instrumentId());

        assertThat(engine.prepare(rubric).score(response))
                .hasStage("standard-1", "expansion")
                .hasStage("standard-2", "expansion")
                .hasStage("standard-3", "expansion");
    }

    @Test
    void guardianSurveyFiguresOfTheFirstStatement() {
        List<Response> responses = fixtures.responses("guardian-survey");
        Survey survey = (Survey) fixtures.instrument(responses.get(0).instrumentId());

        assertThat(engine.prepare(survey).summarize(responses))
                .hasResponseCount(12)
                .statement("survey-1")
                .hasRated(12)
                .hasMean(2.9167, Offset.offset(0.0001))
                .hasMedian(3.0)
                .hasTopTwoShare(8 / 12.0)
                .hasDistribution(Map.of(1, 1, 2, 3, 3, 4, 4, 4));
    }
}
