package org.engagementrubrics.json;

import static org.engagementrubrics.json.Field.required;
import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.OUTCOME_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.VARIANT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ValueCodecs.BOOLEAN;
import static org.engagementrubrics.json.ValueCodecs.DOUBLE;
import static org.engagementrubrics.json.ValueCodecs.INT;
import static org.engagementrubrics.json.ValueCodecs.LONG;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.enumeration;
import static org.engagementrubrics.json.ValueCodecs.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.agreement.AlphaInterval;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.agreement.Coefficient;
import org.engagementrubrics.core.agreement.UndefinedReason;
import org.engagementrubrics.core.privacy.Disclosure;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.raters.AgreementFigures;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.AlphaReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.raters.MissingReason;
import org.engagementrubrics.core.raters.PanelScale;
import org.engagementrubrics.core.raters.SubjectConsensus;
import org.engagementrubrics.core.raters.UnitConsensus;
import org.engagementrubrics.core.raters.UnitSummary;
import org.engagementrubrics.core.raters.ValueKind;
import org.engagementrubrics.core.scoring.Explanation;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a panel's aggregate ({@code consensus}) and agreement report ({@code agreement-report}).
 * An explanation whose parts are those of the entries below it (the document's, a subject's of the aggregate)
 * is written as its summary and evidence only; reading puts the entries' explanations back as its parts, so
 * that no text is written twice. A shown subject's disclosure is its raters, a withheld one's the reason; an
 * alpha's interval is written without the coefficient and estimate that the alpha holds already.
 */
final class PanelCodecs {

    private PanelCodecs() {
    }

    static final Codec<InstrumentKind> INSTRUMENT_KIND = ValueCodecs.named("one of "
            + Arrays.stream(InstrumentKind.values()).map(InstrumentKind::kindName).toList(), byKindName(),
            InstrumentKind::kindName);

    private static Map<String, InstrumentKind> byKindName() {
        Map<String, InstrumentKind> map = new LinkedHashMap<>();
        for (InstrumentKind kind : InstrumentKind.values()) {
            map.put(kind.kindName(), kind);
        }
        return map;
    }

    static final ObjectCodec<PanelScale> SCALE = ObjectCodec.of("panel scale", fields(
            required("kind", INSTRUMENT_KIND, PanelScale::kind),
            required("values", enumeration(ValueKind.class), PanelScale::values),
            required("categories", list(STRING), PanelScale::categories)),
            v -> new PanelScale(v.get("kind"), v.get("values"), v.get("categories")))
            .withRules(PanelRules::checkScale);

    /** An explanation's summary and evidence; its parts are those of the entries below it. */
    static final ObjectCodec<Explanation> HEADLINE = ObjectCodec.of("explanation headline", fields(
            required("summary", STRING, Explanation::summary),
            Field.optional("evidence", list(STRING), Explanation::details, List.of())),
            v -> new Explanation(v.get("summary"), v.get("evidence"), List.of()));

    private static Explanation withParts(Explanation headline, List<Explanation> parts) {
        return new Explanation(headline.summary(), headline.details(), parts);
    }

    // ----- consensus ----------------------------------------------------------------------------

