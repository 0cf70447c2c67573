package org.engagementrubrics.json;

import static org.engagementrubrics.json.Field.nullable;
import static org.engagementrubrics.json.Field.required;
import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.VARIANT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ValueCodecs.DOUBLE;
import static org.engagementrubrics.json.ValueCodecs.INT;
import static org.engagementrubrics.json.ValueCodecs.LONG;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.enumeration;
import static org.engagementrubrics.json.ValueCodecs.list;
import static org.engagementrubrics.json.ValueCodecs.map;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.IdMapping;
import org.engagementrubrics.core.change.Movement;
import org.engagementrubrics.core.change.ReviewSummary;
import org.engagementrubrics.core.change.Standing;
import org.engagementrubrics.core.change.Step;
import org.engagementrubrics.core.change.UnitChange;
import org.engagementrubrics.core.change.UnitKind;

/**
 * The JSON shape of a comparison over time ({@code comparison}) and of an id mapping between instrument
 * versions ({@code id-mapping}). A standing is told apart by {@code kind}; a change's unit kind is written as
 * {@code unitKind} so that the two never meet.
 */
final class ChangeCodecs {

    private ChangeCodecs() {
    }

    /** Each kind of standing, by the name written in its {@code kind}. */
    static final Codec<Standing> STANDING = Variants.of("standing", "kind", Map.of(
            "placed", ObjectCodec.withPrefix("placed standing", VARIANT_PREFIX, fields(
                    required("position", DOUBLE, Standing.Placed::position),
                    nullable("stageId", STRING, Standing.Placed::stageId),
                    required("raters", INT, Standing.Placed::raters)),
                    v -> new Standing.Placed(v.<Double>get("position"), v.get("stageId"), v.getInt("raters"))),
            "not-placed", ObjectCodec.withPrefix("no standing", VARIANT_PREFIX, fields(),
                    v -> new Standing.NotPlaced()),
            "best-fit", ObjectCodec.withPrefix("best fit", VARIANT_PREFIX, fields(
                    required("columns", list(STRING), Standing.BestFit::columns),
                    required("rank", INT, Standing.BestFit::rank)),
                    v -> new Standing.BestFit(v.get("columns"), v.getInt("rank"))),
            "mean", ObjectCodec.withPrefix("mean rating", VARIANT_PREFIX, fields(
                    nullable("mean", DOUBLE, Standing.Mean::mean),
                    required("rated", INT, Standing.Mean::rated)),
                    v -> new Standing.Mean(v.get("mean"), v.getInt("rated"))),
            "statement", ObjectCodec.withPrefix("statement figures", VARIANT_PREFIX, fields(
                    nullable("mean", DOUBLE, Standing.Statement::mean),
                    nullable("topTwoShare", DOUBLE, Standing.Statement::topTwoShare),
                    required("rated", INT, Standing.Statement::rated)),
                    v -> new Standing.Statement(v.get("mean"), v.get("topTwoShare"), v.getInt("rated"))),
            "counts", ObjectCodec.withPrefix("counts per answer", VARIANT_PREFIX, fields(
                    required("counts", map("count", INT), Standing.Counts::counts)),
                    v -> new Standing.Counts(v.get("counts")))),
            ChangeCodecs::kindOf);

    static String kindOf(Standing standing) {
        if (standing instanceof Standing.Placed) {
            return "placed";
        } else if (standing instanceof Standing.NotPlaced) {
            return "not-placed";
        } else if (standing instanceof Standing.BestFit) {
            return "best-fit";
        } else if (standing instanceof Standing.Mean) {
            return "mean";
        }
        return standing instanceof Standing.Statement ? "statement" : "counts";
    }

    static final ObjectCodec<UnitChange> CHANGE = ObjectCodec.of("unit change", fields(
            required("unitKind", enumeration(UnitKind.class), UnitChange::kind),
            required("unitId", STRING, UnitChange::unitId),
            nullable("formerId", STRING, UnitChange::formerId),
            required("movement", enumeration(Movement.class), UnitChange::movement),
            nullable("before", STANDING, UnitChange::before),
            nullable("after", STANDING, UnitChange::after),
            nullable("withheld", STRING, UnitChange::withheld),
            required("explanation", STRING, UnitChange::explanation)),
            v -> new UnitChange(v.get("unitKind"), v.get("unitId"), v.get("formerId"), v.get("movement"),
                    v.get("before"), v.get("after"), v.get("withheld"), v.get("explanation")));

    static final ObjectCodec<Step> STEP = ObjectCodec.of("step", fields(
            required("from", CoverageCodecs.DATE, Step::from),
            required("to", CoverageCodecs.DATE, Step::to),
            required("changes", list(CHANGE), Step::changes)),
            v -> new Step(v.get("from"), v.get("to"), v.get("changes")));

    static final ObjectCodec<ReviewSummary> REVIEW = ObjectCodec.of("review", fields(
            required("date", CoverageCodecs.DATE, ReviewSummary::date),
            required("instrument", ResultCodecs.INSTRUMENT_REF, ReviewSummary::instrument),
            required("results", INT, ReviewSummary::results),
            required("responses", LONG, ReviewSummary::responses)),
            v -> new ReviewSummary(v.get("date"), v.get("instrument"), v.getInt("results"), v.<Long>get("responses")));

    static final ObjectCodec<Comparison> COMPARISON = ObjectCodec.withPrefix("comparison", DOCUMENT_PREFIX, fields(
            required("subjectId", STRING, Comparison::subjectId),
            required("smallCellMinimum", INT, Comparison::smallCellMinimum),
            required("reviews", list(REVIEW), Comparison::reviews),
            required("steps", list(STEP), Comparison::steps),
            required("overall", STEP, Comparison::overall)),
            v -> new Comparison(v.get("subjectId"), v.get("reviews"), v.get("steps"), v.get("overall"),
                    v.getInt("smallCellMinimum")));

    static final ObjectCodec<IdMapping> ID_MAPPING = ObjectCodec.withPrefix("id mapping", DOCUMENT_PREFIX, fields(
            required("renames", map("renames of a kind of unit", map("new id", STRING)), ChangeCodecs::byNoun)),
            v -> mapping(v.get("renames")));

    private static Map<String, Map<String, String>> byNoun(IdMapping mapping) {
        Map<String, Map<String, String>> byNoun = new LinkedHashMap<>();
        mapping.renames().forEach((kind, ids) -> byNoun.put(kind.noun(), ids));
        return byNoun;
    }

    private static IdMapping mapping(Map<String, Map<String, String>> byNoun) {
        Map<UnitKind, Map<String, String>> renames = new EnumMap<>(UnitKind.class);
        byNoun.forEach((noun, ids) -> renames.put(UnitKind.fromNoun(noun), ids));
        return new IdMapping(renames);
    }
}
