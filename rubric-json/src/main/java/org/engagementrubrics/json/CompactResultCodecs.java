package org.engagementrubrics.json;

import static org.engagementrubrics.json.Field.required;
import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ResultCodecs.CHECKLIST_COUNTS;
import static org.engagementrubrics.json.ResultCodecs.CONDITION_SUMMARY;
import static org.engagementrubrics.json.ResultCodecs.FIT;
import static org.engagementrubrics.json.ResultCodecs.PROFILE;
import static org.engagementrubrics.json.ResultCodecs.RATING_SUMMARY;
import static org.engagementrubrics.json.ResultCodecs.STATUS_COUNTS;
import static org.engagementrubrics.json.ResultCodecs.TALLY;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.list;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.PointsResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.RowFit;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.scoring.TiePolicies;
import tools.jackson.core.JsonGenerator;

/**
 * The compact form of every result kind, for storage: the result's facts without its explanation text, marked
 * by {@code "explanation": "omitted"}, row fits without theirs, and the tie policy where a matrix or stage
 * result's headline names it. The explanations are rebuilt from the instrument when the result is read
 * ({@code PreparedInstrument.explained}); the archetype headline names no tie policy, so that kind needs none.
 */
final class CompactResultCodecs {

    /** The value of {@code explanation} that marks a result compact. */
    static final String OMITTED = "omitted";

    /** Stands for an explanation until the instrument rebuilds it; never leaves the reader. */
    private static final Explanation PLACEHOLDER = Explanation.of(OMITTED);

    private CompactResultCodecs() {
    }

    /** The {@code "omitted"} that stands for the explanation. */
    static final Codec<String> OMITTED_EXPLANATION = new Codec<>() {
        @Override
        public void write(JsonGenerator out, String value) {
            out.writeString(OMITTED);
        }

        @Override
        public String read(Node node, Problems problems) {
            if (node.type != Node.Type.STRING || !OMITTED.equals(node.text)) {
                problems.add(node, FormatCodes.INVALID_VALUE, "explanation is " + node.describe()
                        + "; expected an object (explanation), or \"" + OMITTED + "\" in a compact result");
                return null;
            }
            return OMITTED;
        }

        @Override
        public String expected() {
            return "\"" + OMITTED + "\"";
        }
    };

    private static final ObjectCodec<RowFit> ROW_FIT = ObjectCodec.of("row fit", fields(
            required("rowId", STRING, RowFit::rowId),
            required("tallies", list(TALLY), RowFit::tallies),
            required("fit", FIT, RowFit::fit)),
            v -> new RowFit(v.get("rowId"), v.get("tallies"), v.get("fit"), PLACEHOLDER));

    private static final Map<DocumentKind, ObjectCodec<CompactResult>> CODECS = codecs();

    private static Map<DocumentKind, ObjectCodec<CompactResult>> codecs() {
        Map<DocumentKind, ObjectCodec<CompactResult>> codecs = new EnumMap<>(DocumentKind.class);
        codecs.put(DocumentKind.MATRIX_RESULT, codec("matrix result", MatrixResult.class, fields(
                ResultCodecs.oneResponse(MatrixResult::responseId, MatrixResult::subjectId, MatrixResult::raterId),
                required("rows", list(ROW_FIT), MatrixResult::rows)), true,
                v -> new MatrixResult(v.get("instrument"), v.get("responseId"), v.get("subjectId"), v.get("raterId"),
                        v.get("rows"), PLACEHOLDER)));
        codecs.put(DocumentKind.ARCHETYPE_RESULT, codec("archetype result", ArchetypeResult.class, fields(
                ResultCodecs.oneResponse(ArchetypeResult::responseId, ArchetypeResult::subjectId,
                        ArchetypeResult::raterId),
                required("rows", list(ROW_FIT), ArchetypeResult::rows),
                required("profile", PROFILE, ArchetypeResult::profile)), false,
                v -> new ArchetypeResult(v.get("instrument"), v.get("responseId"), v.get("subjectId"), v.get("raterId"),
                        v.get("rows"), v.get("profile"), PLACEHOLDER)));
        codecs.put(DocumentKind.STAGE_RESULT, codec("stage result", StageResult.class, fields(
                ResultCodecs.oneResponse(StageResult::responseId, StageResult::subjectId, StageResult::raterId),
                required("placement", STRING, StageResult::placement),
                required("standards", list(ROW_FIT), StageResult::rows),
                Field.nullable("points", PointsCodecs.STAGE_POINTS, StageResult::points)), true,
                v -> new StageResult(v.get("instrument"), v.get("responseId"), v.get("subjectId"), v.get("raterId"),
                        v.get("placement"), v.get("standards"), PLACEHOLDER, v.get("points"))));
        codecs.put(DocumentKind.RATING_RESULT, codec("rating result", RatingResult.class, fields(
                ResultCodecs.pooledHead(),
                required("conditions", list(CONDITION_SUMMARY), RatingResult::conditions),
                required("overall", RATING_SUMMARY, RatingResult::overall)), false,
                v -> new RatingResult(v.get("instrument"), v.get("responses"), v.get("conditions"), v.get("overall"),
                        PLACEHOLDER)));
        codecs.put(DocumentKind.ROLLUP_RESULT, codec("roll-up result", RollupResult.class, fields(
                ResultCodecs.pooledHead(),
                required("dimensions", list(STATUS_COUNTS), RollupResult::dimensions),
                required("overall", STATUS_COUNTS, RollupResult::overall)), false,
                v -> new RollupResult(v.get("instrument"), v.get("responses"), v.get("dimensions"), v.get("overall"),
                        PLACEHOLDER)));
        codecs.put(DocumentKind.CHECKLIST_RESULT, codec("checklist result", ChecklistResult.class, fields(
                ResultCodecs.pooledHead(),
                required("groups", list(CHECKLIST_COUNTS), ChecklistResult::groups),
                required("overall", CHECKLIST_COUNTS, ChecklistResult::overall)), false,
                v -> new ChecklistResult(v.get("instrument"), v.get("responses"), v.get("groups"), v.get("overall"),
                        PLACEHOLDER)));
        codecs.put(DocumentKind.POINTS_RESULT, codec("points result", PointsResult.class, fields(
                ResultCodecs.pooledHead(),
                required("criteria", list(ResultCodecs.CRITERION_POINTS), PointsResult::criteria),
                required("percentSum", ValueCodecs.DECIMAL, PointsResult::percentSum),
                required("percentResponses", ValueCodecs.LONG, PointsResult::percentResponses)), false,
                v -> new PointsResult(v.get("instrument"), v.get("responses"), v.get("criteria"), v.get("percentSum"),
                        v.<Long>get("percentResponses"), PLACEHOLDER)));
        codecs.put(DocumentKind.SURVEY_RESULT, codec("survey result", SurveyResult.class, fields(
                ResultCodecs.pooledHead(),
                required("statements", list(RATING_SUMMARY), SurveyResult::statements)), false,
                v -> new SurveyResult(v.get("instrument"), v.get("responses"), v.get("statements"), PLACEHOLDER)));
        return codecs;
    }

