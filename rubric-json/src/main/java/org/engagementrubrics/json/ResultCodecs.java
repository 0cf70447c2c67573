package org.engagementrubrics.json;

import static org.engagementrubrics.json.Field.nullable;
import static org.engagementrubrics.json.Field.optional;
import static org.engagementrubrics.json.Field.required;
import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.OUTCOME_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ValueCodecs.DOUBLE;
import static org.engagementrubrics.json.ValueCodecs.FINGERPRINT;
import static org.engagementrubrics.json.ValueCodecs.INT;
import static org.engagementrubrics.json.ValueCodecs.LONG;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.list;
import static org.engagementrubrics.json.ValueCodecs.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistCounts;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.ColumnTally;
import org.engagementrubrics.core.scoring.ConditionSummary;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.Fit;
import org.engagementrubrics.core.scoring.InstrumentRef;
import org.engagementrubrics.core.scoring.CriterionPoints;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.PointsResult;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RatingSummary;
import org.engagementrubrics.core.scoring.ResponsePool;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.StatusCounts;
import org.engagementrubrics.core.scoring.SurveyResult;

/**
 * The JSON shape of every scoring result and of its parts (tallies, fits, profiles, summaries,
 * explanations), so that an LMS can store results and read them back.
 *
 * <p>Every result names the instrument's id, version and fingerprint; a result of one response names the
 * response, its subject and its rater.
 */
final class ResultCodecs {

    private ResultCodecs() {
    }

    static final ObjectCodec<InstrumentRef> INSTRUMENT_REF = ObjectCodec.of("instrument reference", fields(
            required("id", STRING, InstrumentRef::id),
            required("version", STRING, InstrumentRef::version),
            required("fingerprint", FINGERPRINT, InstrumentRef::fingerprint)),
            v -> new InstrumentRef(v.get("id"), v.get("version"), v.get("fingerprint")));

    /** Explanations nest; the codec refers to itself through this holder. */
    static final ObjectCodec<Explanation> EXPLANATION = explanation();

    private static ObjectCodec<Explanation> explanation() {
        Codec<Explanation> self = new Codec<>() {
            @Override
            public void write(tools.jackson.core.JsonGenerator out, Explanation value) {
                EXPLANATION.write(out, value);
            }

            @Override
            public Explanation read(Node node, Problems problems) {
                return EXPLANATION.read(node, problems);
            }

            @Override
            public String expected() {
                return "an object (explanation)";
            }
        };
        return ObjectCodec.of("explanation", fields(
                required("summary", STRING, Explanation::summary),
                Field.optional("evidence", list(STRING), Explanation::details, List.of()),
                Field.optional("parts", list(self), Explanation::parts, List.of())),
                v -> new Explanation(v.get("summary"), v.get("evidence"), v.get("parts")));
    }

    /** Which responses a pooled result or a tally counts: how many, their digest, the subject they share. */
    static final ObjectCodec<ResponsePool> RESPONSE_POOL = ObjectCodec.of("response pool", fields(
            required("count", LONG, ResponsePool::count),
            required("digest", STRING, ResponsePool::digest),
            nullable("subjectId", STRING, ResponsePool::subjectId)),
            v -> new ResponsePool(v.<Long>get("count"), v.get("digest"), v.get("subjectId")));

    static final ObjectCodec<ColumnTally> TALLY = ObjectCodec.of("column tally", fields(
            required("columnId", STRING, ColumnTally::columnId),
            required("rank", INT, ColumnTally::rank),
            required("marked", INT, ColumnTally::marked),
            required("total", INT, ColumnTally::total)),
            v -> new ColumnTally(v.get("columnId"), v.getInt("rank"), v.getInt("marked"), v.getInt("total")));

    static final Codec<Fit> FIT = Variants.of("fit", "outcome", Map.of(
            "winner", ObjectCodec.withPrefix("winner", OUTCOME_PREFIX, fields(
                    required("column", STRING, Fit.Winner::column)),
                    v -> new Fit.Winner(v.get("column"))),
            "tie", ObjectCodec.withPrefix("tie", OUTCOME_PREFIX, fields(
                    required("columns", list(STRING), Fit.Tie::tied)),
                    v -> new Fit.Tie(v.get("columns"))),
            "resolved", ObjectCodec.withPrefix("resolved tie", OUTCOME_PREFIX, fields(
                    required("tied", list(STRING), Fit.Resolved::tied),
                    required("column", STRING, Fit.Resolved::column),
                    required("policy", STRING, Fit.Resolved::policy)),
                    v -> new Fit.Resolved(v.get("tied"), v.get("column"), v.get("policy"))),
            "no-evidence", ObjectCodec.withPrefix("no evidence", OUTCOME_PREFIX, fields(),
                    v -> new Fit.NoEvidence()),
            "below-threshold", ObjectCodec.withPrefix("below threshold", OUTCOME_PREFIX, fields(
                    required("reason", STRING, Fit.BelowThreshold::reason)),
                    v -> new Fit.BelowThreshold(v.get("reason")))),
            ResultCodecs::outcome);

