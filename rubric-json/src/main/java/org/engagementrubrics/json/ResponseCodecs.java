package org.engagementrubrics.json;

import static org.engagementrubrics.json.Field.nullable;
import static org.engagementrubrics.json.Field.optional;
import static org.engagementrubrics.json.Field.required;
import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.VARIANT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ValueCodecs.BOOLEAN;
import static org.engagementrubrics.json.ValueCodecs.EXTENSIONS;
import static org.engagementrubrics.json.ValueCodecs.INSTANT;
import static org.engagementrubrics.json.ValueCodecs.INT;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.enumeration;
import static org.engagementrubrics.json.ValueCodecs.list;
import static org.engagementrubrics.json.ValueCodecs.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.CriterionRating;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.validation.ProblemCodes;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a response and of its evidence, one variant per kind of evidence: marked statements,
 * ratings, implementation statuses, checklist answers and criterion ratings.
 */
final class ResponseCodecs {

    private ResponseCodecs() {
    }

    /** A rating: an integer on the scale, or "not-rated" or "not-applicable". */
    static final Codec<Rating> RATING = new Codec<>() {
        @Override
        public String expected() {
            return "an integer rating, \"not-rated\" or \"not-applicable\"";
        }

        @Override
        public void write(JsonGenerator out, Rating rating) {
            if (rating instanceof Rating.Rated rated) {
                out.writeNumber(rated.value());
            } else {
                out.writeString(rating instanceof Rating.NotRated ? "not-rated" : "not-applicable");
            }
        }

        @Override
        public Rating read(Node node, Problems problems) {
            if (node.type == Node.Type.STRING && node.text.equals("not-rated")) {
                return Rating.notRated();
            }
            if (node.type == Node.Type.STRING && node.text.equals("not-applicable")) {
                return Rating.notApplicable();
            }
            if (node.type == Node.Type.NUMBER) {
                Integer value = INT.read(node, problems);
                return value == null ? null : Rating.of(value);
            }
            problems.add(node, node.type == Node.Type.STRING ? FormatCodes.UNKNOWN_KIND : FormatCodes.TYPE_MISMATCH,
                    node.describe() + "; expected " + expected());
            return null;
        }
    };

