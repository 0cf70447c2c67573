package org.engagementrubrics.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.agreement.Coefficient;
import org.engagementrubrics.core.coverage.CoverageGoal;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.coverage.SchoolCalendar;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.raters.AgreementFigures;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.testkit.fixtures.FixtureSet;
import org.junit.jupiter.api.Test;

/**
 * The result assertions on the pinned fixtures' results: what passes, and that each failure names the figure,
 * what was expected and found, and prints the result's explanation.
 */
class RubricAssertionsTest {

    private static final FixtureSet FIXTURES = FixtureSet.v1();

    private final ArchetypeResult team = (ArchetypeResult) FIXTURES.expectedResult("four-versions-team");
    private final ArchetypeResult tie = (ArchetypeResult) FIXTURES.expectedResult("four-versions-with-tie");
    private final StageResult stages = (StageResult) FIXTURES.expectedResult("family-engagement-team");
    private final RatingResult conditions = (RatingResult) FIXTURES.expectedResult("school-conditions-team");
    private final SurveyResult survey = (SurveyResult) FIXTURES.expectedResult("guardian-survey");

    /** Runs a failing assertion and returns its message, which must end with the result's explanation. */
    private static String failure(Runnable assertion, String explanation) {
        AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, assertion::run);
        assertThat(error.getMessage()).contains("The result's explanation:").endsWith(explanation);
        return error.getMessage();
    }

    @Test
    void anArchetypeResultsBestFitsTieAndProfilePass() {
        RubricAssertions.assertThat(team).hasBestFit("building-relationships", "open-door")
                .hasBestFit("sharing-power", "come-if-we-call").hasProfile("proficient");
        RubricAssertions.assertThat(tie).hasTie("sharing-power", "open-door", "partnership")
                .hasBestFit("supporting-advocacy", "open-door");
    }

    @Test
    void aWrongBestFitNamesTheRowWhatWasExpectedAndFoundAndPrintsTheExplanation() {
        String message = failure(() -> RubricAssertions.assertThat(team).hasBestFit("building-relationships",
                "fortress"), team.explanation().toText());

        assertThat(message).contains("Expecting the best fit of dimension building-relationships of the archetype"
                + " result of response " + team.responseId() + " on four-versions-of-partnerships to be:")
                .contains("  fortress").contains("but was:" + System.lineSeparator() + "  open-door");
    }

    @Test
    void aTieIsNotABestFitAndABestFitIsNotATie() {
        assertThat(failure(() -> RubricAssertions.assertThat(tie).hasBestFit("sharing-power", "open-door"),
                tie.explanation().toText())).contains("a tie of [partnership, open-door]");
        assertThat(failure(() -> RubricAssertions.assertThat(team).hasTie("sharing-power", "open-door", "partnership"),
                team.explanation().toText())).contains("a tie of [open-door, partnership]").contains("come-if-we-call");
        failure(() -> RubricAssertions.assertThat(tie).hasTie("sharing-power", "open-door"), tie.explanation().toText());
        failure(() -> RubricAssertions.assertThat(team).hasNoEvidence("sharing-power"), team.explanation().toText());
    }

    @Test
    void aWrongProfileOrAMissingRowFails() {
        assertThat(failure(() -> RubricAssertions.assertThat(team).hasProfile("advanced"), team.explanation().toText()))
                .contains("the profile").contains("advanced").contains("proficient (Proficient)");
        failure(() -> RubricAssertions.assertThat(team).isUnclassified(), team.explanation().toText());
        assertThat(failure(() -> RubricAssertions.assertThat(team).hasBestFit("no-such-row", "open-door"),
                team.explanation().toText())).contains("to have a dimension no-such-row, but its dimensions are"
                        + " [building-relationships, linking-to-learning,");
    }

    @Test
    void aStageResultsStagePerStandard() {
        RubricAssertions.assertThat(stages).hasStage("standard-1", "expansion").hasStage("standard-7", "exploration");

        assertThat(failure(() -> RubricAssertions.assertThat(stages).hasStage("standard-6", "expansion"),
                stages.explanation().toText())).contains("the stage of standard standard-6").contains("integration");
    }

    @Test
    void aSurveySummarysFigures() {
        RubricAssertions.assertThat(survey).hasResponseCount(12).statement("survey-1").hasRated(12).hasNotRated(0)
                .hasNotApplicable(0).hasMean(2.9166, within(0.001)).hasMedian(3).hasTopTwoShare(8 / 12.0)
                .hasDistribution(Map.of(1, 1, 2, 3, 3, 4, 4, 4));

        String message = failure(() -> RubricAssertions.assertThat(survey).statement("survey-1").hasMean(3.0),
                survey.explanation().toText());
        assertThat(message).contains("the mean of statement survey-1 of the survey result on guardian-survey")
                .contains("3.0 (within 1.0E-9)").contains("2.9166666666666665");
        failure(() -> RubricAssertions.assertThat(survey).statement("survey-1").hasDistribution(Map.of(1, 1)),
                survey.explanation().toText());
        failure(() -> RubricAssertions.assertThat(survey).hasResponseCount(11), survey.explanation().toText());
        assertThat(failure(() -> RubricAssertions.assertThat(survey).statement("nope"), survey.explanation().toText()))
                .contains("to have a statement nope, but its statements are [survey-1,");
    }

    @Test
    void aRatingResultsFiguresOverallPerConditionAndPerIndicator() {
        RubricAssertions.assertThat(conditions).hasResponseCount(1).overall().hasRated(4).hasNotRated(1).hasMean(2.0);
        RubricAssertions.assertThat(conditions).condition("c4").hasTopTwoShare(0.25);
        RubricAssertions.assertThat(conditions).condition("c1").hasNoMean();
        RubricAssertions.assertThat(conditions).indicator("c4-i1").hasMean(3.0);

        assertThat(failure(() -> RubricAssertions.assertThat(conditions).condition("c1").hasMean(2.0),
                conditions.explanation().toText())).contains("none (nothing rated)");
        failure(() -> RubricAssertions.assertThat(conditions).indicator("c4-i9"), conditions.explanation().toText());
    }

    @Test
    void coverageFiguresPerGroupIncludingWithheldOnes() {
        List<Family> families = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            families.add(i <= 12 ? Family.of("f" + i, "language:ell") : i <= 15 ? Family.of("f" + i, "support:iep")
                    : i <= 19 ? Family.of("f" + i, "support:504") : Family.of("f" + i));
        }
        CoverageTally tally = CoverageTally.of(Roster.of(families), SchoolCalendar.defaults(),
                CoverageGoal.builder().monitor("language:ell").monitor("support:iep").monitor("support:504").build());
        for (int i = 3; i <= 18; i++) {
            tally.add(ContactRecord.of("f" + i, LocalDate.of(2025, 9, 1 + i)));
        }
        CoverageResult coverage = tally.result(SmallCellRule.defaults());
        String period = coverage.periods().get(0).period().label();

        RubricAssertions.assertThat(coverage).hasFamilies(40).hasAllFamiliesReached(period, 16, 40)
                .hasGroupReached(period, "language:ell", 10, 12).hasGroupWithheld(period, "support:iep");

        assertThat(failure(() -> RubricAssertions.assertThat(coverage).hasGroupReached(period, "support:iep", 3, 3),
                coverage.explanation().toText())).contains("the coverage of group support:iep in " + period)
                        .contains("reached 3 of 3 families").contains("withheld (");
        assertThat(failure(() -> RubricAssertions.assertThat(coverage).hasGroupWithheld(period, "language:ell"),
                coverage.explanation().toText())).contains("reached 10 of 12 families (83.3%)");
        failure(() -> RubricAssertions.assertThat(coverage).hasAllFamiliesReached("1999-00 Q1", 1, 1),
                coverage.explanation().toText());
    }

    @Test
    void agreementFiguresWithinATolerance() {
        Panel.Builder builder = Panel.builder(ScoringEngine.defaults(), FIXTURES.instrument("four-versions-of-partnerships"));
        FIXTURES.responses("four-versions-panel").forEach(builder::add);
        AgreementReport report = AgreementReport.of(builder.build(), Bootstrap.of(200, 7L));
        AgreementFigures overall = report.overall();
        double nominal = overall.alphas().stream().map(alpha -> alpha.alpha())
                .filter(alpha -> alpha.coefficient() == Coefficient.ALPHA_NOMINAL)
                .map(alpha -> ((AgreementResult.Estimate) alpha).value()).findFirst().orElseThrow();

        RubricAssertions.assertThat(report).hasAlpha(Coefficient.ALPHA_NOMINAL, nominal + 0.0004, within(0.001));

        String message = failure(() -> RubricAssertions.assertThat(report).hasAlpha(Coefficient.ALPHA_NOMINAL,
                nominal + 0.01, within(0.001)), report.explanation().toText());
        assertThat(message).contains("Krippendorff's alpha (nominal) in all subjects of the agreement report on"
                + " four-versions-of-partnerships").contains(String.valueOf(nominal));
        failure(() -> RubricAssertions.assertThat(report).hasAlpha("no-such-school", Coefficient.ALPHA_NOMINAL, 0.5,
                within(0.1)), report.explanation().toText());
    }

    @Test
    void aNullResultFailsAndNullArgumentsAreNamed() {
        assertThatThrownBy(() -> RubricAssertions.assertThat((ArchetypeResult) null).hasProfile("x"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> RubricAssertions.assertThat(team).hasBestFit("building-relationships", null))
                .isInstanceOf(NullPointerException.class).hasMessage("columnId");
        assertThatThrownBy(() -> RubricAssertions.assertThat(survey).statement("survey-1").hasMean(1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("offset");
    }

    @Test
    void aDescriptionGivenWithAsComesFirst() {
        assertThatThrownBy(() -> RubricAssertions.assertThat(team).as("school 12").hasProfile("advanced"))
                .hasMessageStartingWith("[school 12] ");
    }
}