    static String outcome(Fit fit) {
        if (fit instanceof Fit.Winner) {
            return "winner";
        } else if (fit instanceof Fit.Tie) {
            return "tie";
        } else if (fit instanceof Fit.Resolved) {
            return "resolved";
        } else if (fit instanceof Fit.NoEvidence) {
            return "no-evidence";
        }
        return "below-threshold";
    }

    static final ObjectCodec<RowFit> ROW_FIT = ObjectCodec.of("row fit", fields(
            required("rowId", STRING, RowFit::rowId),
            required("tallies", list(TALLY), RowFit::tallies),
            required("fit", FIT, RowFit::fit),
            required("explanation", EXPLANATION, RowFit::explanation)),
            v -> new RowFit(v.get("rowId"), v.get("tallies"), v.get("fit"), v.get("explanation")));

    /** Counts by column id, in column order. */
    static final Codec<Map<String, Integer>> COUNTS = map("a count", INT);

    static final Codec<Profile> PROFILE = Variants.of("profile", "outcome", Map.of(
            "classified", ObjectCodec.withPrefix("classified profile", OUTCOME_PREFIX, fields(
                    required("ruleId", STRING, Profile.Classified::ruleId),
                    required("label", STRING, Profile.Classified::label),
                    required("rank", INT, Profile.Classified::rank)),
                    v -> new Profile.Classified(v.get("ruleId"), v.get("label"), v.getInt("rank"))),
            "unclassified", ObjectCodec.withPrefix("unclassified profile", OUTCOME_PREFIX, fields(
                    required("rowsByColumn", COUNTS, Profile.Unclassified::rowsByColumn),
                    required("unresolvedRows", INT, Profile.Unclassified::unresolvedRows)),
                    v -> new Profile.Unclassified(v.get("rowsByColumn"), v.getInt("unresolvedRows"))),
            "no-rules", ObjectCodec.withPrefix("no profile rules", OUTCOME_PREFIX, fields(),
                    v -> new Profile.NoRules())),
            profile -> profile instanceof Profile.Classified ? "classified"
                    : profile instanceof Profile.Unclassified ? "unclassified" : "no-rules");

    /** A distribution: scale value (as a JSON key) to count, in scale order. */
    static final Codec<Map<Integer, Integer>> DISTRIBUTION = new Codec<>() {
        private final Codec<Map<String, Integer>> counts = map("a count", INT);

        @Override
        public String expected() {
            return "an object mapping scale values to counts";
        }

        @Override
        public void write(tools.jackson.core.JsonGenerator out, Map<Integer, Integer> value) {
            Map<String, Integer> byText = new LinkedHashMap<>();
            value.forEach((key, count) -> byText.put(Integer.toString(key), count));
            counts.write(out, byText);
        }

        @Override
        public Map<Integer, Integer> read(Node node, Problems problems) {
            Map<String, Integer> byText = counts.read(node, problems);
            if (byText == null) {
                return null;
            }
            Map<Integer, Integer> values = new LinkedHashMap<>();
            int before = problems.size();
            for (Map.Entry<String, Integer> entry : byText.entrySet()) {
                Node member = node.members.get(entry.getKey());
                Integer value;
                try {
                    value = Integer.valueOf(entry.getKey());
                } catch (NumberFormatException e) {
                    problems.addAtKey(member, FormatCodes.TYPE_MISMATCH, "key '" + entry.getKey()
                            + "' is not a scale value; expected an integer key such as \"3\"");
                    continue;
                }
                if (!value.toString().equals(entry.getKey())) {
                    problems.addAtKey(member, FormatCodes.INVALID_VALUE, "key '" + entry.getKey()
                            + "' is not written as the scale value is; expected \"" + value + "\"");
                } else {
                    values.put(value, entry.getValue());
                }
            }
            return problems.size() > before ? null : values;
        }
    };

