package org.engagementrubrics.core.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.RatingSummary;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 5, worked by hand: 14 families, 12 responses from 10 of them and one stranger, k = 3.
 *
 * <pre>
 * family  groups                                   responds  s1   s2
 * f01     race-ethnicity:hispanic, iep             twice     4,3  3,3
 * f02-04  race-ethnicity:hispanic, ml              yes       4,2,4  3
 * f05     race-ethnicity:hispanic                  yes       1    not applicable
 * f06     race-ethnicity:hispanic, foster-care     no
 * f07     race-ethnicity:black, iep                yes       3    3
 * f08-09  race-ethnicity:black, ml                 yes       2,2  3
 * f10     race-ethnicity:black                     no
 * f11     race-ethnicity:asian, ml                 yes       1    3
 * f12     race-ethnicity:asian                     no
 * f13     ml                                       yes       4    3
 * f14     (none)                                   no
 * stranger (not on the roster)                     yes       3    3
 * </pre>
 *
 * Respondents per race-ethnicity value: hispanic 5, black 3, asian 1, none 1 (f13), of 10. Asian is small;
 * the unpublished cells {asian 1, no value 1} hold 2 &lt; 3 families, so the next smallest, black (3), is
 * withheld too: {asian, no value, black} = 5. {@code iep}: 2 respondents, small; its complement (8) is not.
 * {@code ml}: 7 respondents, 3 not: shown. {@code foster-care}: its only family did not respond.
 */
@DisplayName("issue 10 item 5: survey results by group, by hand")
class GroupedKnownAnswerTest {

    private static final Survey SURVEY = Fixtures.survey();
    private static final PreparedInstrument<Survey, SurveyResult> PREPARED = ScoringEngine.defaults().prepare(SURVEY);
    private static final SmallCellRule K3 = SmallCellRule.minimum(3);

    private static final Roster ROSTER = Roster.of(
            Family.of("f01", "race-ethnicity:hispanic", "iep"),
            Family.of("f02", "race-ethnicity:hispanic", "ml"),
            Family.of("f03", "race-ethnicity:hispanic", "ml"),
            Family.of("f04", "race-ethnicity:hispanic", "ml"),
            Family.of("f05", "race-ethnicity:hispanic"),
            Family.of("f06", "race-ethnicity:hispanic", "foster-care"),
            Family.of("f07", "race-ethnicity:black", "iep"),
            Family.of("f08", "race-ethnicity:black", "ml"),
            Family.of("f09", "race-ethnicity:black", "ml"),
            Family.of("f10", "race-ethnicity:black"),
            Family.of("f11", "race-ethnicity:asian", "ml"),
            Family.of("f12", "race-ethnicity:asian"),
            Family.of("f13", "ml"),
            Family.of("f14"));

    /** Response id to rater, s1, s2 (0 for not applicable). */
    private static final List<Object[]> ANSWERS = List.of(
            new Object[] {"g01", "f01", 4, 3}, new Object[] {"g02", "f01", 3, 3},
            new Object[] {"g03", "f02", 4, 3}, new Object[] {"g04", "f03", 2, 3}, new Object[] {"g05", "f04", 4, 3},
            new Object[] {"g06", "f05", 1, 0}, new Object[] {"g07", "f07", 3, 3}, new Object[] {"g08", "f08", 2, 3},
            new Object[] {"g09", "f09", 2, 3}, new Object[] {"g10", "f11", 1, 3}, new Object[] {"g11", "f13", 4, 3},
            new Object[] {"g12", "stranger", 3, 3});

    private static List<Response> responses() {
        List<Response> responses = new ArrayList<>();
        for (Object[] answer : ANSWERS) {
            int s2 = (Integer) answer[3];
            responses.add(Response.of((String) answer[0], SURVEY.id(), (String) answer[1], "maple-grove", Fixtures.WHEN,
                    Ratings.of(Map.of("s1", Rating.of((Integer) answer[2]),
                            "s2", s2 == 0 ? Rating.notApplicable() : Rating.of(s2)))));
        }
        return responses;
    }

    private static GroupedResult<SurveyResult> result(SmallCellRule rule) {
        GroupedTally<SurveyResult> tally = GroupedTally.of(PREPARED, ROSTER);
        responses().forEach(tally::add);
        return tally.result(rule);
    }

    private static Map<Integer, Integer> distribution(int... counts) {
        Map<Integer, Integer> distribution = new LinkedHashMap<>();
        for (int value = 1; value <= counts.length; value++) {
            distribution.put(value, counts[value - 1]);
        }
        return distribution;
    }

