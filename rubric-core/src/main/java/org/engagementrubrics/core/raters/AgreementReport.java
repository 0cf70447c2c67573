package org.engagementrubrics.core.raters;

import org.engagementrubrics.core.internal.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.agreement.AlphaInterval;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.agreement.KappaWeights;
import org.engagementrubrics.core.agreement.Metric;
import org.engagementrubrics.core.agreement.RatingValue;
import org.engagementrubrics.core.agreement.ReliabilityData;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.InstrumentRef;

/**
 * How far a panel's raters agree, per subject and across all subjects, with the coefficients that suit the
 * instrument kind: ordinal alpha for stages, matrix columns and statuses (and nominal alpha for a matrix),
 * ordinal and interval alpha for ratings, nominal alpha for checklists; each alpha with its bootstrapped
 * interval; Fleiss' kappa when the data qualify; Cohen's kappa only with exactly two raters.
 *
 * <pre>{@code
 * AgreementReport report = AgreementReport.of(panel, Bootstrap.defaults());
 * String text = report.explanation().toText();
 * }</pre>
 *
 * <p>Surveys are not offered agreement: respondents report their own experience, so their differences are
 * not disagreement; such a report has no figures and says so.
 *
 * @param instrument the instrument, not null
 * @param scale the scale of the values, not null
 * @param bootstrap the draws, seed and level of the intervals, not null
 * @param offered false for a survey
 * @param responses the responses added, superseded ones included
 * @param superseded the responses that did not count because their rater gave a later one for the subject
 * @param subjects the figures per subject, sorted by id, not null
 * @param overall the figures of all subjects together (units subject × unit), not null
 * @param explanation the whole report in words, not null
 */