    /**
     * Makes the compact codec of a result kind from the fields of its facts: the tie policy after them when the
     * kind's headline names it, then {@code "explanation": "omitted"}.
     */
    private static <T extends ScoreResult> ObjectCodec<CompactResult> codec(String name, Class<T> type,
            List<Field<T, ?>> facts, boolean tiePolicy, Function<ObjectCodec.Values, T> factory) {
        List<Field<CompactResult, ?>> all = new ArrayList<>();
        for (Field<T, ?> field : facts) {
            all.add(onResult(field, type));
        }
        if (tiePolicy) {
            all.add(required("tiePolicy", STRING, CompactResult::tiePolicy));
        }
        all.add(required("explanation", OMITTED_EXPLANATION, compact -> OMITTED));
        return ObjectCodec.withPrefix("compact " + name, DOCUMENT_PREFIX, all,
                v -> new CompactResult(factory.apply(v), tiePolicy ? v.get("tiePolicy") : null));
    }

    private static <T, V> Field<CompactResult, V> onResult(Field<T, V> field, Class<T> type) {
        Function<CompactResult, V> getter = compact -> field.getter.apply(type.cast(compact.result()));
        if (field.required) {
            return required(field.name, field.codec, getter);
        }
        return field.absent == null ? Field.nullable(field.name, field.codec, getter)
                : Field.optional(field.name, field.codec, getter, field.absent);
    }

    /** Returns the compact codec of a kind that {@link DocumentKind#hasCompactForm() has a compact form}. */
    static ObjectCodec<CompactResult> of(DocumentKind kind) {
        return CODECS.get(kind);
    }

    /** Checks if a result document is compact: its {@code explanation} is a string rather than an object. */
    static boolean isCompact(Node root) {
        Node explanation = root.members.get("explanation");
        return explanation != null && explanation.type == Node.Type.STRING;
    }

    /**
     * Returns a result to write compact, with the tie policy its headline names.
     *
     * @throws IllegalArgumentException if a matrix or stage result's explanation names no tie policy, so that it
     *         could not be rebuilt
     */
    static CompactResult compact(ScoreResult result) {
        if (!(result instanceof MatrixResult) && !(result instanceof StageResult)) {
            return new CompactResult(result, null);
        }
        String tiePolicy = TiePolicies.nameIn(result).orElseThrow(() -> new IllegalArgumentException("the "
                + result.getClass().getSimpleName() + " of response '" + responseId(result) + "' cannot be written"
                + " compact: its explanation names no tie policy, so it could not be rebuilt; write it in full"));
        return new CompactResult(result, tiePolicy);
    }

    private static String responseId(ScoreResult result) {
        return result instanceof MatrixResult matrix ? matrix.responseId() : ((StageResult) result).responseId();
    }
}
