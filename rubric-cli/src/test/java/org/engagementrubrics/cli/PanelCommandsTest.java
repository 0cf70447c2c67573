package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.agreement.Coefficient;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;

/**
 * {@code rubric aggregate} and {@code rubric agreement} on small hand-made panels (test resources
 * {@code panel/}): three teams on the bundled Family Engagement Rubric at two schools (team-a's draft
 * superseded by its later response; team-c ties on standard 7 at Maple Grove), and three teams on the
 * 4 Versions of Family-School Partnerships at one school (team-c ties on supporting advocacy and puts
 * sharing power at fortress, two steps from the median open-door).
 */
class PanelCommandsTest {

    static String resource(String name) {
        try {
            return Path.of(PanelCommandsTest.class.getResource("panel/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final RubricJson JSON = RubricJson.defaults();
    private static final String FER = resource("family-engagement-rubric-panel.jsonl");
    private static final String MATRIX = resource("four-versions-panel.jsonl");

    @Test
    void aggregateOfTheMatrixPanelShowsDistributionsTiesAndARaterFarFromTheMedian() {
        Cli.Run run = Cli.run("aggregate", "--instrument", "four-versions-of-partnerships", "--response", MATRIX);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Aggregate of four-versions-of-partnerships 1.0.0: 1 subject\n")
                .contains("    building-relationships: 3 values; median partnership; range partnership to open-door"
                        + " (1 step), interquartile range 1 step; modal partnership (67%)\n"
                        + "      - distribution: partnership 2, open-door 1, come-if-we-call 0, fortress 0\n")
                .contains("    supporting-advocacy: 2 values; median come-if-we-call;")
                .contains("      - no value: 1 tie\n")
                .contains("    sharing-power: 3 values; median open-door; range open-door to fortress (2 steps)")
                .contains("      - 2 or more steps from the median: team-c\n");
        assertThat(run.err()).contains("3 records, 3 good, 0 bad");
    }

    @Test
    void aggregateOfTheRubricPanelCountsTheSupersededDraftAndFiltersBySubject() {
        Cli.Run all = Cli.run("aggregate", "--instrument", "family-engagement-rubric", "--response", FER);
        assertThat(all.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(all.out()).contains("7 responses, 1 superseded by a later response of the same rater for the"
                + " same subject").contains("  cedar-middle: 3 raters, 8 units\n")
                .contains("      - no value: 1 no placement\n");
        Cli.Run one = Cli.run("aggregate", "--instrument", "family-engagement-rubric", "--response", FER,
                "--subject", "cedar-middle");
        assertThat(one.out()).contains(": 1 subject\n").contains("cedar-middle").doesNotContain("maple-grove");
    }

    @Test
    void agreementOfTheRubricPanelReportsAllSubjectsAndEachWithIntervalsAndFleissWhenItQualifies() {
        Cli.Run run = Cli.run("agreement", "--instrument", "family-engagement-rubric", "--response", FER);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Agreement on family-engagement-rubric 1.0.0: 2 subjects\n")
                .contains("  All subjects (units are subject × unit): 16 units, 3 raters, 47 pairable values\n")
                .contains("  cedar-middle: 8 units, 3 raters, 24 pairable values\n"
                        + "    Krippendorff's alpha (ordinal) = 0.641")
                .contains("    Fleiss' kappa = 0.625 from 24 values in 8 units by 3 raters")
                .contains("    Fleiss' kappa is undefined: the units have different numbers of values")
                .contains("95% bootstrap interval").contains("(1000 draws, seed 20070101)")
                .doesNotContain("Cohen");
        Cli.Run same = Cli.run("agreement", "--instrument", "family-engagement-rubric", "--response", FER);
        assertThat(same.out()).isEqualTo(run.out());
    }

    @Test
    void agreementTakesTheBootstrapsDrawsSeedAndLevel() {
        Cli.Run run = Cli.run("agreement", "--instrument", "four-versions-of-partnerships", "--response", MATRIX,
                "--draws", "200", "--seed", "7", "--level", "0.9");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("bootstrap: 200 draws, seed 7, level 0.9")
                .contains("Krippendorff's alpha (nominal)").contains("90% bootstrap interval")
                .contains("(200 draws, seed 7)");
    }

    @Test
    void anOutOfRangeBootstrapIsAUsageError() {
        Cli.Run run = Cli.run("agreement", "--instrument", "four-versions-of-partnerships", "--response", MATRIX,
                "--level", "1.5");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("level: must be greater than 0 and less than 1; was 1.5");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void agreementOfTwoRatersAddsCohensKappa() {
        Cli.Run run = Cli.run("agreement", "--instrument", "family-engagement-rubric", "--response",
                resource("family-engagement-rubric-two-raters.jsonl"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Cohen's kappa (linear weights)");
    }

    @Test
    void aggregateAsJsonIsOneConsensusDocumentThatReadsBackToTheTextReport() {
        Cli.Run text = Cli.run("aggregate", "--instrument", "family-engagement-rubric", "--response", FER);
        Cli.Run json = Cli.run("aggregate", "--instrument", "family-engagement-rubric", "--response", FER,
                "--format", "json");

        assertThat(json.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(json.out()).startsWith("{\n  \"format\": \"engagement-rubrics/2.0\",\n  \"kind\": \"consensus\",")
                .contains("\"responses\": 7,\n  \"superseded\": 1,").contains("\"no-placement\": 1");
        Consensus consensus = JSON.readConsensus(json.out(), "stdout");
        assertThat(consensus.explanation().toText()).isEqualTo(text.out());
        assertThat(JSON.write(consensus)).isEqualTo(json.out());
        assertThat(json.err()).contains("records, ").isEqualTo(text.err());
    }

    @Test
    void agreementAsJsonIsOneReportDocumentWithEveryFigureAndTheBootstrap() {
        Cli.Run text = Cli.run("agreement", "--instrument", "four-versions-of-partnerships", "--response", MATRIX,
                "--draws", "200", "--seed", "-7", "--level", "0.9");
        Cli.Run json = Cli.run("agreement", "--instrument", "four-versions-of-partnerships", "--response", MATRIX,
                "--draws", "200", "--seed", "-7", "--level", "0.9", "--format", "json");

        assertThat(json.exitCode()).isEqualTo(ExitCodes.OK);
        AgreementReport report = JSON.readAgreementReport(json.out(), "stdout");
        assertThat(report.explanation().toText()).isEqualTo(text.out());
        assertThat(report.bootstrap()).isEqualTo(Bootstrap.of(200, -7L).withLevel(0.9));
        assertThat(report.overall().alphas()).extracting(a -> a.alpha().coefficient())
                .containsExactly(Coefficient.ALPHA_ORDINAL, Coefficient.ALPHA_NOMINAL);
        assertThat(json.out()).contains("\"kind\": \"agreement-report\"", "\"scope\": \"*\"",
                "\"outcome\": \"percentile\"", "\"draws\": 200", "\"seed\": -7", "\"observedDisagreement\": ");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Run run = Cli.run("agreement", "--instrument", "family-engagement-rubric", "--response", FER,
                "--format", "yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--format").contains("yaml");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSurveyIsNotAPanelOfRatersAndTheErrorSaysWhatToRunInstead() {
        for (String command : new String[] {"aggregate", "agreement"}) {
            Cli.Run run = Cli.run(command, "--instrument", "guardian-survey", "--response",
                    ExampleFiles.path(ExampleFiles.GUARDIAN_RESPONSES).toString());
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(command).contains("'guardian-survey' is a survey")
                    .contains("'rubric score' (pooled, in constant memory)").contains("'rubric compare'");
            assertThat(run.out()).as(command).isEmpty();
        }
    }
}
