package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagementrubrics.testkit.Fixtures.fits;
import static org.engagementrubrics.testkit.Fixtures.response;

import java.util.List;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileCondition.Comparison;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.validation.RubricValidator;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 15: how unresolved rows (a tie left open, no evidence) count in profile conditions, with
 * known answers for tied and empty responses, and the rule-level minimum of resolved rows.
 */
@DisplayName("issue 9 item 15: profile rules and unresolved rows")
class ProfileRuleMeaningTest {

    private final ScoringEngine engine = ScoringEngine.defaults();

    /** The 4 Versions fixture (5 dimensions) with one rule made only of conditions an empty response meets. */
    private static ArchetypeMatrix withOneRule(ProfileRule rule) {
        ArchetypeMatrix m = Fixtures.fourVersions();
        return new ArchetypeMatrix(m.id(), m.version(), m.title(), m.source(), m.errata(), m.extensions(),
                m.instructions(), m.archetypes(), m.dimensions(), List.of(rule));
    }

    private static ProfileRule noFortress() {
        return new ProfileRule("no-fortress", 1, LocalizedText.of("No Fortress"), List.of(
                ProfileCondition.in(Comparison.AT_MOST, 0, "fortress"),
                ProfileCondition.notIn(Comparison.AT_LEAST, 1, "partnership")));
    }

    @Test
    void theSeedRulesLeaveAResponseWithNoMarksUnclassifiedWithEveryRowUnresolved() {
        ArchetypeMatrix matrix = Fixtures.fourVersions();

        ArchetypeResult result = engine.score(matrix, response(matrix.id(), MarkedStatements.of()));

        assertThat(result.profile()).isEqualTo(new Profile.Unclassified(
                java.util.Map.of("partnership", 0, "open-door", 0, "come-if-we-call", 0, "fortress", 0), 5));
    }

    @Test
    void anUnresolvedRowIsNeverInAndAlwaysNotInSoARuleWithoutAMinimumClassifiesAnEmptyResponse() {
        ArchetypeMatrix matrix = withOneRule(noFortress());

        ArchetypeResult result = engine.score(matrix, response(matrix.id(), MarkedStatements.of()));

        assertThat(result.profile()).isEqualTo(new Profile.Classified("no-fortress", "No Fortress", 1));
        assertThat(result.explanation().toText())
                .contains("rows best fit Fortress School at most 0: 0 (holds)")
                .contains("rows not best fit Partnership School at least 1: 5 (holds)");
    }

    @Test
    void minResolvedRowsKeepsARuleFromClassifyingAResponseWithTooFewResolvedRows() {
        ArchetypeMatrix matrix = withOneRule(noFortress().withMinResolvedRows(3));

        ArchetypeResult empty = engine.score(matrix, response(matrix.id(), MarkedStatements.of()));
        ArchetypeResult two = engine.score(matrix, response(matrix.id(), fits("open-door", "open-door", null, null, null)));
        ArchetypeResult three = engine.score(matrix, response(matrix.id(),
                fits("open-door", "open-door", "come-if-we-call", null, null)));

        assertThat(empty.profile()).isEqualTo(new Profile.Unclassified(
                java.util.Map.of("partnership", 0, "open-door", 0, "come-if-we-call", 0, "fortress", 0), 5));
        assertThat(empty.explanation().toText())
                .contains("No Fortress does not match — resolved rows (a single best fit) at least 3: 0 (fails)");
        assertThat(two.profile()).isInstanceOf(Profile.Unclassified.class);
        assertThat(three.profile()).isEqualTo(new Profile.Classified("no-fortress", "No Fortress", 1));
        assertThat(three.explanation().toText())
                .contains("No Fortress matches — resolved rows (a single best fit) at least 3: 3 (holds)");
    }

    @Test
    void aTieLeftOpenCountsForNeitherColumnButATieThePolicyResolvesCountsForItsColumn() {
        ProfileRule open = new ProfileRule("open", 1, LocalizedText.of("Open"), List.of(
                ProfileCondition.in(Comparison.AT_LEAST, 5, "open-door")), 5);
        ArchetypeMatrix matrix = withOneRule(open);
        MarkedStatements allTied = MarkedStatements.of("br-open-door-1", "br-fortress-1", "ll-open-door-1",
                "ll-fortress-1", "ad-open-door-1", "ad-fortress-1", "sa-open-door-1", "sa-fortress-1", "sp-open-door-1",
                "sp-fortress-1");

        ArchetypeResult reported = engine.score(matrix, response(matrix.id(), allTied));
        ArchetypeResult higher = engine.withTiePolicy(TiePolicies.higherLevel())
                .score(matrix, response(matrix.id(), allTied));

        assertThat(reported.profile()).isEqualTo(new Profile.Unclassified(
                java.util.Map.of("partnership", 0, "open-door", 0, "come-if-we-call", 0, "fortress", 0), 5));
        assertThat(higher.profile()).isEqualTo(new Profile.Classified("open", "Open", 1));
    }

    @Test
    void aRuleWithNoMinimumIsTheOneBeforeTheFieldExisted() {
        ProfileRule rule = noFortress();

        assertThat(rule.minResolvedRows()).isZero();
        assertThat(rule.withMinResolvedRows(0)).isSameAs(rule);
        assertThat(new ProfileRule("r", 1, LocalizedText.of("R"), rule.conditions(), 0)).isEqualTo(
                new ProfileRule("r", 1, LocalizedText.of("R"), rule.conditions()));
    }

    @Test
    void aNegativeMinimumIsAnOutOfRangeError() {
        ArchetypeMatrix matrix = withOneRule(noFortress().withMinResolvedRows(-1));

        assertThat(RubricValidator.create().validate(matrix)).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("profileRules[0].minResolvedRows");
                    assertThat(problem.code()).isEqualTo("out-of-range");
                });
    }
}