    /** Marked statement ids: an array of distinct strings, in any order; written sorted. */
    static final Codec<List<String>> MARKS = new Codec<>() {
        private final Codec<List<String>> ids = list(STRING);

        @Override
        public String expected() {
            return "an array of distinct statement ids";
        }

        @Override
        public void write(JsonGenerator out, List<String> value) {
            ids.write(out, value);
        }

        @Override
        public List<String> read(Node node, Problems problems) {
            List<String> values = ids.read(node, problems);
            if (values == null) {
                return null;
            }
            Map<String, Node> seen = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                Node first = seen.putIfAbsent(values.get(i), node.elements.get(i));
                if (first != null) {
                    problems.add(node.elements.get(i), ProblemCodes.DUPLICATE_ID,
                            "statement '" + values.get(i) + "' is marked twice (first at " + problems.place(first)
                                    + "); expected each statement once");
                    return null;
                }
            }
            return values;
        }
    };

    static final ObjectCodec<MarkedStatements> MARKED = ObjectCodec.withPrefix("marks evidence", VARIANT_PREFIX, fields(
            required("statementIds", MARKS, (MarkedStatements m) -> new ArrayList<>(m.statementIds()))),
            v -> MarkedStatements.of((List<String>) v.get("statementIds")));

    static final ObjectCodec<Ratings> RATINGS = ObjectCodec.withPrefix("ratings evidence", VARIANT_PREFIX, fields(
            required("byItem", map("a rating", RATING), (Ratings r) -> r.byItem())),
            v -> Ratings.of(v.get("byItem")));

    static final ObjectCodec<IndicatorAssessment> ASSESSMENT = ObjectCodec.of("indicator assessment", fields(
            required("status", enumeration(ImplementationStatus.class), IndicatorAssessment::status),
            nullable("evidence", STRING, IndicatorAssessment::evidence),
            optional("priority", BOOLEAN, IndicatorAssessment::priority, Boolean.FALSE)),
            v -> new IndicatorAssessment(v.get("status"), v.get("evidence"), v.<Boolean>get("priority")));

    static final ObjectCodec<Statuses> STATUSES = ObjectCodec.withPrefix("statuses evidence", VARIANT_PREFIX, fields(
            required("byIndicator", map("an assessment", ASSESSMENT), (Statuses s) -> s.byIndicator())),
            v -> Statuses.of(v.get("byIndicator")));

    static final ObjectCodec<ChecklistAnswer> ANSWER = ObjectCodec.of("checklist answer", fields(
            required("mark", enumeration(ChecklistMark.class), ChecklistAnswer::mark),
            nullable("notes", STRING, ChecklistAnswer::notes)),
            v -> new ChecklistAnswer(v.get("mark"), v.get("notes")));

    static final ObjectCodec<ChecklistAnswers> ANSWERS = ObjectCodec.withPrefix("checklist answers", VARIANT_PREFIX,
            fields(required("byItem", map("an answer", ANSWER), (ChecklistAnswers a) -> a.byItem())),
            v -> ChecklistAnswers.of(v.get("byItem")));

    static final ObjectCodec<CriterionRating.LevelChosen> LEVEL_CHOSEN = ObjectCodec.of("level choice", fields(
            required("level", STRING, CriterionRating.LevelChosen::levelId)),
            v -> new CriterionRating.LevelChosen(v.get("level")));

    static final ObjectCodec<CriterionRating.Points> POINTS_ENTERED = ObjectCodec.of("points entered", fields(
            required("points", ValueCodecs.DECIMAL, CriterionRating.Points::points)),
            v -> new CriterionRating.Points(v.get("points")));

    /** A criterion rating: {"level": id}, {"points": n}, "not-rated" or "not-applicable". */
    static final Codec<CriterionRating> CRITERION_RATING = new Codec<>() {
        @Override
        public String expected() {
            return "{\"level\": a level id}, {\"points\": a number}, \"not-rated\" or \"not-applicable\"";
        }

        @Override
        public void write(JsonGenerator out, CriterionRating rating) {
            if (rating instanceof CriterionRating.LevelChosen chosen) {
                LEVEL_CHOSEN.write(out, chosen);
            } else if (rating instanceof CriterionRating.Points points) {
                POINTS_ENTERED.write(out, points);
            } else {
                out.writeString(rating instanceof CriterionRating.NotRated ? "not-rated" : "not-applicable");
            }
        }

        @Override
        public CriterionRating read(Node node, Problems problems) {
            if (node.type == Node.Type.STRING && node.text.equals("not-rated")) {
                return CriterionRating.notRated();
            }
            if (node.type == Node.Type.STRING && node.text.equals("not-applicable")) {
                return CriterionRating.notApplicable();
            }
            if (node.type == Node.Type.OBJECT && node.members.containsKey("level")) {
                return LEVEL_CHOSEN.read(node, problems);
            }
            if (node.type == Node.Type.OBJECT && node.members.containsKey("points")) {
                return POINTS_ENTERED.read(node, problems);
            }
            if (node.type == Node.Type.OBJECT) {
                problems.add(Node.child(node.pointer, "level"), node.line, node.column, FormatCodes.MISSING,
                        "required field 'level' (or 'points') is missing; expected " + expected());
                return null;
            }
            problems.add(node, node.type == Node.Type.STRING ? FormatCodes.UNKNOWN_KIND : FormatCodes.TYPE_MISMATCH,
                    node.describe() + "; expected " + expected());
            return null;
        }
    };

    static final ObjectCodec<CriterionRatings> CRITERION_RATINGS = ObjectCodec.withPrefix("criterion ratings",
            VARIANT_PREFIX, fields(required("byCriterion", map("a criterion rating", CRITERION_RATING),
                    (CriterionRatings r) -> r.byCriterion())),
            v -> CriterionRatings.of(v.get("byCriterion")));

    static final Map<String, ObjectCodec<? extends Evidence>> EVIDENCE_KINDS = Map.of(
            "marks", MARKED, "ratings", RATINGS, "statuses", STATUSES, "checklist-answers", ANSWERS,
            "criterion-ratings", CRITERION_RATINGS);

    static final Codec<Evidence> EVIDENCE = Variants.of("evidence", "kind", EVIDENCE_KINDS, Evidence::kindName);

    static final ObjectCodec<Response> RESPONSE = ObjectCodec.withPrefix("response", DOCUMENT_PREFIX, fields(
            required("id", STRING, Response::id),
            required("instrumentId", STRING, Response::instrumentId),
            nullable("instrumentVersion", STRING, Response::instrumentVersion),
            required("raterId", STRING, Response::raterId),
            required("subjectId", STRING, Response::subjectId),
            required("recordedAt", INSTANT, Response::recordedAt),
            required("evidence", EVIDENCE, Response::evidence),
            optional("extensions", EXTENSIONS, Response::extensions, Extensions.empty())),
            v -> new Response(v.get("id"), v.get("instrumentId"), v.get("instrumentVersion"), v.get("raterId"),
                    v.get("subjectId"), v.get("recordedAt"), v.get("evidence"), v.get("extensions")));
}
