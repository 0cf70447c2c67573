package org.engagementrubrics.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.testkit.Fixtures;

/**
 * Small panels of raters on the test instruments, whose aggregates and agreement reports are golden files:
 * three teams on the 4 Versions matrix at Maple (a draft superseded, a tie, a rater two steps from the median)
 * and two at Oak; two raters of school conditions (Cohen's kappa, a rating not given); three respondents of a
 * survey (withheld, and shown with the rule off); two raters of a checklist (nominal values).
 */
final class PanelSamples {

    private static final Instant WHEN = Fixtures.WHEN;

    private PanelSamples() {
    }

    static Panel matrix() {
        List<Response> responses = new ArrayList<>();
        responses.add(marks("maple-a-draft", "team-a", "maple", WHEN, "br-fortress-1"));
        responses.add(marks("maple-a", "team-a", "maple", WHEN.plusSeconds(60), "br-partnership-1", "ll-open-door-1",
                "ad-open-door-1", "sa-come-if-we-call-1", "sp-open-door-1"));
        responses.add(marks("maple-b", "team-b", "maple", WHEN, "br-partnership-1", "ll-partnership-1",
                "ad-open-door-1", "sa-come-if-we-call-1", "sp-open-door-1"));
        responses.add(marks("maple-c", "team-c", "maple", WHEN, "br-open-door-1", "ll-open-door-1",
                "ad-come-if-we-call-1", "sa-partnership-1", "sa-fortress-1", "sp-fortress-1"));
        responses.add(marks("oak-a", "team-a", "oak", WHEN, "br-partnership-1", "ll-open-door-1",
                "ad-open-door-1", "sa-come-if-we-call-1", "sp-come-if-we-call-1"));
        responses.add(marks("oak-b", "team-b", "oak", WHEN, "br-partnership-1", "ll-come-if-we-call-1",
                "ad-open-door-1", "sa-fortress-1", "sp-come-if-we-call-1"));
        return panel(Fixtures.fourVersions(), responses);
    }

    static Panel conditions() {
        String id = Fixtures.conditions().id();
        return panel(Fixtures.conditions(), List.of(
                Response.of("elm-a", id, "rater-a", "elm", WHEN, Ratings.of(Fixtures.ratings("c4-i1", 3, "c4-i2", 4,
                        "c4-i3", 2, "c4-i4", 1, "c4-i5", 3))),
                Response.of("elm-b", id, "rater-b", "elm", WHEN, Ratings.of(Fixtures.ratings("c4-i1", 3, "c4-i2", 3,
                        "c4-i3", 2, "c4-i4", Rating.notRated(), "c4-i5", 4)))));
    }

    static Panel survey() {
        String id = Fixtures.survey().id();
        List<Response> responses = new ArrayList<>();
        int[][] values = {{4, 3}, {2, 3}, {4, 1}};
        for (int i = 0; i < values.length; i++) {
            responses.add(Response.of("north-" + i, id, "family-" + i, "north", WHEN, Ratings.of(Fixtures.ratings(
                    "s1", values[i][0], "s2", values[i][1]))));
        }
        return panel(Fixtures.survey(), responses);
    }

    static Panel checklist() {
        String id = Fixtures.checklist().id();
        return panel(Fixtures.checklist(), List.of(
                Response.of("pine-a", id, "parent-a", "pine", WHEN, answers(ChecklistMark.OBSERVED,
                        ChecklistMark.OBSERVED, ChecklistMark.NOT_OBSERVED)),
                Response.of("pine-b", id, "parent-b", "pine", WHEN, answers(ChecklistMark.OBSERVED,
                        ChecklistMark.NOT_OBSERVED, ChecklistMark.NOT_OBSERVED))));
    }

    static Map<String, Object> goldenValues() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("consensus-four-versions.json", Consensus.of(matrix()));
        values.put("consensus-survey-withheld.json", Consensus.of(survey()));
        values.put("consensus-survey-rule-off.json", Consensus.of(survey(), SmallCellRule.off()));
        values.put("consensus-checklist.json", Consensus.of(checklist()));
        values.put("agreement-report-four-versions.json", AgreementReport.of(matrix(), Bootstrap.defaults()));
        values.put("agreement-report-conditions-two-raters.json", AgreementReport.of(conditions(),
                Bootstrap.of(500, -3L).withLevel(0.9)));
        values.put("agreement-report-checklist.json", AgreementReport.of(checklist(), Bootstrap.of(200, 11L)));
        values.put("agreement-report-survey-not-offered.json", AgreementReport.of(survey(), Bootstrap.defaults()));
        return values;
    }

    private static ChecklistAnswers answers(ChecklistMark look1, ChecklistMark look2, ChecklistMark pace) {
        return ChecklistAnswers.of(Map.of("look-1", ChecklistAnswer.of(look1), "look-2", ChecklistAnswer.of(look2),
                "q-pace", ChecklistAnswer.of(pace)));
    }

    private static Response marks(String id, String rater, String subject, Instant when, String... statements) {
        return Response.of(id, Fixtures.fourVersions().id(), rater, subject, when, MarkedStatements.of(statements));
    }

    private static Panel panel(Instrument instrument, List<Response> responses) {
        Panel.Builder builder = Panel.builder(ScoringEngine.defaults(), instrument);
        responses.forEach(builder::add);
        return builder.build();
    }
}