    /** The raters without a value, by reason: an object such as {@code {"tie": 1, "not-rated": 2}}. */
    static final Codec<Map<MissingReason, Integer>> MISSING = new Codec<>() {
        private final Codec<Map<String, Integer>> counts = ValueCodecs.map("a count", INT);
        private final Map<String, MissingReason> byName = names();

        private Map<String, MissingReason> names() {
            Map<String, MissingReason> map = new LinkedHashMap<>();
            for (MissingReason reason : MissingReason.values()) {
                map.put(ValueCodecs.kindName(reason), reason);
            }
            return map;
        }

        @Override
        public String expected() {
            return "an object mapping reasons " + byName.keySet() + " to counts";
        }

        @Override
        public void write(JsonGenerator out, Map<MissingReason, Integer> value) {
            Map<String, Integer> named = new LinkedHashMap<>();
            for (MissingReason reason : MissingReason.values()) {
                if (value.containsKey(reason)) {
                    named.put(ValueCodecs.kindName(reason), value.get(reason));
                }
            }
            counts.write(out, named);
        }

        @Override
        public Map<MissingReason, Integer> read(Node node, Problems problems) {
            Map<String, Integer> named = counts.read(node, problems);
            if (named == null) {
                return null;
            }
            int before = problems.size();
            Map<MissingReason, Integer> map = new EnumMap<>(MissingReason.class);
            named.forEach((name, count) -> {
                MissingReason reason = byName.get(name);
                Node member = node.members.get(name);
                if (reason == null) {
                    problems.addAtKey(member, FormatCodes.UNKNOWN_KIND, "reason '" + name + "' is not a reason for a"
                            + " missing value; expected one of " + byName.keySet());
                } else if (count < 1) {
                    problems.add(member, FormatCodes.INVALID_VALUE, "'" + name + "' is " + count
                            + "; expected a count of at least 1 (a reason that did not occur is left out)");
                } else {
                    map.put(reason, count);
                }
            });
            return problems.size() > before ? null : map;
        }
    };

    private static <T> Field<?, ?>[] ordered(Function<T, UnitSummary.Ordered> of) {
        return new Field<?, ?>[] {
            Field.<T, List<String>>required("modal", list(STRING), s -> of.apply(s).modal()),
            Field.<T, Double>required("modalShare", DOUBLE, s -> of.apply(s).modalShare()),
            Field.<T, Double>required("median", DOUBLE, s -> of.apply(s).median()),
            Field.<T, Double>required("lowerQuartile", DOUBLE, s -> of.apply(s).lowerQuartile()),
            Field.<T, Double>required("upperQuartile", DOUBLE, s -> of.apply(s).upperQuartile()),
            Field.<T, Double>required("interquartileRange", DOUBLE, s -> of.apply(s).interquartileRange()),
            Field.<T, Integer>required("lowest", INT, s -> of.apply(s).lowest()),
            Field.<T, Integer>required("highest", INT, s -> of.apply(s).highest()),
            Field.<T, Integer>required("range", INT, s -> of.apply(s).range())};
    }

    private static UnitSummary.Ordered ordered(ObjectCodec.Values v) {
        return new UnitSummary.Ordered(v.get("modal"), v.<Double>get("modalShare"), v.<Double>get("median"),
                v.<Double>get("lowerQuartile"), v.<Double>get("upperQuartile"), v.getInt("lowest"),
                v.getInt("highest"));
    }

    /** The central figures, told apart by {@code kind}: none, nominal, ordered or rating. */
    static final Codec<UnitSummary> SUMMARY = Variants.of("summary", "kind", Map.of(
            "none", ObjectCodec.withPrefix("summary of no values", VARIANT_PREFIX, fields(),
                    v -> new UnitSummary.Empty()),
            "nominal", ObjectCodec.withPrefix("nominal summary", VARIANT_PREFIX, fields(
                    required("modal", list(STRING), UnitSummary.Nominal::modal),
                    required("modalShare", DOUBLE, UnitSummary.Nominal::modalShare)),
                    v -> new UnitSummary.Nominal(v.get("modal"), v.<Double>get("modalShare"))),
            "ordered", ObjectCodec.withPrefix("ordered summary", VARIANT_PREFIX,
                    PanelCodecs.<UnitSummary.Ordered>fields(ordered(Function.<UnitSummary.Ordered>identity())),
                    PanelCodecs::ordered).withRules(PanelRules::checkSpread),
            "rating", ObjectCodec.withPrefix("rating summary", VARIANT_PREFIX, PanelCodecs.<UnitSummary.Rated>fields(
                    ordered(UnitSummary.Rated::ordered),
                    Field.<UnitSummary.Rated, Double>required("mean", DOUBLE, UnitSummary.Rated::mean)),
                    v -> new UnitSummary.Rated(ordered(v), v.<Double>get("mean"))).withRules(PanelRules::checkSpread)),
            PanelCodecs::summaryKind);

    private static <T> List<Field<T, ?>> fields(Object... parts) {
        return ObjectCodec.fields(parts);
    }

