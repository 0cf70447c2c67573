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
import org.engagementrubrics.core.response.ChecklistAnswers;
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
 * Checks a response against its instrument: the instrument it names, its evidence kind, every id it
 * references and every rating's place on the scale. Not part of the API.
 *
 * <p>Shared by {@link org.engagementrubrics.core.validation.RubricValidator} and the scoring engine, so that
 * both judge a response alike.
 */
public final class ResponseCheck {

    private ResponseCheck() {
    }

    /**
     * Returns every problem of the response against the instrument, in a stable order.
     *
     * @param response the response
     * @param instrument the instrument
     * @return the problems, empty if none
     */
    public static List<Problem> problems(Response response, Instrument instrument) {
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
        String expected = expectedEvidence(instrument);
        if (!expected.equals(evidence.kindName())) {
            problems.add(Problem.of("evidence", ProblemCodes.INSTRUMENT_MISMATCH, "evidence of kind '"
                    + evidence.kindName() + "' cannot answer a " + instrument.kind().wireName()
                    + "; expected '" + expected + "'"));
            return problems;
        }
        if (evidence instanceof MarkedStatements marks) {
            Set<String> known = statementIds((MatrixInstrument) instrument);
            int index = 0;
            for (String id : marks.statementIds()) {
                if (!known.contains(id)) {
                    problems.add(Problem.of("evidence.statementIds[" + index + "]", ProblemCodes.UNKNOWN_REFERENCE,
                            "marked statement '" + id + "' is not a statement of instrument '" + instrument.id() + "'"));
                }
                index++;
            }
        } else if (evidence instanceof Ratings ratings) {
            Set<String> known = new HashSet<>();
            RatingScale scale;
            String what;
            if (instrument instanceof ConditionsAssessment assessment) {
                assessment.conditions().forEach(c -> c.indicators().forEach(i -> known.add(i.id())));
                scale = assessment.scale();
                what = "indicator";
            } else {
                Survey survey = (Survey) instrument;
                survey.statements().forEach(s -> known.add(s.id()));
                scale = survey.scale();
                what = "statement";
            }
            for (Map.Entry<String, Rating> entry : ratings.byItem().entrySet()) {
                String path = "evidence.byItem[" + entry.getKey() + "]";
                if (!known.contains(entry.getKey())) {
                    problems.add(Problem.of(path, ProblemCodes.UNKNOWN_REFERENCE, "rated " + what + " '"
                            + entry.getKey() + "' is not " + article(what) + " of instrument '" + instrument.id() + "'"));
                }
                if (entry.getValue() instanceof Rating.Rated rated && !scale.contains(rated.value())) {
                    problems.add(Problem.of(path, ProblemCodes.OUT_OF_SCALE, "rating " + rated.value() + " for '"
                            + entry.getKey() + "' is off the scale; expected one of " + scale.values()
                            + ", not rated or not applicable"));
                }
            }
        } else if (evidence instanceof Statuses statuses) {
            Set<String> known = new HashSet<>();
            ((DistrictIndicators) instrument).indicators().forEach(i -> known.add(i.id()));
            for (String id : statuses.byIndicator().keySet()) {
                if (!known.contains(id)) {
                    problems.add(Problem.of("evidence.byIndicator[" + id + "]", ProblemCodes.UNKNOWN_REFERENCE,
                            "assessed indicator '" + id + "' is not an indicator of instrument '" + instrument.id() + "'"));
                }
            }
        } else {
            Set<String> known = new HashSet<>();
            ((Checklist) instrument).groups().forEach(g -> g.items().forEach(i -> known.add(i.id())));
            for (String id : ((ChecklistAnswers) evidence).byItem().keySet()) {
                if (!known.contains(id)) {
                    problems.add(Problem.of("evidence.byItem[" + id + "]", ProblemCodes.UNKNOWN_REFERENCE,
                            "answered item '" + id + "' is not an item of checklist '" + instrument.id() + "'"));
                }
            }
        }
        return problems;
    }

    private static String article(String what) {
        return what.startsWith("i") ? "an " + what : "a " + what;
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
            default:
                return "checklist-answers";
        }
    }

    private static Set<String> statementIds(MatrixInstrument matrix) {
        Set<String> ids = new HashSet<>();
        matrix.rows().forEach(row -> row.cells().forEach(cell -> cell.statements().forEach(s -> ids.add(s.id()))));
        return ids;
    }
}
