package org.engagementrubrics.json;

import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.agreement.AlphaInterval;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.agreement.Coefficient;
import org.engagementrubrics.core.raters.AgreementFigures;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.AlphaReport;
import org.engagementrubrics.core.raters.PanelScale;
import org.engagementrubrics.core.raters.SubjectConsensus;
import org.engagementrubrics.core.raters.UnitConsensus;
import org.engagementrubrics.core.raters.UnitSummary;
import org.engagementrubrics.core.raters.ValueKind;
import org.engagementrubrics.core.validation.ProblemCodes;

/**
 * The data rules of a {@code consensus} and an {@code agreement-report} that no field states alone, each
 * reported at the field that breaks it: counts are not negative and agree (a unit's values and missing values
 * are its subject's raters; a distribution has one count per category); each
 * coefficient is one that its place holds; an interval comes with an alpha estimate and the report's bootstrap.
 * Figures that need the data's arithmetic (an alpha, a median) are taken as written.
 */
final class PanelRules {

    private PanelRules() {
    }

    static void checkScale(ObjectCodec.Values values, Node node, Problems problems) {
        if (values.get("values") != ValueKind.RATING) {
            return;
        }
        List<String> categories = values.get("categories");
        for (int i = 0; i < categories.size(); i++) {
            if (!categories.get(i).matches("-?\\d{1,9}")) {
                problems.add(node.members.get("categories").elements.get(i), FormatCodes.INVALID_VALUE,
                        "category '" + categories.get(i) + "' is not a scale value; expected an integer for ratings");
            }
        }
    }

    static void checkSpread(ObjectCodec.Values values, Node node, Problems problems) {
        int range = values.getInt("highest") - values.getInt("lowest");
        if (values.getInt("range") != range) {
            problems.add(node.members.get("range"), FormatCodes.INVALID_VALUE, "'range' is " + values.getInt("range")
                    + "; expected highest - lowest (" + range + ")");
        }
        double iqr = values.<Double>get("upperQuartile") - values.<Double>get("lowerQuartile");
        if (values.<Double>get("interquartileRange") != iqr) {
            problems.add(node.members.get("interquartileRange"), FormatCodes.INVALID_VALUE, "'interquartileRange' is "
                    + values.<Double>get("interquartileRange") + "; expected upperQuartile - lowerQuartile (" + iqr + ")");
        }
    }

    static void checkUnit(ObjectCodec.Values values, Node node, Problems problems) {
        List<Integer> distribution = values.get("distribution");
        int sum = 0;
        for (int i = 0; i < distribution.size(); i++) {
            if (distribution.get(i) < 0) {
                problems.add(node.members.get("distribution").elements.get(i), FormatCodes.INVALID_VALUE,
                        "count is " + distribution.get(i) + "; expected a count, at least 0");
            }
            sum += distribution.get(i);
        }
        int n = values.getInt("n");
        if (n != sum) {
            problems.add(node.members.get("n"), FormatCodes.INVALID_VALUE, "'n' is " + n
                    + "; expected the sum of the distribution (" + sum + ")");
        }
        boolean none = values.get("summary") instanceof UnitSummary.Empty;
        if (none != (n == 0)) {
            problems.add(node.members.get("summary").members.get("kind"), FormatCodes.INVALID_VALUE, "summary kind is '"
                    + PanelCodecs.summaryKind(values.get("summary")) + "' for " + n + " values; expected 'none'"
                    + " exactly when no rater gave a value");
        }
    }

    static void checkSubject(ObjectCodec.Values values, Node node, Problems problems) {
        if (values.getInt("raters") < 0) {
            problems.add(node.members.get("raters"), FormatCodes.INVALID_VALUE, "'raters' is "
                    + values.getInt("raters") + "; expected a count, at least 0");
        }
    }

    static void checkConsensus(ObjectCodec.Values values, Node node, Problems problems) {
        checkResponses(values, node, problems);
        PanelScale scale = values.get("scale");
        List<SubjectConsensus> subjects = values.get("subjects");
        Node subjectNodes = node.members.get("subjects");
        for (int s = 0; s < subjects.size(); s++) {
            SubjectConsensus subject = subjects.get(s);
            Node at = subjectNodes.elements.get(s);
            if (s > 0 && subjects.get(s - 1).subjectId().compareTo(subject.subjectId()) >= 0) {
                problems.add(at.members.get("subjectId"), ProblemCodes.INCONSISTENT_ORDER, "'subjectId' is '"
                        + subject.subjectId() + "', not after '" + subjects.get(s - 1).subjectId()
                        + "'; expected the subjects sorted by id, each once");
            }
            for (int u = 0; u < subject.units().size(); u++) {
                UnitConsensus unit = subject.units().get(u);
                Node unitNode = at.members.get("units").elements.get(u);
                if (unit.distribution().size() != scale.categories().size()) {
                    problems.add(unitNode.members.get("distribution"), FormatCodes.INVALID_VALUE, "distribution has "
                            + unit.distribution().size() + " counts; expected one per category of the scale ("
                            + scale.categories().size() + ")");
                }
                int missing = unit.missing().values().stream().mapToInt(Integer::intValue).sum();
                if (unit.n() + missing != subject.raters()) {
                    problems.add(unitNode.members.get("n"), FormatCodes.INVALID_VALUE, "'n' is " + unit.n() + " with "
                            + missing + " missing; expected the values and missing values to be the subject's "
                            + subject.raters() + " raters");
                }
            }
        }
    }

