package org.engagementrubrics.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictDimension;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileCondition.Comparison;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * The six seed instruments, transcribed from their plain-text seeds with the public API of rubric-core.
 *
 * <p>Every factory method builds a new instrument, version {@value #VERSION}, with English texts. Statement
 * and item texts are the seed's own words; only white space and bullet characters ({@code •}, {@code »},
 * {@code >}, {@code -}, {@code **}) are normalized. Where this copy departs from its seed it says so in an
 * {@link Erratum}. All instruments but {@link #familyEngagementRubricAsPrinted()} are valid:
 * {@code RubricValidator.create().validate(instrument)} is empty.
 *
 * <p>Ids are short and stable: statements are numbered within their cell ({@code s2-exploration-1},
 * {@code br-partnership-2}), indicators within their condition ({@code c4-i1}), questions are named after
 * their label ({@code q-pace}) and look-fors and survey statements are numbered ({@code look-1},
 * {@code survey-1}).
 *
 * <p>This class is thread-safe: it holds no state.
 */
public final class SeedInstruments {

    /** The content version of every seed instrument. */
    public static final String VERSION = "1.0.0";

    // ----- stage ids of the Family Engagement Rubric ---------------------------------------------

    /** The id of stage 1, "Exploration". */
    public static final String EXPLORATION = "exploration";
    /** The id of stage 2, "Expansion". */
    public static final String EXPANSION = "expansion";
    /** The id of stage 3, "Integration". */
    public static final String INTEGRATION = "integration";
    /** The id of the stage that holds Standard 1's second "STAGE 3 INTEGRATION" row in the valid rubric. */
    public static final String INTEGRATION_SECOND_ROW = "integration-second-row";
    /** The id of the stage that holds Standard 1's second "STAGE 3 INTEGRATION" row as printed. */
    public static final String INTEGRATION_AS_PRINTED = "integration-as-printed";

    // ----- archetype ids of the 4 Versions of Family-School Partnerships -------------------------

    /** The id of the Partnership School archetype (rank 4). */
    public static final String PARTNERSHIP = "partnership";
    /** The id of the Open-Door School archetype (rank 3). */
    public static final String OPEN_DOOR = "open-door";
    /** The id of the Come-if-We-Call School archetype (rank 2). */
    public static final String COME_IF_WE_CALL = "come-if-we-call";
    /** The id of the Fortress School archetype (rank 1). */
    public static final String FORTRESS = "fortress";

    private static final String INACOL_BLOG_POST = "As reproduced in \"How Can Families and Communities Support"
            + " Personalized Learning?\", posted March 20, 2017 in New Learning Models by iNACOL Staff (the fourth"
            + " blog in the series What's Possible with Personalized Learning?)";

    private SeedInstruments() {
    }

    /**
     * Returns the six valid seed instruments, in seed order: the Family Engagement Rubric, the 4 Versions
     * of Family-School Partnerships, the School Conditions, the district indicator, the student-centered
     * checklist and the guardian survey.
     *
     * @return a new list of new instruments
     */
    public static List<Instrument> all() {
        return List.of(familyEngagementRubric(), fourVersions(), schoolConditions(), districtIndicators(),
                studentCenteredChecklist(), guardianSurvey());
    }

    // ===== Family and Community Engagement Standards - Rubric (seed 000) ==========================

    /**
     * Returns the Family and Community Engagement Standards rubric ("Improving Schools Through High-Impact
     * Family Engagement Practices"): 8 standards on the stages Exploration, Expansion and Integration.
     *
     * <p>The seed labels both the third and the fourth row of Standard 1 "STAGE 3 INTEGRATION". In this
     * valid copy the third row stays on stage {@value #INTEGRATION} and the fourth goes to a fourth stage
     * {@value #INTEGRATION_SECOND_ROW} (position 4, "Integration (second row)") that only Standard 1 uses;
     * erratum {@code std1-duplicate-stage-3} records it. Standards 1 and 7 lost their bullets in the seed:
     * their statements are split at the seed's sentence boundaries, one sentence per statement. Statements
     * the seed repeats word for word across stages (Standards 1, 3, 5 and 6) are kept, each with its own id.
     *
     * @return a new, valid rubric
     */
    public static StagedRubric familyEngagementRubric() {
        return familyEngagementRubric(Stage.of(INTEGRATION_SECOND_ROW, 4, "Integration (second row)"),
                List.of(erratum("std1-duplicate-stage-3", "standards[0].cells[3]",
                        "The seed labels both the third and fourth rows of Standard 1 \"STAGE 3 INTEGRATION\".",
                        "The third row stays on stage \"integration\"; the fourth row is placed on a fourth stage"
                                + " \"integration-second-row\" (position 4, label \"Integration (second row)\"),"
                                + " which only Standard 1 uses.",
                        "Stage labels must be distinct for placement; the seed's row order is kept.")));
    }

    /**
     * Returns the rubric with Standard 1 exactly as printed: its fourth row sits on a stage
     * {@value #INTEGRATION_AS_PRINTED} with position 3 and label "Integration", the same as stage
     * {@value #INTEGRATION}. This copy is deliberately invalid: validation reports {@code duplicate-label}
     * at {@code stages[3].label} and {@code inconsistent-order} at {@code stages[3].position}. Everything
     * else is identical to {@link #familyEngagementRubric()}, statement ids included.
     *
     * @return a new rubric that does not validate
     */
    public static StagedRubric familyEngagementRubricAsPrinted() {
        return familyEngagementRubric(Stage.of(INTEGRATION_AS_PRINTED, 3, "Integration"), List.of());
    }

    private static StagedRubric familyEngagementRubric(Stage standard1FourthRow, List<Erratum> errata) {
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

    // ===== 4 Versions of Family-School Partnerships (seed 000) ====================================

    /**
     * Returns the 4 Versions of Family-School Partnerships matrix: the Partnership, Open-Door,
     * Come-if-We-Call and Fortress schools by five dimensions, with the four profile rules Advanced,
     * Proficient, Basic and Below Basic.
     *
     * <p>The seed lost the bullets: each cell's statements run together, and are split here where a new
     * statement starts, keeping quotation marks and punctuation as printed (so the Fortress statement
     * {@code Families are afraid to complain. "They might take it out on my kid"} stays one statement).
     * Errata record the missing Open-Door motto and the Fortress cells the seed repeats in a fifth column.
     *
     * @return a new, valid matrix
     */
    public static ArchetypeMatrix fourVersions() {
        List<Archetype> archetypes = List.of(
                archetype(PARTNERSHIP, 4, "Partnership School", "Advanced",
                        "All families & communities have something great to offer—we do whatever it takes to work"
                                + " closely together to make sure every single student succeeds."),
                archetype(OPEN_DOOR, 3, "Open-Door School", "Proficient", null),
                archetype(COME_IF_WE_CALL, 2, "Come-if-We-Call School", "Basic",
                        "Parents are welcome when we ask them, but there's only so much they can offer. The most"
                                + " important thing they can do is help their kids at home. We know where to get"
                                + " community help if we need it."),
                archetype(FORTRESS, 1, "Fortress School", "Below Basic",
                        "Parents belong at home, not at school. If students don't do well, it's because their"
                                + " families don't give them enough support. We're already doing all we can. Our"
                                + " school is an oasis in a troubled community. We want to keep it that way."));
        List<Dimension> dimensions = List.of(
                dimension("building-relationships", "Building Relationships",
                        cell(PARTNERSHIP, "br-partnership",
                                "Family center is always open, full of interesting materials to borrow",
                                "Home visits are made to every new family",
                                "Activities honor families' contributions",
                                "Building is open to community use & social services are available to families"),
                        cell(OPEN_DOOR, "br-open-door",
                                "Teachers contact families once a year",
                                "Parent coordinator is available if families have questions or need help",
                                "Office staff are friendly",
                                "Staff contact community agencies & organizations when help is needed"),
                        cell(COME_IF_WE_CALL, "br-come-if-we-call",
                                "Better-educated parents are more involved",
                                "\"Many immigrant parents don't have time to come or contribute\"",
                                "Staff are very selective about who comes into the school"),
                        cell(FORTRESS, "br-fortress",
                                "Families do not \"bother\" school staff",
                                "\"Minority families don't value education\"",
                                "Parents need security clearance to come in",
                                "It is important to keep community influences out of the school")),
                dimension("linking-to-learning", "Linking to Learning",
                        cell(PARTNERSHIP, "ll-partnership",
                                "All family activities connect to what students are learning",
                                "Parents & teachers look at student work & test results together",
                                "Community groups offer tutoring & homework programs at the school",
                                "Students' work goes home every week, with a scoring guide"),
                        cell(OPEN_DOOR, "ll-open-door",
                                "Teachers explain test scores if asked",
                                "Folders of student work go home occasionally",
                                "School holds curriculum nights 3 or 4 times a year",
                                "Staff let families know about out-of-school classes in the community"),
                        cell(COME_IF_WE_CALL, "ll-come-if-we-call",
                                "Parents are told what students will be learning at the fall open house",
                                "Parents can call the office to get teacher-recorded messages about homework",
                                "Workshops are offered on parenting"),
                        cell(FORTRESS, "ll-fortress",
                                "Curriculum & standards are considered too complex for parents to understand",
                                "\"If parents want more information, they can ask for it\"",
                                "\"We're teachers, not social workers\"")),
                dimension("addressing-differences", "Addressing Differences",
                        cell(PARTNERSHIP, "ad-partnership",
                                "Translators are readily available",
                                "Teachers use books & materials about families' cultures",
                                "PTA/PTO includes all families",
                                "Local groups help staff reach families"),
                        cell(OPEN_DOOR, "ad-open-door",
                                "Office staff will find a translator if parents ask in advance",
                                "Multicultural nights are held once a year",
                                "\"Minority\" parents have their own group"),
                        cell(COME_IF_WE_CALL, "ad-come-if-we-call",
                                "\"We can't deal with 20 different languages\"",
                                "\"Parents can bring a translator with them\"",
                                "\"This school just isn't the same as it used to be\""),
                        cell(FORTRESS, "ad-fortress",
                                "\"Those parents need to learn English\"",
                                "\"We teach about our country—that's what those parents need to know\"",
                                "\"This neighborhood is going downhill\"")),
                dimension("supporting-advocacy", "Supporting Advocacy",
                        cell(PARTNERSHIP, "sa-partnership",
                                "There is a clear, open process for resolving problems",
                                "Teachers contact families each month to discuss student progress",
                                "Student-led parent-teacher conferences are held 3 times a year for 30 minutes"),
                        cell(OPEN_DOOR, "sa-open-door",
                                "Principal will meet with parents to discuss a problem",
                                "Regular progress reports go to parents, but test data can be hard to understand",
                                "Parent-teacher conferences are held twice a year"),
                        cell(COME_IF_WE_CALL, "sa-come-if-we-call",
                                "School calls families when children have problems",
                                "Families visit school on report card pick up day & can see a teacher if they call"
                                        + " first"),
                        cell(FORTRESS, "sa-fortress",
                                "Parents don't come to conferences",
                                "Problems are dealt with by the professional staff",
                                "Teachers don't feel safe with parents")),
                dimension("sharing-power", "Sharing Power",
                        cell(PARTNERSHIP, "sp-partnership",
                                "Parents & teachers research issues such as prejudice & tracking",
                                "Parent group is focused on improving student achievement",
                                "Families are involved in all major decisions",
                                "Parents can use the school's phone, copier, fax, & computers",
                                "Staff work with local organizers to improve the school & the neighborhood"),
                        cell(OPEN_DOOR, "sp-open-door",
                                "Parents can raise issues at PTA/PTO meetings or see the principal",
                                "Parent group sets its own agenda & raises money for the school",
                                "Resource center for low-income families is housed in a portable classroom next to"
                                        + " the school",
                                "PTA/PTO officers can use the school office",
                                "A community representative sits on the school council"),
                        cell(COME_IF_WE_CALL, "sp-come-if-we-call",
                                "Principal sets agenda for parent meetings",
                                "PTA/PTO gets the school's message out",
                                "\"Parents are not experts in education\"",
                                "Community groups can address the school board if they have concerns"),
                        cell(FORTRESS, "sp-fortress",
                                "Principal picks a small group of \"cooperative parents\" to help out",
                                "Families are afraid to complain. \"They might take it out on my kid\"",
                                "\"Community groups should mind their own business; they don't know about"
                                        + " education.\"")));
        List<ProfileRule> rules = List.of(
                rule("advanced", 4, "Advanced",
                        ProfileCondition.in(Comparison.AT_LEAST, 3, PARTNERSHIP),
                        ProfileCondition.notIn(Comparison.AT_MOST, 0, PARTNERSHIP, OPEN_DOOR)),
                rule("proficient", 3, "Proficient",
                        ProfileCondition.in(Comparison.AT_LEAST, 4, OPEN_DOOR, PARTNERSHIP),
                        ProfileCondition.in(Comparison.AT_MOST, 0, FORTRESS)),
                rule("basic", 2, "Basic",
                        ProfileCondition.in(Comparison.AT_LEAST, 3, COME_IF_WE_CALL),
                        ProfileCondition.in(Comparison.AT_MOST, 0, PARTNERSHIP)),
                rule("below-basic", 1, "Below Basic",
                        ProfileCondition.in(Comparison.AT_LEAST, 3, FORTRESS),
                        ProfileCondition.in(Comparison.AT_MOST, 0, OPEN_DOOR, PARTNERSHIP)));
        List<Erratum> errata = List.of(
                erratum("open-door-motto-missing", "archetypes[1].motto",
                        "The seed prints a motto under the Partnership, Come-if-We-Call and Fortress schools but"
                                + " none under the Open-Door School.",
                        "The Open-Door School has no motto (null).",
                        "The motto is missing from the seed; this copy does not invent one."),
                erratum("fortress-column-repeated", "dimensions[1..4].cells[3]",
                        "In the rows Linking to Learning, Addressing Differences, Supporting Advocacy and Sharing"
                                + " Power the seed has a fifth column that repeats the Fortress School cell word for"
                                + " word; in the Building Relationships row those columns hold the mottos.",
                        "Every dimension has four cells, one per archetype in column order; the repeated fifth"
                                + " cell is dropped.",
                        "The fifth column is a layout artifact: the matrix has four archetypes, and a repeated"
                                + " cell would count the same Fortress statements twice."));
        return new ArchetypeMatrix("four-versions-of-partnerships", VERSION,
                text("4 Versions of Family-School Partnerships"),
                Source.of("Beyond the Bake Sale—The Essential Guide to Family-School Partnerships",
                        "Henderson, Mapp, Johnson & Davies (2007)"),
                errata, Extensions.empty(),
                text("Check the boxes that have the most statements under them marked or circled."
                        + " Check only 1 box in each row"),
                archetypes, dimensions, rules);
    }

    private static Archetype archetype(String id, int rank, String name, String levelName, String motto) {
        return new Archetype(id, rank, text(name), motto == null ? null : text(motto), text(levelName),
                Extensions.empty());
    }

    private static Dimension dimension(String id, String name, Cell... cells) {
        return new Dimension(id, text(name), List.of(cells), Extensions.empty());
    }

    private static ProfileRule rule(String id, int rank, String label, ProfileCondition... conditions) {
        return new ProfileRule(id, rank, text(label), List.of(conditions));
    }

    // ===== Essential Personalized Learning School Conditions (seed 000) ==========================

    /**
     * Returns the Essential Personalized Learning School Conditions needs assessment: six conditions rated
     * on the seed's 1 to 4 scale. Only Condition 4, Family and Community Partnerships, lists indicators
     * in the seed; their trailing citations, such as {@code (CCSSO,III.2.c)}, become {@link Citation}s.
     *
     * @return a new, valid assessment
     */
    public static ConditionsAssessment schoolConditions() {
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

    // ===== District indicator 6837 (seed 003) =====================================================

    /**
     * Returns the district indicator 6837 of Dimension E, Families and Community: the district's two-way
     * communication channels, with the seed's explanation and its ten guiding questions.
     *
     * <p>The seed's header row ("CORE FUNCTION | EFFECTIVE | INDICATOR") does not match the row under it
     * ("Dimension E | Families and Community | …"); core function and effective practice are left empty
     * and an erratum explains why. The seed names no author or publisher; a second erratum says so.
     *
     * @return new, valid district indicators
     */
    public static DistrictIndicators districtIndicators() {
        DistrictIndicator indicator = new DistrictIndicator("6837", null,
                DistrictDimension.of("E", "Families and Community"), null,
                text("The district has established two-way communication channels to encourage transparency,"
                        + " feedback loops, and access to information for families and the community."),
                text("Effective communication channels that are two-way and transparent are essential to help"
                        + " families and the community access the information they need about personalized"
                        + " learning and garner their support for these initiatives. Districts cannot simply"
                        + " distribute information to stakeholders, but must carefully develop a communications"
                        + " plan that includes communications goals that are aligned to the district’s rationale"
                        + " for choosing personalized learning to enhance student learning. They must identify"
                        + " targeted audiences, recruit effective messengers, develop key messages about the"
                        + " rationale for personalized learning, and figure out how best to get these messages"
                        + " out. Two-way communication is essential, and districts must regularly seek and act on"
                        + " stakeholder feedback. Districts should also assess the effectiveness of their"
                        + " communications and acknowledge and celebrate early signs of communication strategy"
                        + " progress."),
                texts(
                        "How has stakeholder input been incorporated in the district’s vision for PL?",
                        "Does the district have a clearly identified plan for communicating about PL to key"
                                + " stakeholder audiences?",
                        "What resources are already in place that can effectively communicate PL to stakeholder"
                                + " audiences, and what additional resources will be necessary?",
                        "Who in the district is responsible for executing the plan, or are additional staff or"
                                + " supports necessary?",
                        "Does the plan include goals for communication, and do these goals primarily reflect"
                                + " communicating about the technology or how PL will promote student success?",
                        "Who are the key target audiences and what messages have been developed for each?",
                        "Does the communications plan tailor messaging to each type of audience?",
                        "Are two-way communication strategies incorporated into the plan to allow for stakeholder"
                                + " feedback, and is this feedback acted on?",
                        "Who will be the district messengers for each audience?",
                        "How will the district monitor the effectiveness of its communications about PL, as well as"
                                + " highlight and celebrate effective communications strategies?"),
                Extensions.empty());
        List<Erratum> errata = List.of(
                erratum("header-row-misaligned", "indicators[0]",
                        "The seed's header row reads \"CORE FUNCTION | EFFECTIVE | INDICATOR\" above the row"
                                + " \"Dimension E | Families and Community | The district has established two-way"
                                + " communication channels … (6837)\": the first two cells under the headers are a"
                                + " dimension code and a dimension name, not a core function and an effective"
                                + " practice, and the header \"EFFECTIVE\" is cut short.",
                        "coreFunction and effectivePractice are null; \"Dimension E\" and \"Families and"
                                + " Community\" become the dimension (code E, name Families and Community), and the"
                                + " trailing \"(6837)\" becomes the indicator id.",
                        "The seed gives no core function or effective practice text; reading the dimension cells"
                                + " as either would mislabel them."),
                erratum("source-not-named", "source",
                        "The seed names no title, author or publisher for the indicator.",
                        "The source title is the seed's own heading, and the attribution says that the seed"
                                + " names no author or publisher.",
                        "A source needs a title and an attribution; this copy does not guess them."));
        return new DistrictIndicators("district-two-way-communication", VERSION,
                text("District Indicator 6837: Two-Way Communication with Families and Community"),
                new Source(text("What Are Best Practices for Communicating with Education Stakeholders About"
                        + " Personalized Learning?"), "Not named in the seed", "Indicator 6837, Dimension E"),
                errata, Extensions.empty(), List.of(indicator));
    }

    // ===== "Is Your Child's School Student-Centered?" Checklist (seed 002) ========================

    /**
     * Returns the "Is Your Child's School Student-Centered?" checklist from Getting Smart's Smart Parents
     * project, as reproduced in the appendix of iNACOL's "What's Possible with Personalized Learning?"
     * (2017): six look-fors and thirteen labelled questions.
     *
     * <p>Errata record the look-for the seed breaks over two bullets, the "Progress" question broken by a
     * page ("Click to enlarge"), and the OCR slip "Peedback and Growth".
     *
     * @return a new, valid checklist
     */
    public static Checklist studentCenteredChecklist() {
        ChecklistGroup lookFors = new ChecklistGroup("look-fors", text("Look for:"), numberedItems("look",
                "Students are working at their own pace; for example, one student may be much further ahead than"
                        + " another student in math. The teacher has classroom management strategies for handling"
                        + " the differentiation.",
                "Student work is visible in the classroom and the hallways—and all students are represented.",
                "Students are working on various projects; they are doing hands-on, real work.",
                "Students are working at their own stations, choosing where to learn based on what works best for"
                        + " them.",
                "There is a high degree of student engagement which looks like enthusiasm, excitement and passion.",
                "There is a strong sense of school community. The students are helping one another, and respectful"
                        + " and caring towards each other."), Extensions.empty());
        ChecklistGroup questions = new ChecklistGroup("questions",
                text("Here's a handy list of questions that families can ask to learn more about the school and"
                        + " their approaches:"),
                List.of(
                        question("Pace", "Do students move through content at their own pace and according to"
                                + " their own needs?"),
                        question("Passion", "Do students have opportunities to choose work that speaks to their own"
                                + " passions and interests and opportunities to learn outside of the traditional"
                                + " school day?"),
                        question("Path", "Is each child on a unique learning path or is s/he marching through"
                                + " content with the rest of the pack? Do students have \"voice and choice\" when it"
                                + " comes to their learning?"),
                        question("Meaningful Assessment", "Do teachers know where your student currently is"
                                + " academically, where they've been and where they are going? Ongoing, meaningful"
                                + " assessment of knowledge and skills is essential to obtain insights needed to"
                                + " personalize learning. This knowledge generated from these assessments should"
                                + " inform your child's learning experience."),
                        question("Progress", "Does your child's teacher have a system for tracking individual"
                                + " student progress toward overall academic goals across various content areas?"
                                + " What is your child's involvement in tracking their progress and setting their"
                                + " own goals? Does your child have a strong sense of their strengths, weaknesses"
                                + " and overall progress? Can parents easily access information about their student"
                                + " and get an accurate picture of how their student is progressing?"),
                        question("Parent Involvement", "Are you as a parent involved and meeting with the teacher"
                                + " and your child regularly (at minimum, 3- 4 times a year) to discuss your child's"
                                + " academic and social-emotional growth?"),
                        question("Mentorships", "Are there opportunities for your child to be both mentored by"
                                + " older students and/or mentor younger students?"),
                        question("Real-World Learning", "How well does the school incorporate the real world and"
                                + " encourage meaningful real-world experiences?"),
                        question("Community Involvement", "Are students involved in clubs and organizations after"
                                + " school that they are passionate about? How does the school help students build"
                                + " connections to one another?"),
                        question("Technology", "How does the school incorporate technology in order to allow"
                                + " students to learn at their own pace?"),
                        question("Feedback and Growth", "Does assessment and feedback go beyond test scores? How"
                                + " does the school ensure that all students are aware of their own strengths and"
                                + " struggles? How does the school talk to students about their strengths and"
                                + " growth areas? How does the school involve parents in those conversations? Is"
                                + " this done in a way that is non-threatening and builds on strengths instead of"
                                + " derailing confidence?"),
                        question("Noncognitive Skills", "In what ways are students also gaining noncognitive"
                                + " skills at the school—skills, attributes and habits of mind that go beyond"
                                + " reading, writing and math? Is your child motivated, engaged and encouraged in a"
                                + " way that feels supportive of learning?"),
                        question("Discipline", "How does the school handle discipline? Is there a rush to suspend"
                                + " students, or does the school actively teach conflict resolution and restorative"
                                + " justice, so students can learn how to resolve conflicts, own up for their"
                                + " mistakes and ultimately stay in school.")),
                Extensions.empty());
        List<Erratum> errata = List.of(
                erratum("look-for-split-across-bullets", "groups[0].items[1]",
                        "The seed breaks one look-for over two bullets: \"Student work is visible in the classroom"
                                + " and the hallways—\" and \"and all students are represented.\"",
                        "The two bullets are joined into one item: \"Student work is visible in the classroom and"
                                + " the hallways—and all students are represented.\"",
                        "The second bullet only finishes the first bullet's sentence; as two items a parent could"
                                + " answer half a sentence."),
                erratum("progress-split-by-page-break", "groups[1].items[4]",
                        "The seed's \"Progress\" question stops after \"Does your child's teacher have a system for"
                                + " tracking individual student progress toward\", a \"Click to enlarge\" caption"
                                + " follows, and the question goes on in a new bullet: \"overall academic goals"
                                + " across various content areas? …\"",
                        "The two parts are joined into one question; the caption is left out.",
                        "The page break and its caption are layout, not content; the question is one sentence"
                                + " sequence under one label."),
                erratum("feedback-label-ocr-slip", "groups[1].items[10].label",
                        "The seed reads \"Peedback and Growth. Does assessment and feedback go beyond test"
                                + " scores? …\"",
                        "The label is \"Feedback and Growth\" and the item id is q-feedback-and-growth.",
                        "\"Peedback\" is an OCR slip: the question is about assessment and feedback."));
        return new Checklist("student-centered-checklist", VERSION,
                text("Is Your Child's School Student-Centered?"),
                new Source(text("What's Possible with Personalized Learning? An Overview of Personalized Learning"
                        + " for Schools, Families & Communities"),
                        "Bruce Friend, Susan Patrick, Carri Schneider, Tom Vander Ark; produced by iNACOL (January"
                                + " 2017)",
                        "Appendix: Checklist for Families. The \"Is Your Child's School Student-Centered?\""
                                + " Checklist, from Smart Parents by Getting Smart, in partnership with The Nellie"
                                + " Mae Education Foundation"),
                errata, Extensions.empty(), List.of(lookFors, questions));
    }

    private static List<ChecklistItem> numberedItems(String prefix, String... texts) {
        List<ChecklistItem> items = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            items.add(new ChecklistItem(prefix + "-" + (i + 1), null, text(texts[i]), Extensions.empty()));
        }
        return items;
    }

    private static ChecklistItem question(String label, String text) {
        return new ChecklistItem("q-" + slug(label), text(label), text(text), Extensions.empty());
    }

    // ===== Engaging Families guardian survey (seed 004) ===========================================

    /**
     * Returns the guardian survey of "Engaging Families" in The Playbook for Accelerating Learning
     * (California Collaborative for Educational Excellence): six statements rated "how true", and the goal
     * that every family hears from their child's teacher at least once per quarter, watched across four
     * groups.
     *
     * <p>The seed names no response scale; this copy uses four points from "Not at all true" to
     * "Completely true" and records it in an erratum.
     *
     * @return a new, valid survey
     */
    public static Survey guardianSurvey() {
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

    // ===== helpers ================================================================================

    /**
     * Returns the cell of one column whose statements are numbered {@code prefix-1}, {@code prefix-2}, ….
     */
    private static Cell cell(String column, String prefix, String... texts) {
        return new Cell(column, numberedStatements(prefix, texts));
    }

    private static List<Statement> numberedStatements(String prefix, String... texts) {
        List<Statement> statements = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            statements.add(Statement.of(prefix + "-" + (i + 1), texts[i]));
        }
        return statements;
    }

    private static Erratum erratum(String id, String location, String seedSays, String resolution, String reason) {
        return new Erratum(id, location, text(seedSays), text(resolution), text(reason));
    }

    private static LocalizedText text(String english) {
        return LocalizedText.of(english);
    }

    private static List<LocalizedText> texts(String... english) {
        List<LocalizedText> texts = new ArrayList<>(english.length);
        for (String text : english) {
            texts.add(text(text));
        }
        return texts;
    }

    private static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