    @Test
    void allResponsesCountTheStrangerAndTheFamilyThatAnsweredTwice() {
        GroupedResult<SurveyResult> result = result(K3);

        assertThat(result.families()).isEqualTo(14);
        assertThat(result.respondents()).isEqualTo(10);
        assertThat(result.unrosteredResponses()).isEqualTo(1);
        assertThat(result.all().responseCount()).isEqualTo(12);
        // s1: 4 3 4 2 4 1 3 2 2 1 4 3 -> sum 33 over 12; sorted 1 1 2 2 2 3 3 3 4 4 4 4
        assertThat(result.all().statements().get(0)).isEqualTo(new RatingSummary("s1", 12, 0, 0, 2.75, 3.0,
                7 / 12.0, distribution(2, 3, 3, 4)));
        assertThat(result.all().statements().get(1)).isEqualTo(new RatingSummary("s2", 11, 0, 1, 3.0, 3.0, 1.0,
                distribution(0, 0, 11, 0)));
        assertThat(result.all()).isEqualTo(PREPARED.summarize(responses()));
    }

    @Test
    void theSmallGroupAndTheNextSmallestOfItsPartitionAreWithheldAndTheOthersShown() {
        GroupedResult<SurveyResult> result = result(K3);

        assertThat(result.groups()).extracting(GroupResult::groupId).containsExactly("foster-care", "iep", "ml",
                "race-ethnicity:asian", "race-ethnicity:black", "race-ethnicity:hispanic");
        assertThat(result.group("foster-care")).isEqualTo(new GroupResult.NoRespondents<>("foster-care"));
        assertThat(result.group("iep")).isEqualTo(new GroupResult.Withheld<>("iep", SuppressionReason.SMALL_GROUP));
        assertThat(result.group("race-ethnicity:asian"))
                .isEqualTo(new GroupResult.Withheld<>("race-ethnicity:asian", SuppressionReason.SMALL_GROUP));
        assertThat(result.group("race-ethnicity:black"))
                .isEqualTo(new GroupResult.Withheld<>("race-ethnicity:black", SuppressionReason.COMPLEMENTARY));

        GroupResult.Shown<SurveyResult> hispanic = (GroupResult.Shown<SurveyResult>) result.group("race-ethnicity:hispanic");
        assertThat(hispanic.respondents()).isEqualTo(5);
        assertThat(hispanic.result().responseCount()).isEqualTo(6);
        // s1 of f01 (4, 3), f02-f04 (4, 2, 4), f05 (1): sum 18; sorted 1 2 3 4 4 4
        assertThat(hispanic.result().statements().get(0)).isEqualTo(new RatingSummary("s1", 6, 0, 0, 3.0, 3.5,
                4 / 6.0, distribution(1, 1, 1, 3)));
        assertThat(hispanic.result().statements().get(1)).isEqualTo(new RatingSummary("s2", 5, 0, 1, 3.0, 3.0, 1.0,
                distribution(0, 0, 5, 0)));

        GroupResult.Shown<SurveyResult> ml = (GroupResult.Shown<SurveyResult>) result.group("ml");
        assertThat(ml.respondents()).isEqualTo(7);
        // s1 of f02-f04 (4, 2, 4), f08-f09 (2, 2), f11 (1), f13 (4): sum 19; sorted 1 2 2 2 4 4 4
        assertThat(ml.result().statements().get(0)).isEqualTo(new RatingSummary("s1", 7, 0, 0, 19 / 7.0, 2.0,
                3 / 7.0, distribution(1, 3, 0, 3)));
        assertThat(ml.result()).isEqualTo(PREPARED.summarize(responses().stream()
                .filter(r -> List.of("f02", "f03", "f04", "f08", "f09", "f11", "f13").contains(r.raterId())).toList()));
    }

    @Test
    void theExplanationSaysWhoRespondedAndWhyEachGroupIsWithheld() {
        GroupedResult<SurveyResult> result = result(K3);

        List<String> lines = result.explanation().parts().stream().map(part -> part.summary()).toList();
        assertThat(result.explanation().summary()).isEqualTo("Results by roster group: 6 groups, 14 families on the"
                + " roster");
        assertThat(result.explanation().details()).containsExactly(
                "groups: foster-care, iep, ml, race-ethnicity:asian, race-ethnicity:black, race-ethnicity:hispanic",
                "small cells: groups of fewer than 3 withheld, with complementary suppression in each partition; a"
                        + " group's size is the number of its families that responded",
                "1 response from a rater not on the roster: in all responses, in no group");
        assertThat(lines).containsExactly(
                "all responses: 10 families responded, and 1 response came from a rater not on the roster",
                "foster-care: no families responded",
                "iep withheld: fewer than 3 families responded",
                "ml: 7 families responded",
                "race-ethnicity:asian withheld: fewer than 3 families responded",
                "race-ethnicity:black withheld: would reveal a smaller group by subtraction",
                "race-ethnicity:hispanic: 5 families responded");
        assertThat(result.explanation().parts()).allSatisfy(part -> assertThat(part.parts()).isEmpty());
        Explanation full = result.explanationWithResults();
        assertThat(full.parts().stream().map(part -> part.summary()).toList()).isEqualTo(lines);
        assertThat(full.parts().get(0).parts()).containsExactly(result.all().explanation());
        assertThat(full.parts().get(3).parts()).containsExactly(
                ((GroupResult.Shown<SurveyResult>) result.group("ml")).result().explanation());
        assertThat(full.parts().get(6).parts()).containsExactly(
                ((GroupResult.Shown<SurveyResult>) result.group("race-ethnicity:hispanic")).result().explanation());
        assertThat(List.of(full.parts().get(1), full.parts().get(2), full.parts().get(4), full.parts().get(5)))
                .allSatisfy(part -> assertThat(part.parts()).isEmpty());
        assertThat(full.toText()).startsWith(result.explanation().summary() + "\n")
                .contains("  ml: 7 families responded\n    " + SURVEY.title().text() + ": 2 statements over 7 responses\n")
                .doesNotContain("f0", "f1", "stranger");
    }

