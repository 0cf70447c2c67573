package org.engagementrubrics.examples;

import static org.engagementrubrics.examples.SeedInstruments.EXPANSION;
import static org.engagementrubrics.examples.SeedInstruments.EXPLORATION;
import static org.engagementrubrics.examples.SeedInstruments.INTEGRATION;
import static org.engagementrubrics.examples.SeedInstruments.INTEGRATION_AS_PRINTED;
import static org.engagementrubrics.examples.SeedInstruments.INTEGRATION_SECOND_ROW;
import static org.engagementrubrics.examples.SeedInstruments.VERSION;
import static org.engagementrubrics.examples.Transcription.INACOL_BLOG_POST;
import static org.engagementrubrics.examples.Transcription.cell;
import static org.engagementrubrics.examples.Transcription.erratum;
import static org.engagementrubrics.examples.Transcription.text;

import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;

/**
 * The Family and Community Engagement Standards rubric (seed 000) in code: eight standards, each with a title,
 * an intent and one cell of statements per stage.
 *
 * <p>The valid copy and the copy as printed differ only in the stage that holds Standard 1's fourth row and
 * in the erratum that records it; {@link SeedInstruments#familyEngagementRubric()} and
 * {@link SeedInstruments#familyEngagementRubricAsPrinted()} describe both. This class holds no state.
 */
final class FamilyEngagementRubricSeed {

    private FamilyEngagementRubricSeed() {
    }

    /**
     * Builds the valid copy, with Standard 1's fourth row on stage {@value SeedInstruments#INTEGRATION_SECOND_ROW}.
     *
     * @return a new, valid rubric
     */
    static StagedRubric valid() {
        return build(Stage.of(INTEGRATION_SECOND_ROW, 4, "Integration (second row)"),
                List.of(erratum("std1-duplicate-stage-3", "standards[0].cells[3]",
                        "The seed labels both the third and fourth rows of Standard 1 \"STAGE 3 INTEGRATION\".",
                        "The third row stays on stage \"integration\"; the fourth row is placed on a fourth stage"
                                + " \"integration-second-row\" (position 4, label \"Integration (second row)\"),"
                                + " which only Standard 1 uses.",
                        "Stage labels must be distinct for placement; the seed's row order is kept.")));
    }

    /**
     * Builds the copy as printed, with Standard 1's fourth row on a second stage at position 3.
     *
     * @return a new rubric that does not validate
     */
    static StagedRubric asPrinted() {
        return build(Stage.of(INTEGRATION_AS_PRINTED, 3, "Integration"), List.of());
    }

