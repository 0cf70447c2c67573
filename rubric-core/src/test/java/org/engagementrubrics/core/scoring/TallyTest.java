package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.engagementrubrics.testkit.Fixtures.ratings;

import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.InvalidDataException;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 1: a tally checks what it adds as {@code summarize} does, refuses another instrument's tallies
 * and states, and says what it cannot know (a response added twice).
 */
@DisplayName("issue 10 item 1: tallies")
class TallyTest {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final Survey SURVEY = Fixtures.survey();
    private static final PreparedInstrument<Survey, SurveyResult> PREPARED = ENGINE.prepare(SURVEY);

    private static Response guardian(String id, Object... pairs) {
        return Response.of(id, SURVEY.id(), id, "school-12", Fixtures.WHEN, Ratings.of(ratings(pairs)));
    }

    private static Survey otherVersion() {
        return new Survey(SURVEY.id(), "2.0.0", SURVEY.title(), SURVEY.source(), SURVEY.errata(), SURVEY.extensions(),
                SURVEY.prompt(), SURVEY.scale(), SURVEY.statements(), SURVEY.goals());
    }

    @Test
    void aTallyGivesTheSummaryOfWhatWasAdded() {
        List<Response> responses = List.of(guardian("g-1", "s1", 4, "s2", 1), guardian("g-2", "s1", 3),
                guardian("g-3", "s1", Rating.notApplicable(), "s2", 2));

        Tally<SurveyResult> tally = PREPARED.tally();
        responses.forEach(tally::add);

        assertThat(tally.result()).isEqualTo(PREPARED.summarize(responses));
        assertThat(tally.count()).isEqualTo(3);
        assertThat(tally.result().responses().subjectId()).isEqualTo("school-12");
        assertThat(tally.instrument()).isEqualTo(PREPARED.ref());
        assertThat(tally).hasToString("Tally[" + PREPARED.ref() + ", 3 responses]");
    }

    @Test
    void addChecksTheResponseAsSummarizeDoesAndLeavesTheTallyUnchanged() {
        Response offScale = guardian("g-9", "s1", 7, "s3", 1);
        Tally<SurveyResult> tally = PREPARED.tally();

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> tally.add(offScale));
        InvalidDataException expected = catchThrowableOfType(InvalidDataException.class,
                () -> PREPARED.summarize(List.of(offScale)));