public record AgreementReport(InstrumentRef instrument, PanelScale scale, Bootstrap bootstrap, boolean offered,
        long responses, long superseded, List<AgreementFigures> subjects, AgreementFigures overall,
        Explanation explanation) {

    /** The scope of the figures of all subjects together. */
    public static final String ALL_SUBJECTS = "*";

    /**
     * Creates a report, copying the list of subjects.
     *
     * @param instrument the instrument, not null
     * @param scale the scale of the values, not null
     * @param bootstrap the draws, seed and level of the intervals, not null
     * @param offered false for a survey
     * @param responses the responses added, superseded ones included
     * @param superseded the responses that did not count because their rater gave a later one for the subject
     * @param subjects the figures per subject, sorted by id, not null
     * @param overall the figures of all subjects together (units subject × unit), not null
     * @param explanation the whole report in words, not null
     * @throws NullPointerException if a component or a list element is null
     */
    public AgreementReport {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(bootstrap, "bootstrap");
        subjects = Arguments.copyOf(subjects, "subjects");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Obtains the agreement report of a panel.
     *
     * @param panel the panel, not null
     * @param bootstrap the draws, seed and level of the intervals, not null
     * @return the report
     */
    public static AgreementReport of(Panel panel, Bootstrap bootstrap) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(bootstrap, "bootstrap");
        PanelScale scale = panel.scale();
        List<String> header = new ArrayList<>();
        header.add(panel.responses() + " responses, " + panel.superseded()
                + " superseded by a later response of the same rater for the same subject");
        String title = "Agreement on " + panel.instrument().id() + " " + panel.instrument().version();
        if (!scale.offersAgreement()) {
            String why = "not offered for a survey: respondents report their own experience, so their differences"
                    + " are not disagreement";
            AgreementFigures none = new AgreementFigures(ALL_SUBJECTS, 0, 0, 0, List.of(),
                    ReliabilityData.builder(0).build().fleissKappa(), List.of(), Explanation.of("Agreement " + why));
            header.add("agreement is " + why);
            return new AgreementReport(panel.instrument(), scale, bootstrap, false, panel.responses(),
                    panel.superseded(), List.of(), none, new Explanation(title + ": not offered", header, List.of()));
        }
        List<AgreementFigures> subjects = new ArrayList<>();
        TreeSet<String> allRaters = new TreeSet<>();
        for (String subjectId : panel.subjects()) {
            SubjectValues values = panel.subject(subjectId).orElseThrow();
            allRaters.addAll(values.raters());
            subjects.add(figures(subjectId, scale, data(panel, List.of(values), values.raters()), bootstrap));
        }
        List<SubjectValues> every = new ArrayList<>();
        panel.subjects().forEach(id -> every.add(panel.subject(id).orElseThrow()));
        AgreementFigures overall = figures(ALL_SUBJECTS, scale, data(panel, every, List.copyOf(allRaters)),
                bootstrap);
        header.add("bootstrap: " + bootstrap.draws() + " draws, seed " + bootstrap.seed() + ", level "
                + ConsensusFigures.number(bootstrap.level()));
        header.add("reading alpha (Krippendorff, Content Analysis, 2004/2013): rely on α ≥ .800; .667 ≤ α < .800"
                + " for tentative conclusions only; below .667 discard");
        List<Explanation> parts = new ArrayList<>();
        parts.add(overall.explanation());
        subjects.forEach(s -> parts.add(s.explanation()));
        return new AgreementReport(panel.instrument(), scale, bootstrap, true, panel.responses(),
                panel.superseded(), subjects, overall, new Explanation(title + ": " + subjects.size()
                        + (subjects.size() == 1 ? " subject" : " subjects"), header, parts));
    }

    private static ReliabilityData data(Panel panel, List<SubjectValues> subjects, List<String> raters) {
        PanelScale scale = panel.scale();
        ReliabilityData.Builder builder = ReliabilityData.builder(raters.size());
        for (SubjectValues values : subjects) {
            int[] column = new int[raters.size()];
            for (int r = 0; r < raters.size(); r++) {
                column[r] = values.raters().indexOf(raters.get(r));
            }
            for (int u = 0; u < panel.units().size(); u++) {
                RatingValue[] unit = new RatingValue[raters.size()];
                for (int r = 0; r < raters.size(); r++) {
                    int own = column[r];
                    if (own >= 0 && values.hasValue(u, own)) {
                        int position = values.position(u, own);
                        unit[r] = scale.values() == ValueKind.NOMINAL ? RatingValue.category(scale.category(position))
                                : RatingValue.of(scale.number(position));
                    }
                }
                builder.unit(unit);
            }
        }
        return builder.build();
    }

    private static AgreementFigures figures(String scope, PanelScale scale, ReliabilityData data, Bootstrap bootstrap) {
        List<Metric> metrics;
        List<KappaWeights> weights;
        switch (scale.kind()) {
            case ARCHETYPE_MATRIX:
                metrics = List.of(Metric.ORDINAL, Metric.NOMINAL);
                weights = List.of(KappaWeights.LINEAR, KappaWeights.UNWEIGHTED);
                break;
            case CONDITIONS_ASSESSMENT:
                metrics = List.of(Metric.ORDINAL, Metric.INTERVAL);
                weights = List.of(KappaWeights.QUADRATIC);
                break;
            case CHECKLIST:
                metrics = List.of(Metric.NOMINAL);
                weights = List.of(KappaWeights.UNWEIGHTED);
                break;
            default:
                metrics = List.of(Metric.ORDINAL);
                weights = List.of(KappaWeights.LINEAR);
                break;
        }
        List<AlphaReport> alphas = new ArrayList<>();
        List<Explanation> lines = new ArrayList<>();
        int pairable = 0;
        for (Metric metric : metrics) {
            AgreementResult alpha = data.alpha(metric);
            AlphaInterval interval = data.alphaInterval(metric, bootstrap);
            alphas.add(new AlphaReport(alpha, interval));
            pairable = alpha.pairableValues();
            lines.add(Explanation.of(alpha.explanation(), interval instanceof AlphaInterval.Percentile
                    ? interval.explanation() : "no bootstrap interval"));
        }
        AgreementResult fleiss = data.fleissKappa();
        lines.add(Explanation.of(fleiss.explanation()));
        List<AgreementResult> cohen = new ArrayList<>();
        if (data.raters() == 2) {
            for (KappaWeights weight : weights) {
                AgreementResult kappa = data.cohenKappa(weight);
                cohen.add(kappa);
                lines.add(Explanation.of(kappa.explanation()));
            }
        }
        String name = ALL_SUBJECTS.equals(scope) ? "All subjects (units are subject × unit)" : scope;
        Explanation explanation = new Explanation(name + ": " + data.units() + " units, " + data.raters()
                + (data.raters() == 1 ? " rater, " : " raters, ") + pairable + " pairable values", List.of(), lines);
        return new AgreementFigures(scope, data.units(), data.raters(), pairable, alphas, fleiss, cohen, explanation);
    }
}