    private static StagedRubric build(Stage standard1FourthRow, List<Erratum> errata) {
        List<Stage> stages = List.of(
                Stage.of(EXPLORATION, 1, "Exploration"),
                Stage.of(EXPANSION, 2, "Expansion"),
                Stage.of(INTEGRATION, 3, "Integration"),
                standard1FourthRow);
        List<Standard> standards = List.of(
                standard(1,
                        "The school provides a welcoming and engaging environment for all families.",
                        "Families and students are active participants in the life of the school; and feel"
                                + " welcomed, valued, and connected to each other, to school staff, and to what"
                                + " students are learning and doing in class.",
                        cell(EXPLORATION, "s1-exploration",
                                "Families perceive the school as a fortress.",
                                "Teachers believe families are not capable of helping their children with school work.",
                                "Teachers believe parents do not value education."),
                        cell(EXPANSION, "s1-expansion",
                                "Teachers do not believe it is their job to reach out and collaborate with families.",
                                "Teachers believe barriers are too great for families to be involved.",
                                "School personnel do not receive professional development in family engagement."),
                        cell(INTEGRATION, "s1-integration",
                                "While families believe the school cares, it appears that the school has too many"
                                        + " other priorities to pay attention to and invest in family engagement.",
                                "Teachers believe families want to be involved but they think families are too busy"
                                        + " and face too many personal issues that prevent them from partnering with"
                                        + " teachers.",
                                "Teachers make repeated efforts to invite families to school events but only some"
                                        + " families are willing to attend.",
                                "The district/school leadership team believes family engagement is important, but"
                                        + " not a priority.",
                                "School personnel do not receive professional development in family engagement."),
                        cell(standard1FourthRow.id(), "s1-integration-second-row",
                                "Families believe the school is committed to engaging all families and makes it a"
                                        + " priority.",
                                "Teachers believe that all families, if treated respectfully and given the"
                                        + " necessary information, tools, and strategies, can be meaningfully engaged"
                                        + " and make great contributions toward student learning and achievement.",
                                "The district/school has adopted a research-based model of parent-teacher"
                                        + " collaboration focused on academics and uses implementation outcomes in"
                                        + " evaluating teacher and administrator effectiveness.",
                                "Teachers are unwavering in ensuring that every student's family is engaged in its"
                                        + " student's success.",
                                "The school is persistent and creative in reaching all families.",
                                "The district/school leadership team believes family engagement is a critical"
                                        + " factor in student academic success.",
                                "All school staff participate in research-based professional development focused on"
                                        + " best practices and desired outcomes for family engagement in education.",
                                "Teachers are provided paid planning time to organize effective classroom parent"
                                        + " meetings.",
                                "The school has a parent resource room equipped with computers, books, and home"
                                        + " learning activities and materials.",
                                "Front office staff are informed, attentive, polite, and helpful to all families"
                                        + " and visitors who enter the school.",
                                "The school building is clean and well lit, and proper signage directs families and"
                                        + " visitors.",
                                "Parent parking is available close to the front office.")),
                standard(2,
                        "Every family is personally invited by the classroom teacher to participate in"
                                + " student-centered activities linked to academic achievement.",
                        "Families are invited and highly encouraged to participate in student-centered activities"
                                + " organized by the school faculty. The families' role and responsibilities are"
                                + " clearly outlined and explained.",
                        cell(EXPLORATION, "s2-exploration",
                                "School flyers are sent home to families before each event.",
                                "Events are advertised as they come up.",
                                "Teachers hope parents attend, but expect a poor turnout.",
                                "Students are not fully aware of the details of the events their parents are"
                                        + " invited to attend."),
                        cell(EXPANSION, "s2-expansion",
                                "School flyers are sent home to families a week before an event.",
                                "Reminder flyers are sent home with students several days before the event.",
                                "The teacher hopes parents attend.",
                                "Students are made aware of the details of the parent classroom event and are"
                                        + " highly encouraged to ensure their parents are present."),
                        cell(INTEGRATION, "s2-integration",
                                "Out of respect for parents' time, schools prioritize the number and type of school"
                                        + " events for parents, giving priority to student-centered, academically"
                                        + " focused events.",
                                "The teacher writes a personal invitation letter to parents to ensure that they are"
                                        + " well aware of the event's importance.",
                                "The teacher follows up with a phone call to ensure that parents understand the"
                                        + " importance of their attendance to the classroom event.",
                                "Events are planned for the entire year, giving families time to organize their"
                                        + " calendars.",
                                "The teacher extends an invitation to other family members or caretakers when"
                                        + " parents are unable to participate.",
                                "The teacher briefs students on the information that will be shared with parents.",
                                "The teacher holds students responsible for encouraging their parents to attend"
                                        + " classroom event.",
                                "The teacher sends emails, text messages, tweets, or other forms of communication"
                                        + " reminding parents of the important event.",
                                "The teacher expects all families to attend the event.",
                                "The teacher does a home visit with families who were unable to attend the"
                                        + " classroom event.")),
                standard(3,
                        "Families have regular access to clear and actionable student performance data.",
                        "Schools share aggregate and individual student performance data with families regularly to"
                                + " define and explain expected grade-level performance. Data are presented in an"
                                + " explicit, simple, and straightforward manner so that all families can understand"
                                + " and use the data to take action on behalf of their student.",
                        cell(EXPLORATION, "s3-exploration",
                                "Report cards are sent home quarterly.",
                                "The teacher reviews student performance and behavior at parent-teacher conferences."),
                        cell(EXPANSION, "s3-expansion",
                                "Report cards are sent home quarterly.",
                                "The teacher reviews student performance and behavior at parent-teacher conferences.",
                                "Student folders with graded work are sent home weekly.",
                                "The school schedules, and teachers are present for, student-led conferences."),
                        cell(INTEGRATION, "s3-integration",
                                "Parent-friendly report cards are sent home quarterly.",
                                "Student folders with graded work and comments for parents are sent home weekly.",
                                "The teacher uses parent-friendly graphs to review and explain whole-class and"
                                        + " individual student performance on assessments at the beginning of each"
                                        + " quarter with all families in the classroom.",
                                "Parents understand how their student performs on assessments compared to their"
                                        + " classroom peers and are given specific strategies for academic"
                                        + " improvement.",
                                "Parents set short- and long-term academic goals based on the formative assessments"
                                        + " shared by the teacher.",
                                "Students in middle and high school participate in setting their own academic goals"
                                        + " in collaboration with parents and teachers.",
                                "The teacher provides parents with feedback and updates on student academic goal"
                                        + " progress based on formative assessments.")),
                standard(4,
                        "Teachers and families set and evaluate short-term and long-term student academic goals.",
                        "Based on up-to-date aggregate and individual student performance data, families, teachers,"
                                + " and students collaboratively set academic goals and create individual student"
                                + " action plans that expand student learning opportunities beyond the classroom.",
                        cell(EXPLORATION, "s4-exploration",
                                "The teacher and families do not set student academic goals together.",
                                "The teacher tell parents they are available to talk if the parents make an"
                                        + " appointment."),
                        cell(EXPANSION, "s4-expansion",
                                "The teacher and some families talk about student learning and student progress"
                                        + " informally.",
                                "The teacher tells parents they are available to talk if the parents make an"
                                        + " appointment, and they provide parents with contact information.",
                                "The teacher makes general suggestions to parents on reading materials and"
                                        + " activities to practice at home."),
                        cell(INTEGRATION, "s4-integration",
                                "The teacher makes sure every family in their classroom understands its student's"
                                        + " performance progress, and they give specific, time-bound activities and"
                                        + " materials to practice at home.",
                                "The teacher sets individual appointments with parents and students to create"
                                        + " individualized student learning plans; they also review progress and"
                                        + " collaborate on next steps toward meeting new goals specified by the"
                                        + " student's learning plan.",
                                "The teacher makes clear to parents that student learning and performance are a"
                                        + " shared responsibility and that through collaboration and learning support"
                                        + " at home students can be more successful in school.",
                                "The teacher participates in professional development that builds their capacity to"
                                        + " successfully engage families.")),
                standard(5,
                        "All families are provided with the necessary information, strategies, and tools to be"
                                + " meaningfully engaged in grade-level student learning.",
                        "Families and school staff continuously collaborate to support student learning and healthy"
                                + " development both at home and school, and have regular opportunities to strengthen"
                                + " their knowledge and skills to do so effectively. School staff ensure that"
                                + " families gain the necessary skills and confidence to support student learning at"
                                + " home.",
                        cell(EXPLORATION, "s5-exploration",
                                "Parents are invited to attend schoolwide workshops on different topics.",
                                "Parents are invited to attend schoolwide Title I meetings."),
                        cell(EXPANSION, "s5-expansion",
                                "Parents are invited to attend schoolwide workshops on different topics.",
                                "Parents are invited to attend schoolwide Title I meetings.",
                                "Parents are invited to participate in school-sponsored classes (such as literacy,"
                                        + " technology, safety, nutrition).",
                                "Parents are invited to attend monthly meetings with the principal."),
                        cell(INTEGRATION, "s5-integration",
                                "Parents are invited to attend classroom meetings, led by the teacher and focused"
                                        + " on grade-level student learning goals.",
                                "The teacher shares and explain whole-class and individual student performance"
                                        + " data, coach parents on setting short and long-term academic goals,"
                                        + " provide coaching and practice time on activities to use at home, and"
                                        + " provide parents with take-home practice materials.",
                                "The teacher reminds all parents in the classroom that student learning and"
                                        + " achievement is a shared responsibility between home and school, and"
                                        + " teachers model high expectations.",
                                "The teacher helps families understand how to create a rich, structured, and"
                                        + " supportive learning environment at home that supports high achievement.",
                                "The teacher provides families with specific academic goals, activities, and"
                                        + " materials to practice over the summer to prevent summer learning loss and"
                                        + " help prepare students for the next grade level.",
                                "The teacher offers additional assistance and coaching to individual families with"
                                        + " specific needs.",
                                "The teacher helps all families feel part of a committed classroom learning"
                                        + " community focused on making every student successful.",
                                "The teacher requests parent classroom volunteers to assist in all areas of"
                                        + " classroom activity.",
                                "Parents are invited to attend schoolwide Title I meetings and are informed on how"
                                        + " their student can benefit from targeted funding services.",
                                "Parents are invited to participate in classes sponsored by expert community"
                                        + " partners (such as literacy, GED, technology, safety, nutrition).",
                                "Parents are invited to attend monthly meetings with the principal to discuss"
                                        + " school academic improvement goals and progress toward meeting those goals"
                                        + " using facts and data.")),
                standard(6,
                        "The school creates opportunities for families and teachers to develop trusting and"
                                + " collaborative relationships.",
                        "Schools provide teachers and staff with regular professional development that builds"
                                + " capacity to develop meaningful relationships based on trust and mutual respect."
                                + " Schools create opportunities for teachers and families to communicate and"
                                + " collaborate in ways that build a strong community.",
                        cell(EXPLORATION, "s6-exploration",
                                "Formal opportunities for parents and teachers to communicate are the school's open"
                                        + " house event and parent-teacher conferences.",
                                "The teacher sends notes home when there is bad news to report."),
                        cell(EXPANSION, "s6-expansion",
                                "Formal opportunities for parents and teachers to communicate are the school's open"
                                        + " house event and parent-teacher conferences.",
                                "The teacher sets individual appointments with families when there is bad news to"
                                        + " report.",
                                "The teacher contacts parents to share academic improvement and positive changes in"
                                        + " behavior."),
                        cell(INTEGRATION, "s6-integration",
                                "The district/school adopts a research-based model of parent-teacher collaboration"
                                        + " focused on academics, and implementation outcomes are used in evaluating"
                                        + " teacher and administrator effectiveness.",
                                "The school provides parent-child kindergarten readiness classes to ensure that"
                                        + " parents gain the necessary knowledge and skills to prepare their children"
                                        + " for school success.",
                                "The teacher schedules classroom team meetings with all families together to"
                                        + " promote relationship building, collaboration, idea sharing, and mutual"
                                        + " support.",
                                "Parents feel part of a classroom community focused on high academic expectations"
                                        + " and mutual support.",
                                "Parents, teachers, and students feel they are members of a collaborative team.")),
                standard(7,
                        "The school partners with community agencies and organizations that assist the school in"
                                + " meeting its improvement goals.",
                        "Families, school staff, and students, as appropriate, collaborate with community members"
                                + " and community partners to connect students, families, and staff to expanded"
                                + " learning opportunities, community services, and civic participation. Schools"
                                + " invite key community partners to assist in reaching school improvement goals.",
                        cell(EXPLORATION, "s7-exploration",
                                "Community partners and school officials coexist, but do not regularly plan or"
                                        + " discuss progress toward established goals.",
                                "Community partners and school officials compete for parent attendance at events"
                                        + " due to lack of common planning."),
                        cell(EXPANSION, "s7-expansion",
                                "Partnerships are actively maintained.",
                                "Community partners and school officials meet once or twice a year to collaborate"
                                        + " on mutually agreed-upon annual plans.",
                                "Community partners and school officials collaborate on an annual calendar,"
                                        + " preventing events that compete for parent attendance and participation.",
                                "Community partners are actively engaged in the life of the school, and families"
                                        + " are aware of what the partners can offer in the way of expert assistance."),
                        cell(INTEGRATION, "s7-integration",
                                "Community partners and school officials actively pursue collaboration, because the"
                                        + " needs of the students and families and the partner's expertise are a"
                                        + " match.",
                                "Community partner and school officials meet regularly to ensure progress is made"
                                        + " on mutually developed annual plans.",
                                "Community partners are actively engaged in the life of the school, and families"
                                        + " are aware and understand what the partners can offer in the way of expert"
                                        + " assistance.",
                                "All school community partners know one another and collaborate to develop"
                                        + " well-orchestrated service plans and outcomes.",
                                "Business and community partners highly value the academic achievement of their"
                                        + " employees' children and they demonstrate it in their company's evaluation"
                                        + " procedures and policies.")),
                standard(8,
                        "The district adopts performance evaluations, policies, and procedures that support"
                                + " high-impact family engagement efforts.",
                        "The district school board, superintendent, and district leadership team study current"
                                + " research in family engagement, understand best practices, and set high standards"
                                + " for school-based family engagement program implementation and outcomes.",
                        cell(EXPLORATION, "s8-exploration",
                                "Parent-teacher conferences are not outcome oriented and differ in quality and"
                                        + " effectiveness from classroom to classroom.",
                                "A Title I school has a generic school-parent compact that all families sign once a"
                                        + " year."),
                        cell(EXPANSION, "s8-expansion",
                                "Parent-teacher conferences are student-led and have guidelines and outcome"
                                        + " expectations for which teachers and parents are accountable.",
                                "A Title I school has a school-parent compact that is developed collaboratively"
                                        + " with parents and is updated and improved every year."),
                        cell(INTEGRATION, "s8-integration",
                                "The district/school adopts a research-based model of parent-teacher collaboration"
                                        + " focused on academics, and implementation outcomes are used in evaluating"
                                        + " teacher and administrator effectiveness.",
                                "The district/school employs a parent liaison or family engagement coach.",
                                "A district administrator is responsible for overseeing all family engagement"
                                        + " efforts and outcomes.",
                                "A Title I school has a school-parent compact that is academically focused,"
                                        + " grade-level specific, developed collaboratively with parents, and updated"
                                        + " and improved every year.",
                                "All district/school staff members participate in family engagement professional"
                                        + " development at least once a year.",
                                "The teacher has paid planning time to organize effective classroom parent meetings.",
                                "Funding sources are strategically allocated to ensure development and alignment of"
                                        + " resources to impact effective family engagement practices.")));
        return new StagedRubric("family-engagement-rubric", VERSION,
                text("Family and Community Engagement Standards - Rubric"),
                new Source(text("Improving Schools Through High-Impact Family Engagement Practices"),
                        "iNACOL Staff (2017)", INACOL_BLOG_POST),
                errata, Extensions.empty(), stages, standards);
    }

    private static Standard standard(int number, String title, String intent, Cell... cells) {
        return new Standard("standard-" + number, number, text(title), text(intent), List.of(cells),
                Extensions.empty());
    }
}