    static String summaryKind(UnitSummary summary) {
        if (summary instanceof UnitSummary.Empty) {
            return "none";
        } else if (summary instanceof UnitSummary.Nominal) {
            return "nominal";
        }
        return summary instanceof UnitSummary.Rated ? "rating" : "ordered";
    }

    static final ObjectCodec<UnitConsensus> UNIT = ObjectCodec.of("unit consensus", fields(
            required("unitId", STRING, UnitConsensus::unitId),
            required("n", INT, UnitConsensus::n),
            required("distribution", list(INT), UnitConsensus::distribution),
            required("missing", MISSING, UnitConsensus::missing),
            required("summary", SUMMARY, UnitConsensus::summary),
            required("farFromMedian", list(STRING), UnitConsensus::farFromMedian),
            required("explanation", ResultCodecs.EXPLANATION, UnitConsensus::explanation)),
            v -> new UnitConsensus(v.get("unitId"), v.getInt("n"), v.get("distribution"), v.get("missing"),
                    v.get("summary"), v.get("farFromMedian"), v.get("explanation")))
            .withRules(PanelRules::checkUnit);

    /** A subject, told apart by {@code outcome}: shown with its units, or withheld with the reason. */
    static final Codec<SubjectConsensus> SUBJECT = Variants.of("subject", "outcome", Map.of(
            "shown", ObjectCodec.withPrefix("shown subject", OUTCOME_PREFIX, fields(
                    required("subjectId", STRING, SubjectConsensus::subjectId),
                    required("raters", INT, SubjectConsensus::raters),
                    required("units", list(UNIT), SubjectConsensus::units),
                    required("explanation", HEADLINE, SubjectConsensus::explanation)),
                    v -> subject(v, v.get("units"), null)).withRules(PanelRules::checkSubject),
            "withheld", ObjectCodec.withPrefix("withheld subject", OUTCOME_PREFIX, fields(
                    required("subjectId", STRING, SubjectConsensus::subjectId),
                    required("raters", INT, SubjectConsensus::raters),
                    required("reason", enumeration(SuppressionReason.class), PanelCodecs::withheld),
                    required("explanation", HEADLINE, SubjectConsensus::explanation)),
                    v -> subject(v, List.of(), v.get("reason"))).withRules(PanelRules::checkSubject)),
            subject -> subject.disclosure().shown() ? "shown" : "withheld");

    private static SuppressionReason withheld(SubjectConsensus subject) {
        return ((Disclosure.Withheld) subject.disclosure()).reason();
    }

    private static SubjectConsensus subject(ObjectCodec.Values v, List<UnitConsensus> units, SuppressionReason reason) {
        String subjectId = v.get("subjectId");
        int raters = v.getInt("raters");
        Disclosure disclosure = reason == null ? new Disclosure.Shown(subjectId, raters)
                : new Disclosure.Withheld(subjectId, reason);
        return new SubjectConsensus(subjectId, raters, disclosure, units,
                withParts(v.get("explanation"), units.stream().map(UnitConsensus::explanation).toList()));
    }

    static final ObjectCodec<Consensus> CONSENSUS = ObjectCodec.withPrefix("consensus", DOCUMENT_PREFIX, fields(
            required("instrument", ResultCodecs.INSTRUMENT_REF, Consensus::instrument),
            required("scale", SCALE, Consensus::scale),
            required("responses", LONG, Consensus::responses),
            required("superseded", LONG, Consensus::superseded),
            required("subjects", list(SUBJECT), Consensus::subjects),
            required("explanation", HEADLINE, Consensus::explanation)),
            v -> {
                List<SubjectConsensus> subjects = v.get("subjects");
                return new Consensus(v.get("instrument"), v.get("scale"), v.<Long>get("responses"),
                        v.<Long>get("superseded"), subjects, withParts(v.get("explanation"),
                                subjects.stream().map(SubjectConsensus::explanation).toList()));
            })
            .withRules(PanelRules::checkConsensus);

    // ----- agreement report ---------------------------------------------------------------------

