package org.engagementrubrics.core.raters;

import org.engagementrubrics.core.internal.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.privacy.Disclosure;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.InstrumentRef;

/**
 * The aggregation of a panel: per subject and unit, the distribution of the raters' values, what is
 * missing and why, the median and spread of ordered values, the mean of ratings, the modal categories and
 * the raters far from the median.
 *
 * <pre>{@code
 * Consensus consensus = Consensus.of(panel);
 * String text = consensus.explanation().toText();      // or write it with RubricJson
 * }</pre>
 *
 * <p>Survey figures are per subject and obey the small-cell rule: with fewer respondents than its minimum a
 * subject's figures are withheld, and respondents are never named.
 *
 * @param instrument the instrument, not null
 * @param scale the scale of the values, not null
 * @param responses the responses added, superseded ones included
 * @param superseded the responses that did not count because their rater gave a later one for the subject
 * @param subjects the subjects, sorted by id, not null
 * @param explanation the whole result in words, not null
 */
public record Consensus(InstrumentRef instrument, PanelScale scale, long responses, long superseded,
        List<SubjectConsensus> subjects, Explanation explanation) {

    /**
     * Creates a consensus, copying the list of subjects.
     *
     * @param instrument the instrument, not null
     * @param scale the scale of the values, not null
     * @param responses the responses added, superseded ones included
     * @param superseded the responses that did not count because their rater gave a later one for the subject
     * @param subjects the subjects, sorted by id, not null
     * @param explanation the whole result in words, not null
     * @throws NullPointerException if a component or a list element is null
     * @throws IllegalArgumentException if a count is negative or {@code superseded} exceeds {@code responses}
     */
    public Consensus {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(scale, "scale");
        subjects = Arguments.copyOf(subjects, "subjects");
        Objects.requireNonNull(explanation, "explanation");
        if (responses < 0 || superseded < 0 || superseded > responses) {
            throw new IllegalArgumentException("responses, superseded: must be at least 0, superseded at most"
                    + " responses; were " + responses + ", " + superseded);
        }
    }

    /**
     * Obtains the aggregation of a panel, survey subjects withheld under the default small-cell rule.
     *
     * @param panel the panel, not null
     * @return the aggregation
     */
    public static Consensus of(Panel panel) {
        return of(panel, SmallCellRule.defaults());
    }

    /**
     * Obtains the aggregation of a panel.
     *
     * @param panel the panel, not null
     * @param smallCells the rule that withholds the figures of a survey subject with few respondents, not null
     * @return the aggregation
     */
    public static Consensus of(Panel panel, SmallCellRule smallCells) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(smallCells, "smallCells");
        PanelScale scale = panel.scale();
        boolean survey = scale.kind() == InstrumentKind.SURVEY;
        String who = survey ? "respondent" : "rater";
        List<SubjectConsensus> subjects = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        for (String subjectId : panel.subjects()) {
            SubjectValues values = panel.subject(subjectId).orElseThrow();
            int raters = values.raters().size();
            String count = raters + " " + who + (raters == 1 ? "" : "s");
            SubjectConsensus subject;
            if (survey && smallCells.isSmall(raters)) {
                subject = new SubjectConsensus(subjectId, raters,
                        new Disclosure.Withheld(subjectId, SuppressionReason.SMALL_GROUP), List.of(),
                        Explanation.of(subjectId + ": figures withheld: " + count + ", fewer than "
                                + smallCells.minimum() + " (small-cell rule)"));
            } else {
                List<UnitConsensus> units = new ArrayList<>();
                List<Explanation> unitParts = new ArrayList<>();
                for (int u = 0; u < panel.units().size(); u++) {
                    UnitConsensus unit = ConsensusFigures.of(scale, panel.units().get(u), values, u);
                    units.add(unit);
                    unitParts.add(unit.explanation());
                }
                List<String> details = survey ? List.of()
                        : List.of(who + "s: " + String.join(", ", values.raters()));
                subject = new SubjectConsensus(subjectId, raters, new Disclosure.Shown(subjectId, raters), units,
                        new Explanation(subjectId + ": " + count + ", " + units.size() + " units", details,
                                unitParts));
            }
            subjects.add(subject);
            parts.add(subject.explanation());
        }
        List<String> details = new ArrayList<>();
        details.add("scale (" + scale.values().name().toLowerCase(java.util.Locale.ROOT) + "): "
                + String.join(", ", scale.categories()));
        details.add(panel.responses() + " responses, " + panel.superseded()
                + " superseded by a later response of the same " + who + " for the same subject");
        if (survey) {
            details.add("respondents report their own experience: figures are aggregated, agreement is not"
                    + " computed; " + smallCells.describe());
        } else {
            details.add("median of an even number of values: the mean of the two middle ones; raters listed when"
                    + " " + ConsensusFigures.FAR + " or more ordered steps from the median");
        }
        Explanation explanation = new Explanation("Aggregate of " + panel.instrument().id() + " "
                + panel.instrument().version() + ": " + subjects.size()
                + (subjects.size() == 1 ? " subject" : " subjects"), details, parts);
        return new Consensus(panel.instrument(), scale, panel.responses(), panel.superseded(), subjects,
                explanation);
    }
}