    private static void checkResponses(ObjectCodec.Values values, Node node, Problems problems) {
        long responses = values.<Long>get("responses");
        long superseded = values.<Long>get("superseded");
        if (responses < 0) {
            problems.add(node.members.get("responses"), FormatCodes.INVALID_VALUE, "'responses' is " + responses
                    + "; expected a count, at least 0");
        } else if (superseded < 0 || superseded > responses) {
            problems.add(node.members.get("superseded"), FormatCodes.INVALID_VALUE, "'superseded' is " + superseded
                    + "; expected 0 to the responses (" + responses + ")");
        }
    }

    static void checkAlpha(ObjectCodec.Values values, Node node, Problems problems) {
        AgreementResult alpha = values.get("alpha");
        if (!alpha.coefficient().name().startsWith("ALPHA_")) {
            problems.add(node.members.get("alpha").members.get("coefficient"), FormatCodes.INVALID_VALUE,
                    "coefficient is '" + ValueCodecs.kindName(alpha.coefficient()) + "'; expected an alpha");
        }
        boolean figures = values.get("interval") instanceof PanelCodecs.IntervalEntry.Figures;
        if (figures != alpha instanceof AgreementResult.Estimate) {
            problems.add(node.members.get("interval").members.get("outcome"), FormatCodes.INVALID_VALUE,
                    "interval outcome is '" + (figures ? "percentile" : "unavailable") + "' for an alpha that is "
                            + (figures ? "undefined" : "an estimate") + "; expected "
                            + (figures ? "'unavailable'" : "'percentile'"));
        }
    }

    static void checkFigures(ObjectCodec.Values values, Node node, Problems problems) {
        for (String count : List.of("units", "raters", "pairableValues")) {
            if (values.getInt(count) < 0) {
                problems.add(node.members.get(count), FormatCodes.INVALID_VALUE, "'" + count + "' is "
                        + values.getInt(count) + "; expected a count, at least 0");
            }
        }
        AgreementResult fleiss = values.get("fleissKappa");
        if (fleiss.coefficient() != Coefficient.FLEISS_KAPPA) {
            problems.add(node.members.get("fleissKappa").members.get("coefficient"), FormatCodes.INVALID_VALUE,
                    "coefficient is '" + ValueCodecs.kindName(fleiss.coefficient()) + "'; expected 'fleiss-kappa'");
        }
        List<AgreementResult> cohen = values.get("cohenKappas");
        for (int i = 0; i < cohen.size(); i++) {
            if (!cohen.get(i).coefficient().name().startsWith("COHEN_KAPPA")) {
                problems.add(node.members.get("cohenKappas").elements.get(i).members.get("coefficient"),
                        FormatCodes.INVALID_VALUE, "coefficient is '" + ValueCodecs.kindName(cohen.get(i).coefficient())
                                + "'; expected a Cohen's kappa");
            }
        }
    }

    static void checkReport(ObjectCodec.Values values, Node node, Problems problems) {
        checkResponses(values, node, problems);
        PanelScale scale = values.get("scale");
        boolean offered = values.<Boolean>get("offered");
        if (offered != scale.offersAgreement()) {
            problems.add(node.members.get("offered"), FormatCodes.INVALID_VALUE, "'offered' is " + offered
                    + " for a " + scale.kind().kindName() + "; expected " + scale.offersAgreement()
                    + " (agreement is offered for every kind but a survey)");
        }
        List<AgreementFigures> subjects = values.get("subjects");
        if (!offered && !subjects.isEmpty()) {
            problems.add(node.members.get("subjects"), FormatCodes.INVALID_VALUE, "a report not offered has "
                    + subjects.size() + " subjects; expected none");
        }
        AgreementFigures overall = values.get("overall");
        if (!AgreementReport.ALL_SUBJECTS.equals(overall.scope())) {
            problems.add(node.members.get("overall").members.get("scope"), FormatCodes.INVALID_VALUE, "'scope' is '"
                    + overall.scope() + "'; expected '" + AgreementReport.ALL_SUBJECTS + "' for all subjects");
        }
        Bootstrap bootstrap = values.get("bootstrap");
        checkIntervals(overall, bootstrap, node.members.get("overall"), problems);
        for (int i = 0; i < subjects.size(); i++) {
            Node at = node.members.get("subjects").elements.get(i);
            if (AgreementReport.ALL_SUBJECTS.equals(subjects.get(i).scope())) {
                problems.add(at.members.get("scope"), FormatCodes.INVALID_VALUE, "'scope' is '"
                        + AgreementReport.ALL_SUBJECTS + "'; expected a subject's id");
            }
            checkIntervals(subjects.get(i), bootstrap, at, problems);
        }
    }

    private static void checkIntervals(AgreementFigures figures, Bootstrap bootstrap, Node node, Problems problems) {
        for (int i = 0; i < figures.alphas().size(); i++) {
            AlphaReport alpha = figures.alphas().get(i);
            if (alpha.interval() instanceof AlphaInterval.Percentile p) {
                Node interval = node.members.get("alphas").elements.get(i).members.get("interval");
                Map<String, Boolean> same = Map.of("draws", p.draws() == bootstrap.draws(), "seed",
                        p.seed() == bootstrap.seed(), "level", p.level() == bootstrap.level());
                for (String name : List.of("draws", "seed", "level")) {
                    if (!same.get(name)) {
                        problems.add(interval.members.get(name), FormatCodes.INVALID_VALUE, "'" + name
                                + "' differs from the report's bootstrap " + bootstrap + "; expected the same");
                    }
                }
            }
        }
    }
}