    private static <T extends AgreementResult> Field<?, ?>[] counts() {
        return new Field<?, ?>[] {
            Field.<T, Coefficient>required("coefficient", enumeration(Coefficient.class), AgreementResult::coefficient),
            Field.<T, Integer>required("units", INT, AgreementResult::units),
            Field.<T, Integer>required("unitsLeftOut", INT, AgreementResult::unitsLeftOut),
            Field.<T, Integer>required("raters", INT, AgreementResult::raters),
            Field.<T, Integer>required("pairableValues", INT, AgreementResult::pairableValues)};
    }

    /** A coefficient, told apart by {@code outcome}: an estimate, or undefined and why. */
    static final Codec<AgreementResult> RESULT = Variants.of("result", "outcome", Map.of(
            "estimate", ObjectCodec.withPrefix("estimate", OUTCOME_PREFIX, PanelCodecs.<AgreementResult.Estimate>fields(
                    PanelCodecs.<AgreementResult.Estimate>counts(),
                    required("observedDisagreement", DOUBLE, AgreementResult.Estimate::observedDisagreement),
                    required("expectedDisagreement", DOUBLE, AgreementResult.Estimate::expectedDisagreement),
                    required("value", DOUBLE, AgreementResult.Estimate::value)),
                    v -> new AgreementResult.Estimate(v.get("coefficient"), v.getInt("units"), v.getInt("unitsLeftOut"),
                            v.getInt("raters"), v.getInt("pairableValues"), v.<Double>get("observedDisagreement"),
                            v.<Double>get("expectedDisagreement"), v.<Double>get("value"))),
            "undefined", ObjectCodec.withPrefix("undefined coefficient", OUTCOME_PREFIX,
                    PanelCodecs.<AgreementResult.Undefined>fields(PanelCodecs.<AgreementResult.Undefined>counts(),
                            required("reason", enumeration(UndefinedReason.class), AgreementResult.Undefined::reason)),
                    v -> new AgreementResult.Undefined(v.get("coefficient"), v.getInt("units"),
                            v.getInt("unitsLeftOut"), v.getInt("raters"), v.getInt("pairableValues"), v.get("reason")))),
            result -> result instanceof AgreementResult.Estimate ? "estimate" : "undefined");

    /** An interval as written: its figures, or none (the alpha beside it says why). */
    sealed interface IntervalEntry permits IntervalEntry.Figures, IntervalEntry.None {
        /** A percentile interval's own figures. */
        record Figures(double level, double lower, double upper, int draws, long seed, double shareBelowTentative,
                double shareBelowReliable) implements IntervalEntry {
        }

        /** No interval. */
        record None() implements IntervalEntry {
        }
    }

    static final Codec<IntervalEntry> INTERVAL = Variants.of("interval", "outcome", Map.of(
            "percentile", ObjectCodec.withPrefix("percentile interval", OUTCOME_PREFIX, fields(
                    required("level", DOUBLE, IntervalEntry.Figures::level),
                    required("lower", DOUBLE, IntervalEntry.Figures::lower),
                    required("upper", DOUBLE, IntervalEntry.Figures::upper),
                    required("draws", INT, IntervalEntry.Figures::draws),
                    required("seed", LONG, IntervalEntry.Figures::seed),
                    required("shareBelowTentative", DOUBLE, IntervalEntry.Figures::shareBelowTentative),
                    required("shareBelowReliable", DOUBLE, IntervalEntry.Figures::shareBelowReliable)),
                    v -> new IntervalEntry.Figures(v.<Double>get("level"), v.<Double>get("lower"),
                            v.<Double>get("upper"), v.getInt("draws"), v.<Long>get("seed"),
                            v.<Double>get("shareBelowTentative"), v.<Double>get("shareBelowReliable"))),
            "unavailable", ObjectCodec.withPrefix("unavailable interval", OUTCOME_PREFIX, fields(),
                    v -> new IntervalEntry.None())),
            entry -> entry instanceof IntervalEntry.Figures ? "percentile" : "unavailable");

    private static IntervalEntry entry(AlphaReport report) {
        if (report.interval() instanceof AlphaInterval.Percentile p) {
            return new IntervalEntry.Figures(p.level(), p.lower(), p.upper(), p.draws(), p.seed(),
                    p.shareBelowTentative(), p.shareBelowReliable());
        }
        return new IntervalEntry.None();
    }

