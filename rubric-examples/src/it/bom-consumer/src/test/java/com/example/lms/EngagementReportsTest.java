package com.example.lms;

import static org.engagementrubrics.testkit.assertions.RubricAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;

class EngagementReportsTest {

    private final EngagementReports reports = new EngagementReports();

    @Test
    void teamResponsePlacesTheFirstStandardsAtExpansion() {
        assertThat(reports.score(SampleResponses.familyEngagementTeam()))
                .hasStage("standard-1", "expansion")
                .hasStage("standard-2", "expansion")
                .hasStage("standard-3", "expansion");
    }

    @Test
    void storedReportReadsBackAsTheSameResult() {
        Response response = SampleResponses.familyEngagementTeam();
        String stored = reports.scoreAndStore(response);

        assertTrue(stored.contains(EngagementReports.RUBRIC), stored);
        assertEquals(reports.score(response), RubricJson.defaults().readResult(stored, "stored.json"));
    }
}
