package org.engagementrubrics.json;

import static org.engagementrubrics.json.Field.nullable;
import static org.engagementrubrics.json.Field.optional;
import static org.engagementrubrics.json.Field.required;
import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ValueCodecs.INT;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.enumeration;
import static org.engagementrubrics.json.ValueCodecs.list;
import static org.engagementrubrics.json.ValueCodecs.map;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.engagementrubrics.core.scoring.PointsTotal;
import org.engagementrubrics.core.scoring.StagePointsScheme;
import org.engagementrubrics.core.scoring.StagePointsTotal;

/**
 * The JSON shape of points (issue 14): the {@code stage-points-scheme} document, and the {@code points} of a
 * staged result, whose totals are written for the reader's convenience and checked against the parts on reading.
 *
 * <p>Numbers are exact decimals, read as written and written in plain notation ({@code 100}, never
 * {@code 1E+2}), so that a document reads back byte for byte.
 */
final class PointsCodecs {

    private PointsCodecs() {
    }

    /** Points and weights: at most 12 digits before the decimal point and 12 after. */
    static final Codec<BigDecimal> POINTS = decimal(12, 12);

    /** Sums and percents, derived from points: at most 40 digits before the decimal point and 100 after. */
    static final Codec<BigDecimal> TOTAL = decimal(40, 100);

    /** Exact decimals as written (their scale kept), with at most the given digits on each side of the point. */
    private static Codec<BigDecimal> decimal(int integerDigits, int fractionDigits) {
        String expected = "a number of at most " + integerDigits + " digits before the decimal point and "
                + fractionDigits + " after";
        return ValueCodecs.decimal(expected, expected, integerDigits, fractionDigits, false);
    }

    // ----- the scheme document ------------------------------------------------------------------

    static final ObjectCodec<StagePointsScheme> STAGE_POINTS_SCHEME = ObjectCodec.withPrefix("stage points scheme",
            DOCUMENT_PREFIX, fields(
                    required("name", STRING, StagePointsScheme::name),
                    required("pointsByPosition", list(POINTS), StagePointsScheme::pointsByPosition),
                    optional("weights", map("a weight", POINTS), StagePointsScheme::weights, Map.of()),
                    optional("unplaced", enumeration(StagePointsScheme.Unplaced.class), StagePointsScheme::unplaced,
                            StagePointsScheme.Unplaced.EXCLUDED)),
            v -> new StagePointsScheme(v.get("name"), v.get("pointsByPosition"), v.get("weights"), v.get("unplaced")))
            .withRules(PointsCodecs::checkScheme);

    /** Locates each broken rule of a scheme at its field. */
    private static void checkScheme(ObjectCodec.Values values, Node node, Problems problems) {
        String name = values.get("name");
        if (name.isBlank()) {
            problems.add(node.members.get("name"), FormatCodes.INVALID_VALUE, "'name' is blank; expected the "
                    + "scheme's name, written in results");
        }
        List<BigDecimal> points = values.get("pointsByPosition");
        Node pointsNode = node.members.get("pointsByPosition");
        if (points.isEmpty()) {
            problems.add(pointsNode, FormatCodes.INVALID_VALUE, "'pointsByPosition' is empty; expected the points of "
                    + "each stage position, the first for position 1");
        }
        for (int i = 0; i < points.size(); i++) {
            negative(points.get(i), pointsNode.elements.get(i), "pointsByPosition[" + i + "]", problems);
        }
        Map<String, BigDecimal> weights = values.get("weights");
        Node weightsNode = node.members.get("weights");
        weights.forEach((standardId, weight) -> negative(weight, weightsNode.members.get(standardId),
                "the weight of '" + standardId + "'", problems));
    }

    private static void negative(BigDecimal value, Node at, String what, Problems problems) {
        if (value.signum() < 0) {
            problems.add(at, FormatCodes.INVALID_VALUE, what + " is " + value.toPlainString()
                    + "; expected zero or more");
        }
    }

    // ----- the points of a staged result --------------------------------------------------------

    static final ObjectCodec<PointsTotal.Part> PART = ObjectCodec.of("standard points", fields(
            required("standardId", STRING, PointsTotal.Part::id),
            required("status", enumeration(PointsTotal.Status.class), PointsTotal.Part::status),
            required("earned", POINTS, PointsTotal.Part::earned),
            required("possible", POINTS, PointsTotal.Part::possible),
            required("weight", POINTS, PointsTotal.Part::weight)),
            v -> new PointsTotal.Part(v.get("standardId"), v.get("earned"), v.get("possible"), v.get("weight"),
                    v.get("status")));

    /** The derived figures, each written after the parts and checked against them on reading. */
    private record Derived(String name, Function<StagePointsTotal, Object> value, String says) {
    }

    private static final List<Derived> DERIVED = List.of(
            new Derived("earned", p -> p.total().earned(), "the sum of the earned points of the standards placed"),
            new Derived("possible", p -> p.total().possible(), "the sum of the points possible of the standards "
                    + "that count"),
            new Derived("weightedEarned", p -> p.total().weightedEarned(), "the sum of weight × earned"),
            new Derived("weightedPossible", p -> p.total().weightedPossible(), "the sum of weight × possible"),
            new Derived("percent", p -> p.total().percent().orElse(null), "100 × weightedEarned / weightedPossible"),
            new Derived("displayPercent", p -> p.total().displayPercent().orElse(null), "the percent rounded "
                    + "half-even to 2 places"),
            new Derived("excluded", p -> p.excluded(), "the count of standards not applicable"));

    static final ObjectCodec<StagePointsTotal> STAGE_POINTS = ObjectCodec.of("points", fields(
            required("scheme", STRING, StagePointsTotal::scheme),
            required("standards", list(PART), (StagePointsTotal p) -> p.total().parts()),
            required("earned", TOTAL, (StagePointsTotal p) -> p.total().earned()),
            required("possible", TOTAL, (StagePointsTotal p) -> p.total().possible()),
            required("weightedEarned", TOTAL, (StagePointsTotal p) -> p.total().weightedEarned()),
            required("weightedPossible", TOTAL, (StagePointsTotal p) -> p.total().weightedPossible()),
            nullable("percent", TOTAL, (StagePointsTotal p) -> p.total().percent().orElse(null)),
            nullable("displayPercent", TOTAL, (StagePointsTotal p) -> p.total().displayPercent().orElse(null)),
            required("excluded", INT, StagePointsTotal::excluded)),
            v -> new StagePointsTotal(v.get("scheme"), PointsTotal.of(v.get("standards"))))
            .withRules(PointsCodecs::checkTotals);

    /** Every derived figure must be the one the parts give. */
    private static void checkTotals(ObjectCodec.Values values, Node node, Problems problems) {
        StagePointsTotal points;
        try {
            points = new StagePointsTotal(values.get("scheme"), PointsTotal.of(values.get("standards")));
        } catch (IllegalArgumentException e) {
            problems.add(node.members.get("standards"), FormatCodes.INVALID_VALUE, e.getMessage());
            return;
        }
        for (Derived derived : DERIVED) {
            Object written = values.get(derived.name());
            Object computed = derived.value().apply(points);
            if (!same(written, computed)) {
                Node at = node.members.getOrDefault(derived.name(), node);
                problems.add(at, FormatCodes.INVALID_VALUE, "'" + derived.name() + "' is " + text(written)
                        + "; expected " + text(computed) + ", " + derived.says());
            }
        }
    }

    private static boolean same(Object written, Object computed) {
        if (written instanceof BigDecimal a && computed instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(written, computed);
    }

    private static String text(Object value) {
        if (value == null) {
            return "absent";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
