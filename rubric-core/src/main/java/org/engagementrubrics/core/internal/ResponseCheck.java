package org.engagementrubrics.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.ProblemCodes;

/**
 * Checks responses against one instrument: the instrument they name, their evidence kind, every id they
 * reference and every rating's place on the scale (for a points rubric, every chosen level and entered points). The instrument's ids and scale are gathered once, when
 * the check is made, so that checking a response does no scan of the instrument. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Shared by {@link org.engagementrubrics.core.validation.RubricValidator} and the scoring engine, so that
 * both judge a response alike.
 */
public final class ResponseCheck {

    private final Instrument instrument;
    private final String expectedEvidence;
    /** The ids a response may reference: statements, indicators or items, by kind. */
    private final Set<String> knownIds;
    /** What a rated item is called in messages: {@code indicator} or {@code statement}; null for other kinds. */
    private final String ratedItem;
    private final Set<Integer> scaleValues;
    private final List<Integer> scaleOrder;
    /** The check of criterion ratings, for a points rubric; null for other kinds. */
    private final CriterionRatingCheck criterionRatings;

    private ResponseCheck(Instrument instrument) {
        this.instrument = instrument;
        this.expectedEvidence = expectedEvidence(instrument);
        Set<String> ids = new HashSet<>();
        RatingScale scale = null;
        String rated = null;
        if (instrument instanceof MatrixInstrument matrix) {
            matrix.rows().forEach(row -> row.cells().forEach(cell -> cell.statements().forEach(s -> ids.add(s.id()))));
        } else if (instrument instanceof ConditionsAssessment assessment) {
            assessment.conditions().forEach(c -> c.indicators().forEach(i -> ids.add(i.id())));
            scale = assessment.scale();
            rated = "indicator";
        } else if (instrument instanceof Survey survey) {
            survey.statements().forEach(s -> ids.add(s.id()));
            scale = survey.scale();
            rated = "statement";
        } else if (instrument instanceof DistrictIndicators district) {
            district.indicators().forEach(i -> ids.add(i.id()));
        } else if (instrument instanceof PointsRubric rubric) {
            rubric.criteria().forEach(c -> ids.add(c.id()));
        } else {
            ((Checklist) instrument).groups().forEach(g -> g.items().forEach(i -> ids.add(i.id())));
        }
        this.knownIds = Set.copyOf(ids);
        this.ratedItem = rated;
        this.scaleOrder = scale == null ? List.of() : scale.values();
        this.scaleValues = Set.copyOf(scaleOrder);
        this.criterionRatings = instrument instanceof PointsRubric rubric ? new CriterionRatingCheck(rubric) : null;
    }

    /**
     * Obtains the check of responses against an instrument, gathering the instrument's ids once.
     *
     * @param instrument the instrument, not null
     * @return the check
     */
    public static ResponseCheck of(Instrument instrument) {
        return new ResponseCheck(instrument);
    }

    /**
     * Returns every problem of the response against the instrument, in a stable order.
     *
     * @param response the response
     * @param instrument the instrument
     * @return the problems, empty if none
     */
    public static List<Problem> problems(Response response, Instrument instrument) {
        return of(instrument).problems(response);
    }

