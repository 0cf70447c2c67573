package org.engagementrubrics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.cli.ExampleFiles.BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.FOUR_VERSIONS_TEAM;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_RESPONSES_WITH_A_BAD_LINE;
import static org.engagementrubrics.cli.ExampleFiles.GUARDIAN_ROSTER;
import static org.engagementrubrics.cli.ExampleFiles.path;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementrubrics.cli.Cli.Run;
import org.engagementrubrics.core.groups.GroupResult;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.groups.GroupedTally;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.examples.SampleResponses;
import org.engagementrubrics.examples.SeedInstruments;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10 item 5: {@code rubric score --by-group --roster FILE} on the sample guardian survey responses and
 * roster (guardians 1 to 11 and 14 on it, guardian 12 not), and the usage errors around it.
 */
@DisplayName("issue 10 item 5: score --by-group")
class ScoreByGroupTest {

    private static final RubricJson JSON = RubricJson.defaults();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** The results by group the library gives for the sample responses and roster. */
    private static GroupedResult<SurveyResult> expected(List<Response> responses, SmallCellRule rule) {
        Roster roster = JSON.rosterReader().read(path(GUARDIAN_ROSTER)).roster();
        GroupedTally<SurveyResult> tally = GroupedTally.of(ScoringEngine.defaults()
                .prepare(SeedInstruments.guardianSurvey()), roster);
        responses.forEach(tally::add);
        return tally.result(rule);
    }

    private static String[] byGroup(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("score", "--instrument", "guardian-survey", "--response",
                path(GUARDIAN_RESPONSES).toString(), "--by-group", "--roster", path(GUARDIAN_ROSTER).toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void textIsTheExplanationWithEachShownGroupsResultUnderItsLine() {
        GroupedResult<SurveyResult> expected = expected(SampleResponses.guardianSurveyResponses(),
                SmallCellRule.minimum(3));

        Run run = Cli.run(byGroup("--min-cell", "3"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("[" + expected.instrument() + ", 12 responses, subject maple-grove-elementary,"
                + " by roster group]\n" + expected.explanationWithResults().toText() + "\n");
        assertThat(run.out()).contains("  iep withheld: fewer than 3 families responded\n",
                "  race-ethnicity:black withheld: fewer than 3 families responded\n",
                "  race-ethnicity:hispanic withheld: would reveal a smaller group by subtraction\n",
                "  race-ethnicity:white: 5 families responded\n",
                "1 response from a rater not on the roster: in all responses, in no group")
                .doesNotContain("guardian-0", "guardian-1");
        assertThat(run.errLines()).containsExactly(path(GUARDIAN_ROSTER) + ": 12 rows, 12 good, 0 bad",
                path(GUARDIAN_RESPONSES) + ": 12 records, 12 good, 0 bad");
    }

    @Test
    void theDefaultRuleWithholdsEveryGroupOfTwelveRespondentsAndNoSuppressionNone() {
        Run defaults = Cli.run(byGroup());
        Run none = Cli.run(byGroup("--no-suppression", "--format", "json"));

        assertThat(defaults.exitCode()).isZero();
        assertThat(defaults.out()).contains("small cells: groups of fewer than 10 withheld")
                .contains("  multilingual-learner withheld: fewer than 10 families responded\n")
                .doesNotContain("families responded\n    Engaging Families");
        GroupedResult<SurveyResult> all = JSON.readSurveyByGroup(none.out(), "stdout");
        assertThat(all).isEqualTo(expected(SampleResponses.guardianSurveyResponses(), SmallCellRule.off()));
        assertThat(all.groups()).allSatisfy(group -> assertThat(group).isInstanceOf(GroupResult.Shown.class));
        assertThat(none.err()).isEqualTo("[]\n");
    }

    @Test
    void jsonIsTheSurveyByGroupDocumentAndJsonLinesItsOneLine() {
        GroupedResult<SurveyResult> expected = expected(SampleResponses.guardianSurveyResponses(),
                SmallCellRule.minimum(3));

        Run json = Cli.run(byGroup("--min-cell", "3", "--format", "json"));
        Run lines = Cli.run(byGroup("--min-cell", "3", "--format", "jsonl"));

        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).isEqualTo(JSON.write(expected));
        assertThat(JSON.readSurveyByGroup(json.out(), "stdout").group("race-ethnicity:hispanic"))
                .isEqualTo(new GroupResult.Withheld<>("race-ethnicity:hispanic", SuppressionReason.COMPLEMENTARY));
        assertThat(lines.exitCode()).isZero();
        assertThat(lines.out()).isEqualTo(JSON.writeLine(expected) + "\n");
        assertThat(lines.err()).isEmpty();
    }

    @Test
    void badRosterRowsAndBadRecordsAreReportedWithTheirPlaceAndCountedAndTheRestScored() throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), Files.readString(path(GUARDIAN_ROSTER))
                .replace("guardian-11,Asian", ",Asian"));
        Path responses = path(GUARDIAN_RESPONSES_WITH_A_BAD_LINE);
        String[] args = {"score", "--instrument", "guardian-survey", "--response", responses.toString(), "--by-group",
            "--roster", roster.toString(), "--min-cell", "3"};

        Run text = Cli.run(args);

        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.errLines()).hasSize(5);
        assertThat(text.errLines().get(0)).startsWith(roster + ":12:1: /family_id: [missing] ");
        assertThat(text.errLines().get(1)).isEqualTo(roster + ": 12 rows, 11 good, 1 bad");
        assertThat(text.errLines().get(2)).startsWith(responses + ":" + BAD_LINE + ":");
        assertThat(text.errLines().get(4)).isEqualTo(responses + ": 13 records, 12 good, 1 bad");
        assertThat(text.out()).contains("2 responses from raters not on the roster: in all responses, in no group",
                "  race-ethnicity:hispanic withheld: would reveal a smaller group by subtraction\n")
                .as("the only asian family was on the bad row").doesNotContain("race-ethnicity:asian");

