package org.engagementrubrics.examples;

import static org.engagementrubrics.examples.SeedInstruments.VERSION;
import static org.engagementrubrics.examples.Transcription.INACOL_BLOG_POST;
import static org.engagementrubrics.examples.Transcription.text;

import java.util.List;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;

/**
 * The Essential Personalized Learning School Conditions needs assessment (seed 000) in code: six conditions
 * on the seed's 1 to 4 scale, with the indicators and CCSSO citations the seed lists for Condition 4.
 *
 * <p>{@link SeedInstruments#schoolConditions()} describes the instrument. This class holds no state.
 */
final class SchoolConditionsSeed {

    private SchoolConditionsSeed() {
    }

    static ConditionsAssessment build() {
        RatingScale scale = RatingScale.of(
                ScalePoint.of(1, "Evidence that is in planning or beginning stages"),
                ScalePoint.of(2, "Partially in place"),
                ScalePoint.of(3, "In place across the school"),
                ScalePoint.of(4, "In place at a high level"));
        List<Condition> conditions = List.of(
                condition(1, "School Leadership & Vision"),
                condition(2, "Aligned District and School Autonomies"),
                condition(3, "Professional Collaborative Communities"),
                condition(4, "Family and Community Partnerships",
                        indicator(4, 1, "The school has opportunities, including groups, teams, and events, for"
                                        + " families and community members to serve in significant roles towards"
                                        + " fulfilling the school's vision/mission.",
                                ccsso("III.2.c")),
                        indicator(4, 2, "Families are informed of school-wide student achievement data and their"
                                        + " own child's data, and are included as partners in conversations about"
                                        + " how to improve outcomes. The school provides consistent opportunities"
                                        + " for families to attend parent/student/teacher conferences and student"
                                        + " presentations in which students are asked to reflect on their learning.",
                                ccsso("III.2.c.i"), ccsso("IV.2.b")),
                        indicator(4, 3, "The school has established substantial reciprocal community partnerships"
                                        + " which help address identified needs and support the achievement of the"
                                        + " vision/mission of the school.",
                                ccsso("III.2.c")),
                        indicator(4, 4, "The school implements culturally appropriate communication practices of"
                                + " the school, including printed materials in all major languages, to ensure that"
                                + " all prospective and current students and families understand the school's"
                                + " vision/mission and programs offered."),
                        indicator(4, 5, "There is a shared vision for personalized learning; teacher union,"
                                        + " parents, students, and other community stakeholders support the changes"
                                        + " necessary to implement personalized learning.",
                                ccsso("III.2.b&c"))),
                condition(5, "Cultural Relevance and Attention to Equity"),
                condition(6, "Campus Technology & Infrastructure"));
        return new ConditionsAssessment("school-conditions-personalized-learning", VERSION,
                text("Essential Personalized Learning School Conditions"),
                new Source(text("Essential Personalized Learning: Placing students at the center of their learning"),
                        "iNACOL Staff (2017)", INACOL_BLOG_POST),
                List.of(), Extensions.empty(),
                text("The goal of this needs assessment is to determine readiness for Personalized Learning and to"
                        + " support the strategic planning process."),
                scale, conditions);
    }

    private static Condition condition(int number, String name, Indicator... indicators) {
        return new Condition("c" + number, number, text(name), List.of(indicators), Extensions.empty());
    }

    private static Indicator indicator(int condition, int number, String text, Citation... citations) {
        return new Indicator("c" + condition + "-i" + number, number, text(text), List.of(citations),
                Extensions.empty());
    }

    private static Citation ccsso(String reference) {
        return Citation.of("CCSSO", reference);
    }
}
