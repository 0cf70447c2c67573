package org.engagementrubrics.core.raters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.privacy.Disclosure;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked aggregations, one or more per instrument kind.
 */
class ConsensusTest {

    static Response response(Instrument instrument, String id, String rater, String subject, int minute,
            Evidence evidence) {
        return Response.of(id, instrument.id(), rater, subject, Fixtures.WHEN.plusSeconds(60L * minute), evidence);
    }

    static Panel panel(Instrument instrument, Response... responses) {
        return panel(ScoringEngine.defaults(), instrument, responses);
    }

    static Panel panel(ScoringEngine engine, Instrument instrument, Response... responses) {
        Panel.Builder builder = Panel.builder(engine, instrument);
        for (Response response : responses) {
            builder.add(response);
        }
        return builder.build();
    }

    @Test
    void matrixRowsGiveTheBestFitColumnsPositionTiesStayMissingAndModalTiesListEveryColumn() {
        Instrument matrix = Fixtures.fourVersions();
        Panel panel = panel(matrix,
                response(matrix, "a", "rater-a", "school-1", 0, Fixtures.fits("partnership", "open-door", null, null, null)),
                response(matrix, "b", "rater-b", "school-1", 0, Fixtures.fits("partnership", "fortress", null, null, null)),
                response(matrix, "c", "rater-c", "school-1", 0, Fixtures.fits("fortress", "open-door", null, null, null)),
                response(matrix, "d", "rater-d", "school-1", 0,
                        MarkedStatements.of("br-partnership-1", "br-open-door-1", "ll-open-door-1")));
        UnitConsensus br = Consensus.of(panel).subjects().get(0).units().get(0);
        assertThat(br.unitId()).isEqualTo("br");
        assertThat(br.n()).isEqualTo(3);
        assertThat(br.distribution()).containsExactly(2, 0, 0, 1);
        assertThat(br.missing()).containsExactly(Map.entry(MissingReason.TIE, 1));
        UnitSummary.Ordered ordered = (UnitSummary.Ordered) br.summary();
        assertThat(ordered.median()).isEqualTo(1.0);
        assertThat(ordered.modal()).containsExactly("partnership");
        assertThat(ordered.modalShare()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(ordered.range()).isEqualTo(3);
        // 1 | 1 | 4: hinges 1 and 4
        assertThat(ordered.interquartileRange()).isEqualTo(3.0);
        assertThat(br.farFromMedian()).containsExactly("rater-c");
        UnitConsensus ll = Consensus.of(panel).subjects().get(0).units().get(1);
        assertThat(ll.distribution()).containsExactly(0, 3, 0, 1);
        assertThat(ll.farFromMedian()).containsExactly("rater-b");
        UnitConsensus ad = Consensus.of(panel).subjects().get(0).units().get(2);
        assertThat(ad.summary()).isEqualTo(new UnitSummary.Empty());
        assertThat(ad.missing()).containsExactly(Map.entry(MissingReason.NO_EVIDENCE, 4));
        assertThat(br.explanation().summary()).isEqualTo("br: 3 values; median partnership; range partnership to"
                + " fortress (3 steps), interquartile range 3 steps; modal partnership (67%)");
    }

    @Test
    void aTieResolvedByAnExplicitPolicyCountsAsTheChosenColumn() {
        Instrument matrix = Fixtures.fourVersions();
        Panel panel = panel(ScoringEngine.defaults().withTiePolicy(TiePolicies.higherLevel()), matrix,
                response(matrix, "d", "rater-d", "school-1", 0,
                        MarkedStatements.of("br-partnership-1", "br-open-door-1")));
        assertThat(Consensus.of(panel).subjects().get(0).units().get(0).distribution()).containsExactly(1, 0, 0, 0);
    }

    @Test
    void evenNumbersOfValuesHaveTheMedianBetweenTheTwoMiddleOnesAndModalTiesStayTies() {
        Instrument matrix = Fixtures.fourVersions();
        Panel panel = panel(matrix,
                response(matrix, "a", "rater-a", "school-1", 0, Fixtures.fits("partnership")),
                response(matrix, "b", "rater-b", "school-1", 0, Fixtures.fits("open-door")));
        UnitConsensus br = Consensus.of(panel).subjects().get(0).units().get(0);
        UnitSummary.Ordered ordered = (UnitSummary.Ordered) br.summary();
        assertThat(ordered.median()).isEqualTo(1.5);
        assertThat(ordered.modal()).containsExactly("partnership", "open-door");
        assertThat(br.explanation().summary()).contains("median between partnership and open-door")
                .contains("modal tie between partnership, open-door (50% each)");
    }

    @Test
    void stagedRubricStandardsGiveThePlacedStagesPositionAndNoPlacementIsMissing() {
        Instrument rubric = Fixtures.stagedRubric();
        Panel panel = panel(rubric,
                response(rubric, "a", "rater-a", "school-1", 0, MarkedStatements.of("e1", "e2", "f1")),
                response(rubric, "b", "rater-b", "school-1", 0, MarkedStatements.of("x1", "x2", "g1")),
                response(rubric, "c", "rater-c", "school-1", 0, MarkedStatements.of("i1", "i2", "i3", "f1", "g1")));
        List<UnitConsensus> units = Consensus.of(panel).subjects().get(0).units();
        assertThat(units.get(0).distribution()).containsExactly(1, 1, 1);
        assertThat(((UnitSummary.Ordered) units.get(0).summary()).median()).isEqualTo(2.0);
        assertThat(units.get(0).farFromMedian()).isEmpty();
        assertThat(units.get(1).distribution()).containsExactly(1, 1, 0);
        assertThat(units.get(1).missing()).containsExactly(Map.entry(MissingReason.NO_PLACEMENT, 1));
    }

    @Test
    void conditionsIndicatorsGiveRatingsWithMeanAndQuartilesAndMissingByReason() {
        Instrument conditions = Fixtures.conditions();
        Panel panel = panel(conditions,
                response(conditions, "a", "a", "school-1", 0, Ratings.of(Fixtures.ratings("c4-i1", 1, "c4-i2", Rating.notApplicable()))),
                response(conditions, "b", "b", "school-1", 0, Ratings.of(Fixtures.ratings("c4-i1", 2, "c4-i2", 4))),
                response(conditions, "c", "c", "school-1", 0, Ratings.of(Fixtures.ratings("c4-i1", 4))),
                response(conditions, "d", "d", "school-1", 0, Ratings.of(Fixtures.ratings("c4-i1", 4, "c4-i2", Rating.notRated()))),
                response(conditions, "e", "e", "school-1", 0, Ratings.of(Fixtures.ratings("c4-i1", 3))));
        List<UnitConsensus> units = Consensus.of(panel).subjects().get(0).units();
        UnitConsensus i1 = units.get(0);
        assertThat(i1.distribution()).containsExactly(1, 1, 1, 2);
        UnitSummary.Rated rated = (UnitSummary.Rated) i1.summary();
        assertThat(rated.mean()).isEqualTo(2.8);
        // 1 2 | 3 | 4 4: hinges 1.5 and 4
        assertThat(rated.ordered().median()).isEqualTo(3.0);
        assertThat(rated.ordered().lowerQuartile()).isEqualTo(1.5);
        assertThat(rated.ordered().upperQuartile()).isEqualTo(4.0);
        assertThat(i1.farFromMedian()).containsExactly("a");
        assertThat(units.get(1).missing()).containsExactly(Map.entry(MissingReason.NOT_RATED, 3),
                Map.entry(MissingReason.NOT_APPLICABLE, 1));
    }

    @Test
    void districtIndicatorsGiveStatusesInOrderAndNotAssessedIsMissing() {
        Instrument district = Fixtures.district();
        Panel panel = panel(district,
                response(district, "a", "a", "d-1", 0, Statuses.of(Map.of("6837", IndicatorAssessment.of(ImplementationStatus.NONE)))),
                response(district, "b", "b", "d-1", 0, Statuses.of(Map.of("6837", IndicatorAssessment.of(ImplementationStatus.FULL)))));
        List<UnitConsensus> units = Consensus.of(panel).subjects().get(0).units();
        assertThat(units.get(0).distribution()).containsExactly(1, 0, 1);
        assertThat(units.get(0).explanation().summary()).contains("median limited");
        assertThat(units.get(0).farFromMedian()).isEmpty();
        assertThat(units.get(1).missing()).containsExactly(Map.entry(MissingReason.NOT_ASSESSED, 2));
    }

    @Test
    void checklistItemsGiveNominalAnswersWithoutMedianOrFarRaters() {
        Instrument checklist = Fixtures.checklist();
        Panel panel = panel(checklist,
                response(checklist, "a", "a", "s", 0, ChecklistAnswers.of(Map.of("look-1", ChecklistAnswer.of(ChecklistMark.OBSERVED)))),
                response(checklist, "b", "b", "s", 0, ChecklistAnswers.of(Map.of("look-1", ChecklistAnswer.of(ChecklistMark.NOT_OBSERVED),
                        "look-2", ChecklistAnswer.of(ChecklistMark.NOT_APPLICABLE)))),
                response(checklist, "c", "c", "s", 0, ChecklistAnswers.of(Map.of("look-1", ChecklistAnswer.of(ChecklistMark.OBSERVED)))));
        List<UnitConsensus> units = Consensus.of(panel).subjects().get(0).units();
        assertThat(panel.scale().categories()).containsExactly("observed", "not-observed");
        assertThat(units.get(0).summary()).isEqualTo(new UnitSummary.Nominal(List.of("observed"), 2.0 / 3));
        assertThat(units.get(1).missing()).containsExactly(Map.entry(MissingReason.NOT_APPLICABLE, 1),
                Map.entry(MissingReason.UNANSWERED, 2));
    }

    @Test
    void theLatestResponseOfARaterCountsAndTheOthersAreCountedAsSuperseded() {
        Instrument matrix = Fixtures.fourVersions();
        Panel panel = panel(matrix,
                response(matrix, "late", "rater-a", "school-1", 5, Fixtures.fits("fortress")),
                response(matrix, "early", "rater-a", "school-1", 1, Fixtures.fits("partnership")),
                response(matrix, "same-time-a", "rater-b", "school-1", 3, Fixtures.fits("partnership")),
                response(matrix, "same-time-b", "rater-b", "school-1", 3, Fixtures.fits("open-door")));
        Consensus consensus = Consensus.of(panel);
        assertThat(consensus.responses()).isEqualTo(4);
        assertThat(consensus.superseded()).isEqualTo(2);
        assertThat(consensus.subjects().get(0).units().get(0).distribution()).containsExactly(0, 1, 0, 1);
        assertThat(consensus.explanation().details()).contains(
                "4 responses, 2 superseded by a later response of the same rater for the same subject");
    }

    @Test
    void surveySubjectsWithFewRespondentsAreWithheldAndRespondentsAreNeverNamed() {
        Instrument survey = Fixtures.survey();
        Panel.Builder builder = Panel.builder(ScoringEngine.defaults(), survey);
        for (int i = 0; i < 12; i++) {
            builder.add(response(survey, "big-" + i, "family-" + i, "big-school", 0,
                    Ratings.of(Fixtures.ratings("s1", 1 + i % 4))));
        }
        for (int i = 0; i < 3; i++) {
            builder.add(response(survey, "small-" + i, "family-" + i, "small-school", 0,
                    Ratings.of(Fixtures.ratings("s1", 4))));
        }
        Consensus consensus = Consensus.of(builder.build());
        SubjectConsensus big = consensus.subjects().get(0);
        SubjectConsensus small = consensus.subjects().get(1);
        assertThat(big.disclosure()).isEqualTo(new Disclosure.Shown("big-school", 12));
        assertThat(big.units().get(0).distribution()).containsExactly(3, 3, 3, 3);
        assertThat(big.units().get(0).farFromMedian()).isEmpty();
        assertThat(small.disclosure()).isEqualTo(new Disclosure.Withheld("small-school", SuppressionReason.SMALL_GROUP));
        assertThat(small.units()).isEmpty();
        assertThat(consensus.explanation().toText()).doesNotContain("family-")
                .contains("small-school: figures withheld: 3 respondents, fewer than 10 (small-cell rule)")
                .contains("agreement is not computed");
        assertThat(Consensus.of(builder.build(), SmallCellRule.off()).subjects().get(1).units()).hasSize(2);
    }
}