        Run json = Cli.run(concat(args, "--format", "json"));
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode problems = MAPPER.readTree(json.err());
        assertThat(problems.size()).isEqualTo(3);
        assertThat(problems.get(0).get("source").stringValue()).isEqualTo(roster.toString());
        assertThat(problems.get(0).get("line").intValue()).isEqualTo(12);
        assertThat(problems.get(0).get("code").stringValue()).isEqualTo("missing");
        assertThat(problems.get(1).get("source").stringValue()).isEqualTo(responses.toString());
        assertThat(JSON.readSurveyByGroup(json.out(), "stdout").unrosteredResponses()).isEqualTo(2);
    }

    @Test
    void aRosterThatCannotBeReadIsOneProblemAndNothingIsScored() throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), "name,iep\nguardian-01,yes\n");

        Run run = Cli.run("score", "--instrument", "guardian-survey", "--response", path(GUARDIAN_RESPONSES).toString(),
                "--by-group", "--roster", roster.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith(roster + ":1:1: ").contains("[missing-column]");
    }

    @Test
    void usageErrorsAroundByGroupExitTwoWithAClearMessage() {
        String responses = path(GUARDIAN_RESPONSES).toString();
        String roster = path(GUARDIAN_ROSTER).toString();

        Run matrix = Cli.run("score", "--instrument", "four-versions-of-partnerships", "--response",
                path(FOUR_VERSIONS_TEAM).toString(), "--by-group", "--roster", roster);
        assertThat(matrix.exitCode()).isEqualTo(2);
        assertThat(matrix.errLines().get(0)).isEqualTo("rubric: --by-group pools responses by roster group, but"
                + " four-versions-of-partnerships is an archetype-matrix, scored one response at a time; use it on a"
                + " survey, conditions assessment, district indicators or checklist");

        Run noRoster = Cli.run("score", "--instrument", "guardian-survey", "--response", responses, "--by-group");
        assertThat(noRoster.exitCode()).isEqualTo(2);
        assertThat(noRoster.errLines().get(0)).isEqualTo("rubric: --by-group needs --roster FILE: the families and"
                + " their groups");

        Run rosterAlone = Cli.run("score", "--instrument", "guardian-survey", "--response", responses, "--roster",
                roster);
        assertThat(rosterAlone.exitCode()).isEqualTo(2);
        assertThat(rosterAlone.errLines().get(0)).isEqualTo("rubric: --roster goes with --by-group");

        Run minCellAlone = Cli.run("score", "--instrument", "guardian-survey", "--response", responses, "--min-cell",
                "5");
        assertThat(minCellAlone.errLines().get(0)).isEqualTo("rubric: --min-cell goes with --by-group");

        Run one = Cli.run(byGroup("--min-cell", "1"));
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.errLines().get(0)).isEqualTo("rubric: --min-cell 1: the smallest group shown must have at"
                + " least 2 families (use --no-suppression to withhold nothing)");

        Run both = Cli.run(byGroup("--min-cell", "3", "--no-suppression"));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errLines().get(0)).isEqualTo("rubric: --min-cell and --no-suppression exclude each other");

        Run explain = Cli.run("explain", "--instrument", "guardian-survey", "--response", responses, "--by-group");
        assertThat(explain.exitCode()).isEqualTo(2);
        assertThat(explain.errLines().get(0)).isEqualTo("rubric: Unknown option: '--by-group'");
    }

    @Test
    void aPooledKindOtherThanASurveyIsGroupedInTextOnly() throws Exception {
        Response visit = SampleResponses.checklistVisit();
        Path responses = Files.writeString(dir.resolve("visits.jsonl"), JSON.writeLine(visit) + "\n");
        Path roster = Files.writeString(dir.resolve("roster.csv"), "family_id,iep\n" + visit.raterId() + ",yes\n");
        String[] args = {"score", "--instrument", visit.instrumentId(), "--response", responses.toString(),
            "--by-group", "--roster", roster.toString()};

        Run text = Cli.run(args);
        Run json = Cli.run(concat(args, "--format", "json"));

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("  iep withheld: fewer than 10 families on the roster responded\n");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.errLines().get(0)).isEqualTo("rubric: --by-group --format json writes survey results by group"
                + " (survey-by-group-result) only, and " + visit.instrumentId() + " is a checklist; use --format text");
    }

    @Test
    void aPooledStreamKeepsNoResponseSoAResponseIdTwiceIsCountedTwice() throws Exception {
        String line = JSON.writeLine(SampleResponses.guardianSurveyResponses().get(0));
        Path twice = Files.writeString(dir.resolve("twice.jsonl"), line + "\n" + line + "\n");

        Run run = Cli.run("score", "--instrument", "guardian-survey", "--response", twice.toString(), "--format",
                "json");

        assertThat(run.exitCode()).isZero();
        SurveyResult result = (SurveyResult) JSON.readResult(run.out(), "stdout");
        assertThat(result.responses().count()).isEqualTo(2);
        assertThat(result.statements().get(0).rated() + result.statements().get(0).notRated()
                + result.statements().get(0).notApplicable()).isEqualTo(2);
    }

    private static String[] concat(String[] args, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
