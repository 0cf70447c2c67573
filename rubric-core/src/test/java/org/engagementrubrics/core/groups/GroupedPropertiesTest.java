package org.engagementrubrics.core.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.AnalysisGenerators;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.MergeOrder;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Invariants of survey results by group over generated rosters (two partitions and three flag groups with
 * skewed sizes, so that small cells are common), surveys and responses (some from raters not on the roster,
 * some families answering more than once), checked against figures recomputed here from the responses.
 */
@DisplayName("issue 10 item 5: survey results by group, properties")
class GroupedPropertiesTest {

    private static final int CASES = 300;
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    /** One generated case: a roster, responses split into parts, the merge order, the groups and the rule. */
    record Case(Survey survey, Roster roster, List<String> groups, SmallCellRule rule, List<Response> responses,
            List<List<Response>> parts, MergeOrder mergeOrder) {

        GroupedTally<SurveyResult> tally(PreparedInstrument<Survey, SurveyResult> prepared) {
            return groups == null ? GroupedTally.of(prepared, roster) : GroupedTally.of(prepared, roster, groups);
        }

        @Override
        public String toString() {
            return "Case[" + rule + ", groups=" + groups + ", families=" + roster.families() + ", raters="
                    + responses.stream().map(Response::raterId).toList() + ", parts=" + parts.size() + "]";
        }
    }

    static Gen<Case> cases() {
        return Generators.surveys().flatMap(survey -> Generators.responses(survey, 1, 60).flatMap(generated -> random -> {
            Roster roster = AnalysisGenerators.rosters().generate(random);
            List<String> selected = AnalysisGenerators.groupSelections().orNull(0.5).generate(random);
            SmallCellRule rule = AnalysisGenerators.smallCellRules().generate(random);
            List<Response> responses = AnalysisGenerators.respondents(roster, generated).generate(random);
            List<List<Response>> parts = AnalysisGenerators.parts(responses, 5).generate(random);
            return new Case(survey, roster, selected, rule, responses, parts,
                    AnalysisGenerators.mergeOrders().generate(random));
        }));
    }

    /** The parts' tallies merged in a random tree: any pair, in either direction, until one is left. */
    private static GroupedTally<SurveyResult> merged(PreparedInstrument<Survey, SurveyResult> prepared, Case c) {
        List<GroupedTally<SurveyResult>> tallies = new ArrayList<>();
        for (List<Response> part : c.parts()) {
            GroupedTally<SurveyResult> tally = c.tally(prepared);
            part.forEach(response -> tally.add(prepared.check(response)));
            tallies.add(tally);
        }
        return c.mergeOrder().merge(tallies, GroupedTally::merge);
    }