    static final ObjectCodec<RatingSummary> RATING_SUMMARY = ObjectCodec.of("rating summary", fields(
            required("itemId", STRING, RatingSummary::itemId),
            required("rated", INT, RatingSummary::rated),
            required("notRated", INT, RatingSummary::notRated),
            required("notApplicable", INT, RatingSummary::notApplicable),
            nullable("mean", DOUBLE, RatingSummary::mean),
            nullable("median", DOUBLE, RatingSummary::median),
            nullable("topTwoShare", DOUBLE, RatingSummary::topTwoShare),
            required("distribution", DISTRIBUTION, RatingSummary::distribution)),
            v -> new RatingSummary(v.get("itemId"), v.getInt("rated"), v.getInt("notRated"), v.getInt("notApplicable"),
                    v.get("mean"), v.get("median"), v.get("topTwoShare"), v.get("distribution")));

    static final ObjectCodec<ConditionSummary> CONDITION_SUMMARY = ObjectCodec.of("condition summary", fields(
            required("conditionId", STRING, ConditionSummary::conditionId),
            required("summary", RATING_SUMMARY, ConditionSummary::summary),
            required("indicators", list(RATING_SUMMARY), ConditionSummary::indicators)),
            v -> new ConditionSummary(v.get("conditionId"), v.get("summary"), v.get("indicators")));

    static final ObjectCodec<StatusCounts> STATUS_COUNTS = ObjectCodec.of("status counts", fields(
            required("key", STRING, StatusCounts::key),
            required("none", INT, StatusCounts::none),
            required("limited", INT, StatusCounts::limited),
            required("full", INT, StatusCounts::full),
            required("notAssessed", INT, StatusCounts::notAssessed),
            required("priorities", INT, StatusCounts::priorities)),
            v -> new StatusCounts(v.get("key"), v.getInt("none"), v.getInt("limited"), v.getInt("full"),
                    v.getInt("notAssessed"), v.getInt("priorities")));

    static final ObjectCodec<ChecklistCounts> CHECKLIST_COUNTS = ObjectCodec.of("checklist counts", fields(
            required("key", STRING, ChecklistCounts::key),
            required("observed", INT, ChecklistCounts::observed),
            required("notObserved", INT, ChecklistCounts::notObserved),
            required("notApplicable", INT, ChecklistCounts::notApplicable),
            required("unanswered", INT, ChecklistCounts::unanswered)),
            v -> new ChecklistCounts(v.get("key"), v.getInt("observed"), v.getInt("notObserved"),
                    v.getInt("notApplicable"), v.getInt("unanswered")));

    static final ObjectCodec<CriterionPoints> CRITERION_POINTS = ObjectCodec.of("criterion points", fields(
            required("criterionId", STRING, CriterionPoints::criterionId),
            required("weight", ValueCodecs.DECIMAL, CriterionPoints::weight),
            required("pointsPossible", ValueCodecs.DECIMAL, CriterionPoints::pointsPossible),
            required("earned", ValueCodecs.DECIMAL, CriterionPoints::earned),
            required("rated", INT, CriterionPoints::rated),
            required("notRated", INT, CriterionPoints::notRated),
            required("notApplicable", INT, CriterionPoints::notApplicable),
            optional("levels", ValueCodecs.map("a count", INT), (CriterionPoints c) -> c.levels(), Map.of())),
            v -> new CriterionPoints(v.get("criterionId"), v.get("weight"), v.get("pointsPossible"), v.get("earned"),
                    v.getInt("rated"), v.getInt("notRated"), v.getInt("notApplicable"),
                    new java.util.TreeMap<>(v.<Map<String, Integer>>get("levels"))));

    // ----- result documents ---------------------------------------------------------------------

    static final ObjectCodec<MatrixResult> MATRIX_RESULT = result("matrix result", fields(
            oneResponse(MatrixResult::responseId, MatrixResult::subjectId, MatrixResult::raterId),
            required("rows", list(ROW_FIT), MatrixResult::rows),
            tail()),
            v -> new MatrixResult(v.get("instrument"), v.get("responseId"), v.get("subjectId"), v.get("raterId"),
                    v.get("rows"), v.get("explanation")));

    static final ObjectCodec<ArchetypeResult> ARCHETYPE_RESULT = result("archetype result", fields(
            oneResponse(ArchetypeResult::responseId, ArchetypeResult::subjectId, ArchetypeResult::raterId),
            required("rows", list(ROW_FIT), ArchetypeResult::rows),
            required("profile", PROFILE, ArchetypeResult::profile),
            tail()),
            v -> new ArchetypeResult(v.get("instrument"), v.get("responseId"), v.get("subjectId"), v.get("raterId"),
                    v.get("rows"), v.get("profile"), v.get("explanation")));

    static final ObjectCodec<StageResult> STAGE_RESULT = result("stage result", fields(
            oneResponse(StageResult::responseId, StageResult::subjectId, StageResult::raterId),
            required("placement", STRING, StageResult::placement),
            required("standards", list(ROW_FIT), StageResult::rows),
            nullable("points", PointsCodecs.STAGE_POINTS, StageResult::points),
            tail()),
            v -> new StageResult(v.get("instrument"), v.get("responseId"), v.get("subjectId"), v.get("raterId"),
                    v.get("placement"), v.get("standards"), v.get("explanation"), v.get("points")));