    /**
     * Returns every problem of a response against this check's instrument, in a stable order.
     *
     * @param response the response, not null
     * @return the problems, empty if none
     */
    public List<Problem> problems(Response response) {
        List<Problem> problems = new ArrayList<>();
        if (!response.instrumentId().equals(instrument.id())) {
            problems.add(Problem.of("instrumentId", ProblemCodes.INSTRUMENT_MISMATCH, "instrumentId '"
                    + response.instrumentId() + "' does not name the instrument '" + instrument.id() + "'"));
        }
        if (response.instrumentVersion() != null && !response.instrumentVersion().equals(instrument.version())) {
            problems.add(Problem.of("instrumentVersion", ProblemCodes.INSTRUMENT_MISMATCH, "instrumentVersion '"
                    + response.instrumentVersion() + "' does not match the instrument's version '"
                    + instrument.version() + "'"));
        }
        Evidence evidence = response.evidence();
        if (!expectedEvidence.equals(evidence.kindName())) {
            problems.add(Problem.of("evidence", ProblemCodes.INSTRUMENT_MISMATCH, "evidence of kind '"
                    + evidence.kindName() + "' cannot answer " + Words.withArticle(instrument.kind().kindName())
                    + "; expected '" + expectedEvidence + "'"));
            return problems;
        }
        if (evidence instanceof MarkedStatements marks) {
            int index = 0;
            for (String id : marks.statementIds()) {
                if (!knownIds.contains(id)) {
                    problems.add(Problem.of("evidence.statementIds[" + index + "]", ProblemCodes.UNKNOWN_REFERENCE,
                            "marked statement '" + id + "' is not a statement of instrument '" + instrument.id() + "'"));
                }
                index++;
            }
        } else if (evidence instanceof Ratings ratings) {
            for (Map.Entry<String, Rating> entry : ratings.byItem().entrySet()) {
                if (!knownIds.contains(entry.getKey())) {
                    problems.add(Problem.of(ratedPath(entry.getKey()), ProblemCodes.UNKNOWN_REFERENCE, "rated " + ratedItem + " '"
                            + entry.getKey() + "' is not " + Words.withArticle(ratedItem) + " of instrument '" + instrument.id()
                            + "'"));
                }
                if (entry.getValue() instanceof Rating.Rated rated && !scaleValues.contains(rated.value())) {
                    problems.add(Problem.of(ratedPath(entry.getKey()), ProblemCodes.OUT_OF_SCALE, "rating " + rated.value() + " for '"
                            + entry.getKey() + "' is off the scale; expected one of " + scaleOrder
                            + ", not rated or not applicable"));
                }
            }
        } else if (evidence instanceof Statuses statuses) {
            for (String id : statuses.byIndicator().keySet()) {
                if (!knownIds.contains(id)) {
                    problems.add(Problem.of("evidence.byIndicator[" + id + "]", ProblemCodes.UNKNOWN_REFERENCE,
                            "assessed indicator '" + id + "' is not an indicator of instrument '" + instrument.id() + "'"));
                }
            }
        } else if (evidence instanceof CriterionRatings ratings) {
            criterionRatings.check(ratings, problems);
        } else {
            for (String id : ((ChecklistAnswers) evidence).byItem().keySet()) {
                if (!knownIds.contains(id)) {
                    problems.add(Problem.of("evidence.byItem[" + id + "]", ProblemCodes.UNKNOWN_REFERENCE,
                            "answered item '" + id + "' is not an item of checklist '" + instrument.id() + "'"));
                }
            }
        }
        return problems;
    }

    /**
     * Checks if a response names this check's instrument (its id, and its version when it gives one) and its
     * evidence is marked statements of a matrix: the part of {@link #problems(Response)} that is not about the
     * ids it marks, without building a problem.
     *
     * @param response the response, not null
     * @return true if {@link #problems(Response)} can only find unknown marked ids
     */
    public boolean namesThisMatrix(Response response) {
        return response.evidence() instanceof MarkedStatements && "marks".equals(expectedEvidence)
                && response.instrumentId().equals(instrument.id())
                && (response.instrumentVersion() == null || response.instrumentVersion().equals(instrument.version()));
    }

    /** The path of a rated item, made only for a problem: a good response is checked with no string built. */
    private static String ratedPath(String itemId) {
        return "evidence.byItem[" + itemId + "]";
    }

    /**
     * Returns the evidence kind name an instrument takes.
     *
     * @param instrument the instrument
     * @return the evidence kind name
     */
    public static String expectedEvidence(Instrument instrument) {
        switch (instrument.kind()) {
            case STAGED_RUBRIC:
            case ARCHETYPE_MATRIX:
                return "marks";
            case CONDITIONS_ASSESSMENT:
            case SURVEY:
                return "ratings";
            case DISTRICT_INDICATORS:
                return "statuses";
            case POINTS_RUBRIC:
                return "criterion-ratings";
            default:
                return "checklist-answers";
        }
    }
}
