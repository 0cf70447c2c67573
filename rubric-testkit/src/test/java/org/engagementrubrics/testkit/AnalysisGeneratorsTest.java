package org.engagementrubrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.change.Review;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.validation.RubricValidator;
import org.junit.jupiter.api.Test;

/**
 * The generators of analysis inputs give valid, well-shaped values.
 */
class AnalysisGeneratorsTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();

    @Test
    void rostersAndContactsFitTogether() {
        Gen<Roster> rosters = AnalysisGenerators.rosters();
        Properties.forAll("rosters and contacts", 200, rosters.flatMap(r -> AnalysisGenerators.contacts(r)
                .map(contacts -> new Object[] {r, contacts})), pair -> {
            Roster roster = (Roster) pair[0];
            @SuppressWarnings("unchecked")
            List<ContactRecord> contacts = (List<ContactRecord>) pair[1];
            assertThat(roster.size()).isBetween(0, 35);
            assertThat(contacts).hasSizeLessThanOrEqualTo(80)
                    .allMatch(c -> roster.contains(c.familyId()) || c.familyId().startsWith("stranger-"));
            for (Family family : roster.families()) {
                assertThat(family.groups()).allMatch(g -> g.matches("race:[a-d]|lang:(en|es|vi)|iep|ml|frl"));
            }
        });
        assertThat(rosters.shrink(rosters.sample(4L))).allMatch(r -> r.size() < rosters.sample(4L).size());
        assertThat(AnalysisGenerators.rosters(Sizes.small()).listOf(50).sample(1L)).allMatch(r -> r.size() <= 5);
    }

    @Test
    void goalsCalendarsRulesAndSelectionsAreWellFormed() {
        Properties.forAll("coverage inputs", 200, AnalysisGenerators.coverageGoals(), goal -> {
            assertThat(goal.targetPercent()).isBetween(1, 100);
            assertThat(goal.monitoredGroups()).doesNotHaveDuplicates()
                    .isSubsetOf("race", "lang", "iep", "ml", "frl", "race:a", "absent");
            assertThat(goal.monitoredGroups().contains("race") && goal.monitoredGroups().contains("race:a")).isFalse();
        });
        assertThat(AnalysisGenerators.calendars().listOf(100).sample(2L)).allMatch(c -> c.yearStart().getDayOfMonth() <= 28);
        assertThat(AnalysisGenerators.smallCellRules().listOf(100).sample(2L)).isNotEmpty();
        assertThat(AnalysisGenerators.groupSelections().sample(3L)).isSubsetOf(RosterGenerators.SELECTABLE);
    }

    @Test
    void partsHoldEveryValueOnceAndMergeOrdersMergeEveryPart() {
        List<Integer> values = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Properties.forAll("parts and merges", 200, AnalysisGenerators.parts(values, 5)
                .zip(AnalysisGenerators.mergeOrders(), (parts, order) -> new Object[] {parts, order}), pair -> {
            @SuppressWarnings("unchecked")
            List<List<Integer>> parts = (List<List<Integer>>) pair[0];
            MergeOrder order = (MergeOrder) pair[1];
            assertThat(parts).hasSizeBetween(1, 5);
            assertThat(parts.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(values);
            List<Integer> merged = order.<List<Integer>>merge(parts, (a, b) -> {
                List<Integer> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
            assertThat(merged).containsExactlyInAnyOrderElementsOf(values);
            assertThat(order.<List<Integer>>merge(parts, (a, b) -> a)).isIn(parts);
        });
        assertThatThrownBy(() -> new MergeOrder(1L).merge(List.of(), (a, b) -> a)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnalysisGenerators.parts(values, 0)).hasMessageContaining("maxParts");
    }

    @Test
    void panelsHaveManyRatersOnManySubjectsWithValidResponses() {
        Gen<Instrument> instruments = Generators.instruments();
        Properties.forAll("panel responses are valid", 120, instruments.flatMap(i -> AnalysisGenerators.panelResponses(i)
                .map(responses -> new Object[] {i, responses})), pair -> {
            Instrument instrument = (Instrument) pair[0];
            @SuppressWarnings("unchecked")
            List<Response> responses = (List<Response>) pair[1];
            Set<String> raters = responses.stream().map(Response::raterId).collect(Collectors.toSet());
            Set<String> subjects = responses.stream().map(Response::subjectId).collect(Collectors.toSet());
            assertThat(raters).hasSizeLessThanOrEqualTo(5);
            assertThat(subjects).hasSizeLessThanOrEqualTo(3);
            assertThat(responses.stream().map(Response::id)).doesNotHaveDuplicates();
            for (Response response : responses) {
                assertThat(VALIDATOR.validate(response, instrument)).isEmpty();
            }
        });
        Instrument survey = Generators.surveys().sample(8L);
        Panel panel = AnalysisGenerators.panels(survey).sample(8L);
        assertThat(panel.responses()).isEqualTo((long) AnalysisGenerators.panelResponses(survey).sample(8L).size());
    }

    @Test
    void resultsAreRealResultsOfTheirInstrumentAndReviewsAscend() {
        Properties.forAll("results and reviews", 100, Generators.instruments().flatMap(i -> AnalysisGenerators.results(i)
                .zip(AnalysisGenerators.reviews(i), (result, reviews) -> new Object[] {i, result, reviews})), triple -> {
            Instrument instrument = (Instrument) triple[0];
            ScoreResult result = (ScoreResult) triple[1];
            @SuppressWarnings("unchecked")
            List<Review> reviews = (List<Review>) triple[2];
            assertThat(result.instrument().id()).isEqualTo(instrument.id());
            assertThat(reviews).hasSizeBetween(2, 4);
            for (int r = 1; r < reviews.size(); r++) {
                assertThat(reviews.get(r).date()).isAfter(reviews.get(r - 1).date());
            }
        });
        assertThat(AnalysisGenerators.results().listOf(30).sample(1L)).isNotEmpty();
    }
}