        assertThat(thrown).hasMessage(expected.getMessage());
        assertThat(thrown.problems()).isEqualTo(expected.problems()).hasSize(2);
        assertThat(tally.count()).isZero();
    }

    @Test
    void addOfACheckedResponseRefusesAFailedCheckOrACheckAgainstAnotherInstrument() {
        Tally<SurveyResult> tally = PREPARED.tally();
        CheckedResponse failed = PREPARED.check(guardian("g-9", "s1", 7));
        CheckedResponse elsewhere = ENGINE.prepare(otherVersion()).check(guardian("g-1", "s1", 4));

        assertThatThrownBy(() -> tally.add(failed)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("g-9");
        assertThatThrownBy(() -> tally.add(elsewhere)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2.0.0").hasMessageContaining("1.0.0");
        assertThat(tally.add(PREPARED.check(guardian("g-1", "s1", 4))).count()).isEqualTo(1);
    }

    @Test
    void talliesOfDifferentInstrumentsDoNotMergeAndTheMessageNamesBoth() {
        Tally<SurveyResult> ours = PREPARED.tally().add(guardian("g-1", "s1", 4));
        Tally<SurveyResult> theirs = ENGINE.prepare(otherVersion()).tally();

        assertThatThrownBy(() -> ours.merge(theirs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(theirs.instrument().toString()).hasMessageContaining(ours.instrument().toString());
        assertThatThrownBy(() -> ours.merge(theirs.state())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(theirs.instrument().toString()).hasMessageContaining(ours.instrument().toString());
        assertThatThrownBy(() -> PREPARED.tally(theirs.state())).isInstanceOf(IllegalArgumentException.class);
        assertThat(ours.count()).isEqualTo(1);
    }

    @Test
    void aStateWhoseCountsDoNotFitTheInstrumentIsRefused() {
        InstrumentRef ref = PREPARED.ref();
        ResponsePool one = ResponsePool.of("g-1", "school-12");
        Map<Integer, Integer> rated4 = Map.of(1, 0, 2, 0, 3, 0, 4, 1);
        RatingCounts s1 = new RatingCounts("s1", 0, 0, new java.util.TreeMap<>(rated4));
        RatingCounts s2 = new RatingCounts("s2", 1, 0, new java.util.TreeMap<>(Map.of(1, 0, 2, 0, 3, 0, 4, 0)));
        assertThat(PREPARED.tally(new SurveyTallyState(ref, one, List.of(s1, s2))).result())
                .isEqualTo(PREPARED.summarize(List.of(guardian("g-1", "s1", 4))));

        assertThatThrownBy(() -> PREPARED.tally(new SurveyTallyState(ref, one, List.of(s2, s1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[s2, s1]")
                .hasMessageContaining("[s1, s2]");
        RatingCounts offScale = new RatingCounts("s2", 1, 0, new java.util.TreeMap<>(Map.of(0, 0, 1, 0, 2, 0, 3, 0)));
        assertThatThrownBy(() -> PREPARED.tally(new SurveyTallyState(ref, one, List.of(
                new RatingCounts("s1", 1, 0, offScale.distribution()), offScale))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale values");
        assertThatThrownBy(() -> PREPARED.tally(new RatingTallyState(ref, one, List.of(s1, s2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SurveyTallyState");
        assertThatThrownBy(() -> new SurveyTallyState(ref, one.plus(one), List.of(s1, s2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one per response");
    }

    @Test
    void rollUpAndChecklistStatesMustCountEveryIndicatorAndItemOfEveryResponse() {
        DistrictIndicators district = Fixtures.district();
        PreparedInstrument<DistrictIndicators, RollupResult> rollup = ENGINE.prepare(district);
        ResponsePool one = ResponsePool.of("r-1", "d-7");
        assertThatThrownBy(() -> rollup.tally(new RollupTallyState(rollup.ref(), one, List.of(
                new StatusCounts("E", 1, 0, 0, 0, 0), new StatusCounts("F", 0, 0, 0, 1, 0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension 'E'")
                .hasMessageContaining("2 indicators");
        Checklist checklist = Fixtures.checklist();
        PreparedInstrument<Checklist, ChecklistResult> answers = ENGINE.prepare(checklist);
        assertThatThrownBy(() -> answers.tally(new ChecklistTallyState(answers.ref(), one, List.of(
                new ChecklistCounts("look-fors", 0, 0, 0, 2), new ChecklistCounts("questions", 0, 0, 0, 2)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group 'questions'");
        assertThat(answers.tally(new ChecklistTallyState(answers.ref(), one, List.of(
                new ChecklistCounts("look-fors", 0, 0, 0, 2), new ChecklistCounts("questions", 0, 0, 0, 3)))).count())
                .isEqualTo(1);
    }

    @Test
    void matrixKindsHaveNoTally() {
        PreparedInstrument<?, ?> matrix = ENGINE.prepare(Fixtures.fourVersions());

        assertThatThrownBy(matrix::tally).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("one response at a time");
    }

    @Test
    void anEmptyTallyHasAnEmptyStateAndNoResult() {
        Tally<SurveyResult> tally = PREPARED.tally();

        assertThat(tally.count()).isZero();
        assertThat(tally.state().responses()).isEqualTo(ResponsePool.empty());
        assertThat(((SurveyTallyState) tally.state()).statements()).extracting(RatingCounts::answers)
                .containsOnly(0L);
        assertThatThrownBy(tally::result).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no response");
        assertThat(PREPARED.tally(tally.state()).state()).isEqualTo(tally.state());
    }

    @Test
    void aTallyCannotSeeAResponseAddedTwiceButItsDigestDoes() {
        Response once = guardian("g-1", "s1", 4);

        Tally<SurveyResult> tally = PREPARED.tally().add(once).add(once);

        assertThat(tally.count()).isEqualTo(2);
        assertThat(tally.result().statements().get(0).distribution()).containsEntry(4, 2);
        assertThat(tally.result().responses()).isEqualTo(ResponsePool.of("g-1", "school-12")
                .plus(ResponsePool.of("g-1", "school-12")));
        assertThatThrownBy(() -> PREPARED.summarize(List.of(once, once))).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("duplicate-id");
    }

    @Test
    void mergingATallyWithItselfCountsItsResponsesTwice() {
        Tally<SurveyResult> tally = PREPARED.tally().add(guardian("g-1", "s1", 4)).add(guardian("g-2", "s2", 1));
        Tally<SurveyResult> twice = PREPARED.tally(tally.state()).merge(tally);

        assertThat(tally.merge(tally).state()).isEqualTo(twice.state());
        assertThat(tally.count()).isEqualTo(4);
    }

    @Test
    void aTallyPastIntCountsIsRefusedAndLeftUnchanged() {
        int max = Integer.MAX_VALUE;
        SurveyTallyState full = new SurveyTallyState(PREPARED.ref(), new ResponsePool(max, "sha256-sum:" + "1".repeat(64),
                "school-12"), List.of(new RatingCounts("s1", 0, 0, new java.util.TreeMap<>(Map.of(1, max, 2, 0, 3, 0, 4, 0))),
                new RatingCounts("s2", max, 0, new java.util.TreeMap<>(Map.of(1, 0, 2, 0, 3, 0, 4, 0)))));
        Tally<SurveyResult> tally = PREPARED.tally(full);

        assertThatThrownBy(() -> tally.merge(full)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("at most " + max);
        assertThatThrownBy(() -> tally.add(guardian("g-1", "s1", 4))).isInstanceOf(ArithmeticException.class);
        assertThat(tally.state()).isEqualTo(full);
        assertThat(tally.result().statements().get(0).rated()).isEqualTo(max);

        ConditionsAssessment conditions = Fixtures.conditions();
        PreparedInstrument<ConditionsAssessment, RatingResult> rating = ENGINE.prepare(conditions);
        RatingCounts none = new RatingCounts("x", max, 0, new java.util.TreeMap<>(Map.of(1, 0, 2, 0, 3, 0, 4, 0)));
        List<RatingCounts> indicators = List.of("c4-i1", "c4-i2", "c4-i3", "c4-i4", "c4-i5").stream()
                .map(id -> new RatingCounts(id, none.notRated(), 0, none.distribution())).toList();
        Tally<RatingResult> wide = rating.tally(new RatingTallyState(rating.ref(), full.responses(), indicators));
        assertThatThrownBy(wide::result).as("the overall count of five indicators passes the int range")
                .isInstanceOf(ArithmeticException.class);
    }
}
