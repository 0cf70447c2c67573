package org.engagementrubrics.json;

import static org.engagementrubrics.json.Field.required;
import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ValueCodecs.INT;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.list;

import java.util.List;
import java.util.function.Function;
import org.engagementrubrics.core.scoring.ChecklistTallyState;
import org.engagementrubrics.core.scoring.PointsTallyState;
import org.engagementrubrics.core.scoring.RatingCounts;
import org.engagementrubrics.core.scoring.RatingTallyState;
import org.engagementrubrics.core.scoring.RollupTallyState;
import org.engagementrubrics.core.scoring.SurveyTallyState;
import org.engagementrubrics.core.scoring.TallyState;

/**
 * The JSON shape of the state of a tally, one document kind per pooled result kind, so that the counts of
 * part of the responses can be stored, sent and merged later.
 *
 * <p>Every state names the instrument's id, version and fingerprint and the pool of its responses; its
 * counts reuse the shapes of the result's parts (status counts, checklist counts, a distribution).
 */
final class TallyCodecs {

    private TallyCodecs() {
    }

    static final ObjectCodec<RatingCounts> RATING_COUNTS = ObjectCodec.of("rating counts", fields(
            required("itemId", STRING, RatingCounts::itemId),
            required("notRated", INT, RatingCounts::notRated),
            required("notApplicable", INT, RatingCounts::notApplicable),
            required("distribution", ResultCodecs.DISTRIBUTION, RatingCounts::distribution)),
            v -> new RatingCounts(v.get("itemId"), v.getInt("notRated"), v.getInt("notApplicable"),
                    v.get("distribution")));

    static final ObjectCodec<RatingTallyState> RATING_TALLY = tally("rating tally", fields(
            head(),
            required("indicators", list(RATING_COUNTS), RatingTallyState::indicators)),
            v -> new RatingTallyState(v.get("instrument"), v.get("responses"), v.get("indicators")));

    static final ObjectCodec<RollupTallyState> ROLLUP_TALLY = tally("roll-up tally", fields(
            head(),
            required("dimensions", list(ResultCodecs.STATUS_COUNTS), RollupTallyState::dimensions)),
            v -> new RollupTallyState(v.get("instrument"), v.get("responses"), v.get("dimensions")));

    static final ObjectCodec<ChecklistTallyState> CHECKLIST_TALLY = tally("checklist tally", fields(
            head(),
            required("groups", list(ResultCodecs.CHECKLIST_COUNTS), ChecklistTallyState::groups)),
            v -> new ChecklistTallyState(v.get("instrument"), v.get("responses"), v.get("groups")));

    static final ObjectCodec<SurveyTallyState> SURVEY_TALLY = tally("survey tally", fields(
            head(),
            required("statements", list(RATING_COUNTS), SurveyTallyState::statements)),
            v -> new SurveyTallyState(v.get("instrument"), v.get("responses"), v.get("statements")));

    static final ObjectCodec<PointsTallyState> POINTS_TALLY = tally("points tally", fields(
            head(),
            required("criteria", list(ResultCodecs.CRITERION_POINTS), PointsTallyState::criteria),
            required("percentSum", ValueCodecs.DECIMAL, PointsTallyState::percentSum),
            required("percentResponses", ValueCodecs.LONG, PointsTallyState::percentResponses)),
            v -> new PointsTallyState(v.get("instrument"), v.get("responses"), v.get("criteria"), v.get("percentSum"),
                    v.<Long>get("percentResponses")));

    private static <T extends TallyState> ObjectCodec<T> tally(String name, List<Field<T, ?>> fields,
            Function<ObjectCodec.Values, T> factory) {
        return ObjectCodec.withPrefix(name, DOCUMENT_PREFIX, fields, factory);
    }

    /** The head of every tally state: the instrument and the pool of responses counted. */
    private static Field<?, ?>[] head() {
        return new Field<?, ?>[] {
            required("instrument", ResultCodecs.INSTRUMENT_REF, TallyState::instrument),
            required("responses", ResultCodecs.RESPONSE_POOL, TallyState::responses)};
    }
}