    static final ObjectCodec<AlphaReport> ALPHA = ObjectCodec.of("alpha report", fields(
            required("alpha", RESULT, AlphaReport::alpha),
            required("interval", INTERVAL, PanelCodecs::entry)),
            PanelCodecs::alpha)
            .withRules(PanelRules::checkAlpha);

    private static AlphaReport alpha(ObjectCodec.Values v) {
        AgreementResult alpha = v.get("alpha");
        if (v.get("interval") instanceof IntervalEntry.Figures f) {
            AgreementResult.Estimate estimate = (AgreementResult.Estimate) alpha;
            return new AlphaReport(alpha, new AlphaInterval.Percentile(alpha.coefficient(), estimate.value(),
                    f.level(), f.lower(), f.upper(), f.draws(), f.seed(), f.shareBelowTentative(),
                    f.shareBelowReliable()));
        }
        return new AlphaReport(alpha, new AlphaInterval.Unavailable((AgreementResult.Undefined) alpha));
    }

    static final ObjectCodec<AgreementFigures> FIGURES = ObjectCodec.of("agreement figures", fields(
            required("scope", STRING, AgreementFigures::scope),
            required("units", INT, AgreementFigures::units),
            required("raters", INT, AgreementFigures::raters),
            required("pairableValues", INT, AgreementFigures::pairableValues),
            required("alphas", list(ALPHA), AgreementFigures::alphas),
            required("fleissKappa", RESULT, AgreementFigures::fleissKappa),
            required("cohenKappas", list(RESULT), AgreementFigures::cohenKappas),
            required("explanation", ResultCodecs.EXPLANATION, AgreementFigures::explanation)),
            v -> new AgreementFigures(v.get("scope"), v.getInt("units"), v.getInt("raters"),
                    v.getInt("pairableValues"), v.get("alphas"), v.get("fleissKappa"), v.get("cohenKappas"),
                    v.get("explanation")))
            .withRules(PanelRules::checkFigures);

    static final ObjectCodec<Bootstrap> BOOTSTRAP = ObjectCodec.of("bootstrap", fields(
            required("draws", INT, Bootstrap::draws),
            required("seed", LONG, Bootstrap::seed),
            required("level", DOUBLE, Bootstrap::level)),
            v -> Bootstrap.of(v.getInt("draws"), v.<Long>get("seed")).withLevel(v.<Double>get("level")));

    static final ObjectCodec<AgreementReport> AGREEMENT_REPORT = ObjectCodec.withPrefix("agreement report",
            DOCUMENT_PREFIX, fields(
                    required("instrument", ResultCodecs.INSTRUMENT_REF, AgreementReport::instrument),
                    required("scale", SCALE, AgreementReport::scale),
                    required("bootstrap", BOOTSTRAP, AgreementReport::bootstrap),
                    required("offered", BOOLEAN, AgreementReport::offered),
                    required("responses", LONG, AgreementReport::responses),
                    required("superseded", LONG, AgreementReport::superseded),
                    required("overall", FIGURES, AgreementReport::overall),
                    required("subjects", list(FIGURES), AgreementReport::subjects),
                    required("explanation", HEADLINE, AgreementReport::explanation)),
            PanelCodecs::report)
            .withRules(PanelRules::checkReport);

    /** The report's explanation: when offered, its parts are all subjects' figures, then each subject's. */
    private static AgreementReport report(ObjectCodec.Values v) {
        boolean offered = v.<Boolean>get("offered");
        AgreementFigures overall = v.get("overall");
        List<AgreementFigures> subjects = v.get("subjects");
        List<Explanation> parts = new ArrayList<>();
        if (offered) {
            parts.add(overall.explanation());
            subjects.forEach(s -> parts.add(s.explanation()));
        }
        return new AgreementReport(v.get("instrument"), v.get("scale"), v.get("bootstrap"), offered,
                v.<Long>get("responses"), v.<Long>get("superseded"), subjects, overall,
                withParts(v.get("explanation"), parts));
    }
}