    static final ObjectCodec<RatingResult> RATING_RESULT = result("rating result", fields(
            pooledHead(),
            required("conditions", list(CONDITION_SUMMARY), RatingResult::conditions),
            required("overall", RATING_SUMMARY, RatingResult::overall),
            tail()),
            v -> new RatingResult(v.get("instrument"), v.get("responses"), v.get("conditions"), v.get("overall"),
                    v.get("explanation")));

    static final ObjectCodec<RollupResult> ROLLUP_RESULT = result("roll-up result", fields(
            pooledHead(),
            required("dimensions", list(STATUS_COUNTS), RollupResult::dimensions),
            required("overall", STATUS_COUNTS, RollupResult::overall),
            tail()),
            v -> new RollupResult(v.get("instrument"), v.get("responses"), v.get("dimensions"), v.get("overall"),
                    v.get("explanation")));

    static final ObjectCodec<ChecklistResult> CHECKLIST_RESULT = result("checklist result", fields(
            pooledHead(),
            required("groups", list(CHECKLIST_COUNTS), ChecklistResult::groups),
            required("overall", CHECKLIST_COUNTS, ChecklistResult::overall),
            tail()),
            v -> new ChecklistResult(v.get("instrument"), v.get("responses"), v.get("groups"), v.get("overall"),
                    v.get("explanation")));

    static final ObjectCodec<PointsResult> POINTS_RESULT = result("points result", fields(
            pooledHead(),
            required("criteria", list(CRITERION_POINTS), PointsResult::criteria),
            required("percentSum", ValueCodecs.DECIMAL, PointsResult::percentSum),
            required("percentResponses", ValueCodecs.LONG, PointsResult::percentResponses),
            tail()),
            v -> new PointsResult(v.get("instrument"), v.get("responses"), v.get("criteria"), v.get("percentSum"),
                    v.<Long>get("percentResponses"), v.get("explanation")));

    static final ObjectCodec<SurveyResult> SURVEY_RESULT = result("survey result", surveyFields(),
            ResultCodecs::surveyResult);

    /** A survey result inside another document, such as results by group: its fields without format and kind. */
    static final ObjectCodec<SurveyResult> SURVEY_RESULT_BODY = ObjectCodec.of("survey result", surveyFields(),
            ResultCodecs::surveyResult);

    private static List<Field<SurveyResult, ?>> surveyFields() {
        return fields(
                pooledHead(),
                required("statements", list(RATING_SUMMARY), SurveyResult::statements),
                tail());
    }

    private static SurveyResult surveyResult(ObjectCodec.Values v) {
        return new SurveyResult(v.get("instrument"), v.get("responses"), v.get("statements"), v.get("explanation"));
    }

    private static <T extends ScoreResult> ObjectCodec<T> result(String name, List<Field<T, ?>> fields,
            Function<ObjectCodec.Values, T> factory) {
        return ObjectCodec.withPrefix(name, DOCUMENT_PREFIX, fields, factory);
    }

    /** The leading fields of a result of one response: the instrument, the response's id, subject and rater. */
    static <T extends ScoreResult> Field<T, ?>[] oneResponse(Function<T, String> responseId,
            Function<T, String> subjectId, Function<T, String> raterId) {
        @SuppressWarnings("unchecked")
        Field<T, ?>[] head = new Field[] {
            required("instrument", INSTRUMENT_REF, ScoreResult::instrument),
            required("responseId", STRING, responseId),
            required("subjectId", STRING, subjectId),
            required("raterId", STRING, raterId)};
        return head;
    }

    /** The head of a pooled result: the instrument and the pool of responses. */
    static Field<?, ?>[] pooledHead() {
        return new Field<?, ?>[] {
            required("instrument", INSTRUMENT_REF, ScoreResult::instrument),
            required("responses", RESPONSE_POOL, ResultCodecs::responses)};
    }

    static ResponsePool responses(ScoreResult result) {
        if (result instanceof RatingResult rating) {
            return rating.responses();
        } else if (result instanceof RollupResult rollup) {
            return rollup.responses();
        } else if (result instanceof ChecklistResult checklist) {
            return checklist.responses();
        } else if (result instanceof PointsResult points) {
            return points.responses();
        }
        return ((SurveyResult) result).responses();
    }

    private static <T extends ScoreResult> Field<T, ?> tail() {
        return required("explanation", EXPLANATION, ScoreResult::explanation);
    }
}
