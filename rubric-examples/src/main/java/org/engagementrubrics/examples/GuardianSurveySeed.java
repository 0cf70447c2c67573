package org.engagementrubrics.examples;

import static org.engagementrubrics.examples.SeedInstruments.VERSION;
import static org.engagementrubrics.examples.Transcription.erratum;
import static org.engagementrubrics.examples.Transcription.numberedStatements;
import static org.engagementrubrics.examples.Transcription.text;

import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;

/**
 * The guardian survey of "Engaging Families" (seed 004) in code: six statements rated on a four-point "how
 * true" scale, and the quarterly teacher-contact goal with the groups it is watched across.
 *
 * <p>{@link SeedInstruments#guardianSurvey()} describes the instrument and its erratum. This class holds no
 * state.
 */
final class GuardianSurveySeed {

    private GuardianSurveySeed() {
    }

    static Survey build() {
        RatingScale scale = RatingScale.of(
                ScalePoint.of(1, "Not at all true"),
                ScalePoint.of(2, "A little true"),
                ScalePoint.of(3, "Mostly true"),
                ScalePoint.of(4, "Completely true"));
        List<Statement> statements = numberedStatements("survey",
                "I know whom to reach out to at my child’s school if I have questions or concerns.",
                "I know how to contact my child’s teacher(s) if I have questions or concerns.",
                "I feel comfortable reaching out to my child’s teacher(s) if I have questions or concerns.",
                "The district/network is responsive to my feedback.",
                "I know whom to contact if my child has a problem accessing their online classes or schoolwork.",
                "I know how to help my child resolve technology problems when they arise.");
        ContactGoal goal = new ContactGoal("quarterly-teacher-contact",
                text("Ensure that 100% of families connect with their teachers. Set a goal of having each family"
                        + " hear from their child’s teacher at least once per quarter."),
                100, ContactPeriod.QUARTER, List.of(
                        new MonitoredGroup("racial-demographic-groups", text("racial demographic groups")),
                        new MonitoredGroup("students-with-ieps", text("students with IEPs")),
                        new MonitoredGroup("multilingual-learners", text("multilingual learners")),
                        new MonitoredGroup("free-reduced-lunch",
                                text("students who receive free and reduced lunch"))));
        List<Erratum> errata = List.of(
                erratum("response-scale-not-named", "scale",
                        "The seed suggests \"having guardians rate how true statements like these are for them\""
                                + " but names no response scale.",
                        "The prompt is \"How true is each statement for you?\" and the scale has four points:"
                                + " 1 \"Not at all true\", 2 \"A little true\", 3 \"Mostly true\", 4 \"Completely"
                                + " true\".",
                        "Ratings need an ordered scale; four points that ask only \"how true\" follow the seed's"
                                + " wording without adding a neutral middle."));
        return new Survey("guardian-survey", VERSION, text("Engaging Families"),
                new Source(text("The Playbook for Accelerating Learning"),
                        "California Collaborative for Educational Excellence",
                        "Engaging Families: Curated Tips for Partnering with Families"),
                errata, Extensions.empty(), text("How true is each statement for you?"), scale, statements,
                List.of(goal));
    }
}
