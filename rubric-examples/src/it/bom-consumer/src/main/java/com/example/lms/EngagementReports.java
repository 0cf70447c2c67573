package com.example.lms;

import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.RubricJson;

/** The LMS's report of a school team's self-assessment: scored on the bundled rubric, stored as JSON. */
public final class EngagementReports {

    static final String RUBRIC = "family-engagement-rubric";

    private final PreparedInstrument<StagedRubric, StageResult> rubric =
            ScoringEngine.defaults().prepare(Catalog.bundled().instrument(RUBRIC, StagedRubric.class));
    private final RubricJson json = RubricJson.defaults();

    /** Scores a team's response on the family engagement rubric. */
    public StageResult score(Response response) {
        return rubric.score(response);
    }

    /** Scores a team's response and returns the result as the JSON the LMS stores. */
    public String scoreAndStore(Response response) {
        return json.write(score(response));
    }
}
