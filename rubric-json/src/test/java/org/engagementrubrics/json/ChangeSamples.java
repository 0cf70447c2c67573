package org.engagementrubrics.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.engagementrubrics.core.change.ChangeComparer;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.IdMapping;
import org.engagementrubrics.core.change.Review;
import org.engagementrubrics.core.change.UnitKind;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.Fixtures;

/**
 * Comparisons over time for the format's tests: every kind of standing and movement, a renamed, an added and a
 * removed unit across two instrument versions, and a withheld survey statement.
 */
final class ChangeSamples {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final LocalDate Y25 = LocalDate.parse("2025-03-01");
    private static final LocalDate Y26 = LocalDate.parse("2026-03-01");
    private static final LocalDate Y27 = LocalDate.parse("2027-03-01");

    private ChangeSamples() {
    }

    /** Standard 1 renamed to standard-one between versions; several raters in the later reviews. */
    static final IdMapping MAPPING = IdMapping.empty().with(UnitKind.STANDARD, "standard-1", "standard-one");

    private static Response response(String id, String instrumentId, String rater, Evidence evidence) {
        return Response.of(id, instrumentId, rater, "school-12", Instant.parse("2026-03-01T10:00:00Z"), evidence);
    }

    private static ScoreResult stage(StagedRubric rubric, String rater, String... marks) {
        return ENGINE.score(rubric, response(rater + "-" + marks.length, rubric.id(), rater,
                MarkedStatements.of(marks)));
    }

    static StagedRubric nextVersion() {
        StagedRubric rubric = Fixtures.stagedRubric();
        Standard one = rubric.standards().get(0);
        return new StagedRubric(rubric.id(), "2.0.0", rubric.title(), rubric.source(), rubric.errata(),
                rubric.extensions(), rubric.stages(), List.of(new Standard("standard-one", 1, one.title(), one.intent(),
                        one.cells(), one.extensions())));
    }

    static Comparison stagedAcrossVersions() {
        StagedRubric rubric = Fixtures.stagedRubric();
        StagedRubric next = nextVersion();
        return ChangeComparer.defaults().withMapping(MAPPING).compare(List.of(
                Review.of(Y25, stage(rubric, "a", "e1", "e2", "f1")),
                Review.of(Y26, stage(rubric, "a", "e1", "e2"), stage(rubric, "b", "x1", "x2", "x3", "x4")),
                Review.of(Y27, stage(next, "a", "i1", "i2", "i3"), stage(next, "b", "x1", "x2", "x3", "x4"),
                        stage(next, "c", "i1", "i2", "i3"))));
    }

    static Comparison matrix() {
        ArchetypeMatrix matrix = Fixtures.fourVersions();
        return ChangeComparer.defaults().compare(List.of(
                Review.of(Y25, ENGINE.score(matrix, response("m1", matrix.id(), "a",
                        Fixtures.fits("partnership", "fortress", "open-door", null, null)))),
                Review.of(Y26, ENGINE.score(matrix, response("m2", matrix.id(), "a",
                        Fixtures.fits("open-door", "come-if-we-call", "open-door", null, null))),
                        ENGINE.score(matrix, response("m3", matrix.id(), "b",
                                Fixtures.fits("fortress", "come-if-we-call", "open-door", "fortress", null))))));
    }

    static Comparison survey() {
        Survey survey = Fixtures.survey();
        List<Response> earlier = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            earlier.add(response("a" + i, survey.id(), "f" + i, Ratings.of(Fixtures.ratings("s1", 3, "s2",
                    i < 5 ? Rating.of(2) : Rating.notApplicable()))));
        }
        List<Response> later = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            later.add(response("b" + i, survey.id(), "f" + i, Ratings.of(Fixtures.ratings("s1", i < 6 ? 4 : 1,
                    "s2", 3))));
        }
        return ChangeComparer.defaults().compare(List.of(Review.of(Y25, ENGINE.summarize(survey, earlier)),
                Review.of(Y26, ENGINE.summarize(survey, later))));
    }

    static Comparison conditions() {
        var conditions = Fixtures.conditions();
        Response before = response("c1", conditions.id(), "team", Ratings.of(Fixtures.ratings("c4-i1", 2, "c4-i2", 3)));
        Response team = response("c2", conditions.id(), "team", Ratings.of(Fixtures.ratings("c4-i1", 3, "c4-i2", 3)));
        Response lead = response("c3", conditions.id(), "lead", Ratings.of(Fixtures.ratings("c4-i1", 4)));
        return ChangeComparer.defaults().compare(List.of(
                Review.of(Y25, ENGINE.summarize(conditions, List.of(before))),
                Review.of(Y26, ENGINE.summarize(conditions, List.of(team, lead)))));
    }

    static Comparison district() {
        DistrictIndicators district = Fixtures.district();
        Response before = response("d1", district.id(), "team", Statuses.of(Map.of(
                "6837", IndicatorAssessment.of(ImplementationStatus.NONE),
                "7001", IndicatorAssessment.of(ImplementationStatus.FULL))));
        Response after = response("d2", district.id(), "team", Statuses.of(Map.of(
                "6837", IndicatorAssessment.of(ImplementationStatus.FULL),
                "6838", IndicatorAssessment.of(ImplementationStatus.LIMITED),
                "7001", IndicatorAssessment.of(ImplementationStatus.FULL))));
        return ChangeComparer.defaults().compare(List.of(
                Review.of(Y25, ENGINE.summarize(district, List.of(before))),
                Review.of(Y26, ENGINE.summarize(district, List.of(after)))));
    }
}