    @Test
    void anySplitAndMergeOrderGivesTheOnePassResult() {
        int[] split = new int[1];
        Properties.forAll("grouped split and merge", CASES, cases(), c -> {
            PreparedInstrument<Survey, SurveyResult> prepared = ENGINE.prepare(c.survey());
            if (c.parts().stream().filter(p -> !p.isEmpty()).count() >= 2) {
                split[0]++;
            }
            GroupedTally<SurveyResult> onePass = c.tally(prepared);
            c.responses().forEach(onePass::add);
            GroupedTally<SurveyResult> merged = merged(prepared, c);

            assertThat(merged.count()).isEqualTo(c.responses().size());
            assertThat(merged.unrosteredResponses()).isEqualTo(onePass.unrosteredResponses());
            assertThat(merged.result(c.rule())).isEqualTo(onePass.result(c.rule()));
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(split[0]).as("cases whose responses are split over two or more tallies").isGreaterThan(150);
        }
    }

    @Test
    void mergingThePartsStatesGivesTheOnePassResult() {
        Properties.forAll("grouped state merge", CASES, cases(), c -> {
            PreparedInstrument<Survey, SurveyResult> prepared = ENGINE.prepare(c.survey());
            GroupedTally<SurveyResult> onePass = c.tally(prepared);
            c.responses().forEach(onePass::add);
            GroupedTally<SurveyResult> fromStates = c.tally(prepared);
            for (List<Response> part : c.parts()) {
                GroupedTally<SurveyResult> tally = c.tally(prepared);
                part.forEach(tally::add);
                fromStates.merge(tally.state());
            }

            assertThat(fromStates.count()).isEqualTo(c.responses().size());
            assertThat(fromStates.state()).isEqualTo(onePass.state());
            assertThat(fromStates.result(c.rule())).isEqualTo(onePass.result(c.rule()));
        });
    }

    @Test
    void aStateWithARespondentNotOnTheRosterIsRefusedAndChangesNothing() {
        Case c = Properties.generate(cases(), 7L);
        PreparedInstrument<Survey, SurveyResult> prepared = ENGINE.prepare(c.survey());
        GroupedTally<SurveyResult> tally = c.tally(prepared);
        GroupedTallyState state = tally.state();
        GroupedTallyState stranger = new GroupedTallyState(state.all(), state.groupIds(), state.groups(),
                List.of("not-on-any-roster-" + c.roster().size()), 0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tally.merge(stranger))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not on the roster");
        assertThat(tally.state()).isEqualTo(state);
    }

    @Test
    void eachShownGroupIsTheSummaryOfItsFamiliesResponses() {
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("grouped results", CASES, cases(), c -> {
            PreparedInstrument<Survey, SurveyResult> prepared = ENGINE.prepare(c.survey());
            GroupedTally<SurveyResult> tally = c.tally(prepared);
            c.responses().forEach(tally::add);
            GroupedResult<SurveyResult> result = tally.result(c.rule());
            org.engagementrubrics.core.scoring.ExplanationLocales.check(result.explanation());
            org.engagementrubrics.core.scoring.ExplanationLocales.check(result.explanationWithResults());

            assertThat(result.all()).isEqualTo(prepared.summarize(c.responses()));
            assertThat(result.unrosteredResponses())
                    .isEqualTo(c.responses().stream().filter(r -> !c.roster().contains(r.raterId())).count());
            assertThat(result.respondents()).isEqualTo(respondents(c, null).size());
            for (GroupResult<SurveyResult> group : result.groups()) {
                Set<String> members = respondents(c, group.groupId());
                if (group instanceof GroupResult.Shown<SurveyResult> shown) {
                    seen.merge("shown", 1, Integer::sum);
                    assertThat(shown.respondents()).isEqualTo(members.size());
                    assertThat(shown.result()).isEqualTo(prepared.summarize(c.responses().stream()
                            .filter(r -> members.contains(r.raterId())).toList()));
                    assertThat(c.rule().isSmall(members.size())).isFalse();
                } else if (group instanceof GroupResult.NoRespondents) {
                    seen.merge("no respondents", 1, Integer::sum);
                    assertThat(members).isEmpty();
                } else {
                    seen.merge("withheld", 1, Integer::sum);
                }
            }
            assertThat(result.explanation().toText()).doesNotContainPattern("\\bf\\d\\d\\b");
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).containsOnlyKeys("shown", "no respondents", "withheld");
            seen.values().forEach(n -> assertThat(n).isGreaterThan(100));
        }
    }

    @Test
    void noWithheldGroupCanBeRecoveredBySubtractionWithinAPartition() {
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("grouped suppression", CASES, cases(), c -> {
            PreparedInstrument<Survey, SurveyResult> prepared = ENGINE.prepare(c.survey());
            GroupedTally<SurveyResult> tally = c.tally(prepared);
            c.responses().forEach(tally::add);
            GroupedResult<SurveyResult> result = tally.result(c.rule());
            int k = c.rule().minimum();
            int total = result.respondents();
            if (c.rule().isSmall(total)) {
                seen.merge("SMALL_TOTAL", 1, Integer::sum);
                assertThat(result.groups()).allSatisfy(group -> assertThat(group)
                        .isEqualTo(new GroupResult.Withheld<>(group.groupId(), SuppressionReason.SMALL_TOTAL)));
                return;
            }
            Map<String, List<GroupResult<SurveyResult>>> partitions = new TreeMap<>();
            for (GroupResult<SurveyResult> group : result.groups()) {
                int colon = group.groupId().indexOf(':');
                String key = colon < 0 ? "flag " + group.groupId() : group.groupId().substring(0, colon);
                partitions.computeIfAbsent(key, x -> new ArrayList<>()).add(group);
                if (group instanceof GroupResult.Withheld<SurveyResult> withheld) {
                    seen.merge(withheld.reason().name(), 1, Integer::sum);
                }
            }
            for (List<GroupResult<SurveyResult>> partition : partitions.values()) {
                // what anyone can do with the published result: all respondents minus the shown groups' respondents
                int shownRespondents = 0;
                int unpublishedCells = 0;
                boolean smallUnpublished = false;
                Set<String> covered = new HashSet<>();
                for (GroupResult<SurveyResult> group : partition) {
                    Set<String> members = respondents(c, group.groupId());
                    covered.addAll(members);
                    if (group instanceof GroupResult.Shown<SurveyResult> shown) {
                        shownRespondents += shown.respondents();
                    } else if (group instanceof GroupResult.Withheld) {
                        unpublishedCells++;
                        smallUnpublished |= c.rule().isSmall(members.size());
                    }
                }
                int remainder = total - covered.size();
                if (remainder > 0) {
                    unpublishedCells++;
                    smallUnpublished |= c.rule().isSmall(remainder);
                }
                int unpublished = total - shownRespondents;
                assertThat(unpublished).as("respondents left by subtraction in %s", partition)
                        .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(k));
                if (smallUnpublished) {
                    assertThat(unpublishedCells).as("unpublished cells holding a small group in %s", partition)
                            .isGreaterThanOrEqualTo(2);
                    seen.merge("small remainder or withheld cell", 1, Integer::sum);
                }
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).as("suppression seen").containsKeys("SMALL_GROUP", "COMPLEMENTARY", "SMALL_TOTAL",
                    "small remainder or withheld cell");
            seen.values().forEach(n -> assertThat(n).isGreaterThan(20));
        }
    }

    /** The families on the roster that responded and are in the group (every group when null). */
    private static Set<String> respondents(Case c, String groupId) {
        Set<String> families = new HashSet<>();
        for (Response response : c.responses()) {
            c.roster().family(response.raterId())
                    .filter(family -> groupId == null || family.isIn(groupId))
                    .ifPresent(family -> families.add(family.id()));
        }
        return families;
    }
}
