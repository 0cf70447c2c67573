package org.engagementrubrics.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.testkit.assertions.RubricAssertions.assertThat;

import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.testkit.fixtures.FixtureSet;
import org.junit.jupiter.api.Test;

/** With AssertJ's and the kit's {@code assertThat} both imported statically, results get the kit's assertions. */
class StaticImportTest {

    @Test
    void theKitsOverloadsWinForResultsAndAssertJsForTheRest() {
        ArchetypeResult team = (ArchetypeResult) FixtureSet.v1().expectedResult("four-versions-team");
        SurveyResult survey = (SurveyResult) FixtureSet.v1().expectedResult("guardian-survey");

        ArchetypeResultAssert onTeam = assertThat(team).hasProfile("proficient");
        RatingSummaryAssert onStatement = assertThat(survey).statement("survey-1").hasRated(12);

        assertThat(team.rows()).hasSize(5);
    }
}