    @Test
    void theGroupsGivenAreRosterGroupsOrPartitionsAndAnUnknownOneIsShownEmpty() {
        GroupedTally<SurveyResult> tally = GroupedTally.of(PREPARED, ROSTER, List.of("race-ethnicity", "iep", "absent"));
        responses().forEach(tally::add);

        GroupedResult<SurveyResult> result = tally.result(K3);

        assertThat(tally.groupIds()).containsExactly("absent", "iep", "race-ethnicity:asian", "race-ethnicity:black",
                "race-ethnicity:hispanic");
        assertThat(result.group("absent")).isEqualTo(new GroupResult.NoRespondents<>("absent"));
        assertThat(result.group("race-ethnicity:black")).isEqualTo(result(K3).group("race-ethnicity:black"));
        assertThat(result.all()).isEqualTo(result(K3).all());
    }

    @Test
    void aSmallTotalWithholdsEveryGroupButNotAllResponses() {
        GroupedResult<SurveyResult> result = result(SmallCellRule.minimum(11));

        assertThat(result.groups()).allSatisfy(group -> assertThat(group)
                .isEqualTo(new GroupResult.Withheld<>(group.groupId(), SuppressionReason.SMALL_TOTAL)));
        assertThat(result.all().responseCount()).isEqualTo(12);
        assertThat(result.explanation().parts().get(2).summary())
                .isEqualTo("iep withheld: fewer than 11 families on the roster responded");
    }

    @Test
    void withTheRuleOffEveryGroupWithRespondentsIsShown() {
        GroupedResult<SurveyResult> result = result(SmallCellRule.off());

        assertThat(result.groups()).filteredOn(group -> group instanceof GroupResult.Shown)
                .extracting(group -> ((GroupResult.Shown<?>) group).respondents())
                .containsExactly(2, 7, 1, 3, 5);
        assertThat(result.group("race-ethnicity:asian")).isInstanceOf(GroupResult.Shown.class);
    }

    @Test
    void tallyingAResponseOfAnotherInstrumentOrAMatrixIsRefused() {
        GroupedTally<SurveyResult> tally = GroupedTally.of(PREPARED, ROSTER);
        Response other = Response.of("x", "another-survey", "f01", "maple-grove", Fixtures.WHEN,
                Ratings.of(Map.of("s1", Rating.of(1))));

        assertThatThrownBy(() -> tally.add(other)).hasMessageContaining("another-survey");
        assertThat(tally.count()).isZero();
        assertThatThrownBy(tally::result).isInstanceOf(IllegalStateException.class).hasMessageContaining("no response");
        assertThatThrownBy(() -> GroupedTally.of(ScoringEngine.defaults().prepare(Fixtures.fourVersions()), ROSTER))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> GroupedTally.of(PREPARED, ROSTER, List.of("Not An Id")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Not An Id'");
    }

    @Test
    void aTallyMergesOnlyWithAnotherOfTheSameInstrumentRosterAndGroups() {
        GroupedTally<SurveyResult> tally = GroupedTally.of(PREPARED, ROSTER);

        assertThatThrownBy(() -> tally.merge(tally)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("into itself");
        assertThatThrownBy(() -> tally.merge(GroupedTally.of(PREPARED, ROSTER, List.of("iep"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same instrument, roster and groups");
        assertThatThrownBy(() -> tally.merge(GroupedTally.of(PREPARED, Roster.of(Family.of("f01")))))
                .isInstanceOf(IllegalArgumentException.class);
        GroupedTally<SurveyResult> equalRoster = GroupedTally.of(PREPARED, Roster.of(ROSTER.families()));
        equalRoster.add(responses().get(0));
        assertThat(tally.merge(equalRoster).count()).isEqualTo(1);
    }
}
