package org.engagementrubrics.examples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.district.ImplementationStatus;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;

/**
 * Realistic sample responses to the {@linkplain SeedInstruments seed instruments}: what a school team, a
 * district, a visiting parent and a school's guardians recorded.
 *
 * <p>Every response has a fixed id and a fixed timestamp (no clock is read), names its instrument's id and
 * version {@value SeedInstruments#VERSION}, and is valid against its instrument:
 * {@code RubricValidator.create().validate(response, instrument)} is empty. Each method returns a new
 * response; the subjects are fictional.
 *
 * <p>This class is thread-safe: it holds no state.
 */
public final class SampleResponses {

    /** The fictional school the school-level responses are about. */
    public static final String SCHOOL = "maple-grove-elementary";

    /** The second fictional school of the 4 Versions panel. */
    public static final String SECOND_SCHOOL = "cedar-middle";

    /** The fictional district the district self-assessment is about. */
    public static final String DISTRICT = "riverside-unified";

    private static final String SCHOOL_TEAM = "maple-grove-engagement-team";

    private static final Rating NOT_APPLICABLE = Rating.notApplicable();

    private SampleResponses() {
    }

    // ----- 4 Versions of Family-School Partnerships ------------------------------------------------

    /**
     * Returns a school team's marks on the 4 Versions matrix with a clear result: the best fit is
     * Open-Door for Building Relationships and Addressing Differences, Partnership for Linking to Learning
     * and Supporting Advocacy, and Come-if-We-Call for Sharing Power, with no tied row.
     *
     * <p>The profile is <b>Proficient</b> (rule {@code proficient}): four rows are Open-Door or Partnership
     * and none is Fortress; Advanced fails because only two rows are Partnership.
     *
     * @return the response
     */
    public static Response fourVersionsTeam() {
        return response("four-versions-team-2026-10", "four-versions-of-partnerships", SCHOOL_TEAM, SCHOOL,
                "2026-10-14T16:30:00Z", MarkedStatements.of(
                        // Building Relationships: Open-Door 3, Partnership 1
                        "br-open-door-1", "br-open-door-2", "br-open-door-3", "br-partnership-2",
                        // Linking to Learning: Partnership 3, Open-Door 1
                        "ll-partnership-1", "ll-partnership-2", "ll-partnership-4", "ll-open-door-3",
                        // Addressing Differences: Open-Door 2, Come-if-We-Call 1
                        "ad-open-door-1", "ad-open-door-2", "ad-come-if-we-call-2",
                        // Supporting Advocacy: Partnership 2, Open-Door 1
                        "sa-partnership-2", "sa-partnership-3", "sa-open-door-3",
                        // Sharing Power: Come-if-We-Call 2, Open-Door 1
                        "sp-come-if-we-call-1", "sp-come-if-we-call-2", "sp-open-door-2"));
    }

    /**
     * Returns a school team's marks on the 4 Versions matrix where one dimension is tied: Sharing Power
     * has two marks under Partnership and two under Open-Door. The other rows are Partnership (Building
     * Relationships, Linking to Learning, Addressing Differences) and Open-Door (Supporting Advocacy).
     *
     * <p>The tie decides the profile. With the default tie policy, which reports ties, the tied row counts
     * against Advanced ("no row outside Partnership and Open-Door" fails) and the profile is
     * <b>Proficient</b>; with either the lower-level or the higher-level policy the row resolves to
     * Open-Door or Partnership and the profile is <b>Advanced</b>.
     *
     * @return the response
     */
    public static Response fourVersionsWithTie() {
        return response("four-versions-team-tie-2026-10", "four-versions-of-partnerships", SCHOOL_TEAM, SCHOOL,
                "2026-10-21T16:30:00Z", MarkedStatements.of(
                        // Building Relationships: Partnership 3, Open-Door 1
                        "br-partnership-1", "br-partnership-3", "br-partnership-4", "br-open-door-3",
                        // Linking to Learning: Partnership 2, Open-Door 1
                        "ll-partnership-2", "ll-partnership-3", "ll-open-door-1",
                        // Addressing Differences: Partnership 3
                        "ad-partnership-1", "ad-partnership-3", "ad-partnership-4",
                        // Supporting Advocacy: Open-Door 2, Partnership 1
                        "sa-open-door-1", "sa-open-door-3", "sa-partnership-3",
                        // Sharing Power: Partnership 2, Open-Door 2 (the tie)
                        "sp-partnership-2", "sp-partnership-3", "sp-open-door-1", "sp-open-door-2"));
    }

    // ----- Family and Community Engagement Standards - Rubric --------------------------------------

    /**
     * Returns a school team's marks across all eight standards of the Family Engagement Rubric. By count
     * the team places Standards 1 to 5 at Expansion, Standards 6 and 8 at Integration and Standard 7 at
     * Exploration. The team marked statements the seed repeats in two stages (Standard 3's report cards
     * and conferences) in both places, as a rater working from the printed rubric would.
     *
     * @return the response
     */
    public static Response familyEngagementTeam() {
        return response("family-engagement-team-2026-09", "family-engagement-rubric", SCHOOL_TEAM, SCHOOL,
                "2026-09-30T17:00:00Z", MarkedStatements.of(
                        "s1-expansion-1", "s1-expansion-2", "s1-integration-3",
                        "s2-expansion-1", "s2-expansion-2", "s2-expansion-4", "s2-integration-4",
                        "s3-exploration-1", "s3-exploration-2", "s3-expansion-1", "s3-expansion-2", "s3-expansion-3",
                        "s4-expansion-1", "s4-expansion-2", "s4-integration-4",
                        "s5-expansion-1", "s5-expansion-2", "s5-expansion-3", "s5-expansion-4",
                        "s5-integration-8", "s5-integration-9",
                        "s6-expansion-3", "s6-integration-3", "s6-integration-4", "s6-integration-5",
                        "s7-exploration-1", "s7-exploration-2",
                        "s8-expansion-1", "s8-integration-2", "s8-integration-5"));
    }

    // ----- Essential Personalized Learning School Conditions ---------------------------------------

    /**
     * Returns a school team's ratings of Condition 4, Family and Community Partnerships, on the 1 to 4
     * scale. The team left indicator 3 (reciprocal community partnerships) not rated: it had no evidence
     * to hand.
     *
     * @return the response
     */
    public static Response schoolConditionsTeam() {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        ratings.put("c4-i1", Rating.of(3));
        ratings.put("c4-i2", Rating.of(2));
        ratings.put("c4-i3", Rating.notRated());
        ratings.put("c4-i4", Rating.of(2));
        ratings.put("c4-i5", Rating.of(1));
        return response("school-conditions-team-2026-10", "school-conditions-personalized-learning", SCHOOL_TEAM,
                SCHOOL, "2026-10-07T15:45:00Z", Ratings.of(ratings));
    }

    // ----- District indicator 6837 -----------------------------------------------------------------

    /**
     * Returns a district leadership team's self-assessment of indicator 6837 as
     * {@link ImplementationStatus#LIMITED}, with the evidence it cites.
     *
     * @return the response
     */
    public static Response districtSelfAssessment() {
        IndicatorAssessment assessment = new IndicatorAssessment(ImplementationStatus.LIMITED,
                "Monthly newsletters and the district website share personalized learning updates in English"
                        + " and Spanish, and two community forums were held in the spring. There is no written"
                        + " communications plan yet, and feedback from the forums has not been summarized or"
                        + " acted on.",
                false);
        return response("district-self-assessment-2026", "district-two-way-communication",
                "riverside-district-leadership-team", DISTRICT, "2026-08-20T14:00:00Z",
                Statuses.of(Map.of("6837", assessment)));
    }

    // ----- "Is Your Child's School Student-Centered?" Checklist -------------------------------------

    /**
     * Returns a parent's answers after a school visit and a parent night. Two items did not apply to the
     * visit and were marked {@link ChecklistMark#NOT_APPLICABLE}; one look-for and four questions were
     * left unanswered.
     *
     * @return the response
     */
    public static Response checklistVisit() {
        Map<String, ChecklistAnswer> answers = new LinkedHashMap<>();
        answers.put("look-1", observed());
        answers.put("look-2", new ChecklistAnswer(ChecklistMark.NOT_OBSERVED,
                "Hallway displays showed only award winners' work."));
        answers.put("look-3", observed());
        answers.put("look-4", new ChecklistAnswer(ChecklistMark.NOT_APPLICABLE,
                "Visited during a whole-school assembly rehearsal; no station time to see."));
        answers.put("look-5", observed());
        answers.put("q-pace", observed());
        answers.put("q-passion", ChecklistAnswer.of(ChecklistMark.NOT_OBSERVED));
        answers.put("q-path", observed());
        answers.put("q-progress", new ChecklistAnswer(ChecklistMark.OBSERVED,
                "Students keep a goal-tracking folder; parents see it at conferences."));
        answers.put("q-parent-involvement", observed());
        answers.put("q-mentorships", new ChecklistAnswer(ChecklistMark.NOT_APPLICABLE,
                "K-2 building: there are no older students to mentor."));
        answers.put("q-technology", observed());
        answers.put("q-feedback-and-growth", ChecklistAnswer.of(ChecklistMark.NOT_OBSERVED));
        answers.put("q-discipline", new ChecklistAnswer(ChecklistMark.OBSERVED,
                "The principal described a restorative circle program."));
        return response("checklist-visit-2026-11", "student-centered-checklist", "parent-visitor-07", SCHOOL,
                "2026-11-05T18:20:00Z", ChecklistAnswers.of(answers));
    }

    private static ChecklistAnswer observed() {
        return ChecklistAnswer.of(ChecklistMark.OBSERVED);
    }

    // ----- Engaging Families guardian survey ------------------------------------------------------

    /**
     * Returns twelve guardians' answers to the six survey statements, on the scale 1 "Not at all true" to
     * 4 "Completely true". Ratings vary; a few guardians marked the district feedback or technology
     * statements not applicable, and one skipped a statement.
     *
     * @return a new list of twelve responses
     */
    public static List<Response> guardianSurveyResponses() {
        List<Response> responses = new ArrayList<>();
        responses.add(guardian(1, "2026-11-02T16:05:00Z", r(4), r(4), r(4), r(3), r(4), r(3)));
        responses.add(guardian(2, "2026-11-02T16:40:00Z", r(3), r(4), r(3), r(2), r(3), r(2)));
        responses.add(guardian(3, "2026-11-02T19:12:00Z", r(2), r(3), r(2), NOT_APPLICABLE, r(2), r(1)));
        responses.add(guardian(4, "2026-11-03T07:55:00Z", r(4), r(4), r(4), r(4), r(4), r(4)));
        responses.add(guardian(5, "2026-11-03T12:30:00Z", r(1), r(2), r(1), r(1), r(1), r(2)));
        responses.add(guardian(6, "2026-11-03T20:45:00Z", r(3), r(3), r(4), r(3), NOT_APPLICABLE, NOT_APPLICABLE));
        responses.add(guardian(7, "2026-11-04T08:10:00Z", r(4), r(3), r(3), r(2), r(3), r(3)));
        responses.add(guardian(8, "2026-11-04T17:25:00Z", r(2), r(2), r(3), NOT_APPLICABLE, r(2), r(2)));
        responses.add(guardian(9, "2026-11-05T09:00:00Z", r(3), r(4), r(4), r(3), r(4), r(3)));
        responses.add(guardian(10, "2026-11-05T21:15:00Z", r(4), r(4), r(3), r(3), r(2), r(1)));
        responses.add(guardian(11, "2026-11-06T06:50:00Z", r(2), r(3), r(2), r(2), r(3), r(2)));
        responses.add(guardian(12, "2026-11-06T18:35:00Z", r(3), r(4), r(4), Rating.notRated(), r(4), r(4)));
        return responses;
    }

    private static Response guardian(int number, String recordedAt, Rating... byStatement) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        for (int i = 0; i < byStatement.length; i++) {
            ratings.put("survey-" + (i + 1), byStatement[i]);
        }
        String id = String.format(Locale.ROOT, "guardian-%02d", number);
        return response("guardian-survey-" + id, "guardian-survey", id, SCHOOL, recordedAt, Ratings.of(ratings));
    }

    private static Rating r(int value) {
        return Rating.of(value);
    }

    // ----- Many raters and reviews over time ------------------------------------------------------

    /**
     * Returns a leadership team of five raters marking the 4 Versions matrix for two schools, Maple Grove
     * (on 2026-10-14) and Cedar Middle (on 2026-10-21); rows in the order building relationships, linking
     * to learning, addressing differences, supporting advocacy, sharing power:
     *
     * <pre>
     * rater                      Maple Grove      Cedar Middle
     * team-principal             O P O   O C      C O C O C
     * team-assistant-principal   O P O=C P C      C O F O C
     * team-teacher-lead          O O O   P C      O C C O F
     * team-counselor             P O C   O C      C O C C C
     * team-family-liaison        O P O   O P      C C C O F
     * </pre>
     *
     * (P Partnership, O Open-Door, C Come-if-We-Call, F Fortress; {@code O=C} a tie.) At Maple Grove the
     * assistant principal's addressing-differences row is tied, and the family liaison puts sharing power at
     * Partnership, two columns from the others' Come-if-We-Call.
     *
     * @return a new list of ten responses, Maple Grove's first
     */
    public static List<Response> fourVersionsPanel() {
        return SamplePanels.fourVersionsPanel();
    }

    /**
     * Returns four raters of Maple Grove's team placing the eight standards of the Family Engagement Rubric on
     * 2026-10-28 (1 Exploration, 2 Expansion, 3 Integration; standards 1 to 8):
     *
     * <pre>
     * team-principal        2 2 2 1 2 3 1 3
     * team-teacher-lead     2 2 3 2 2 3 1 2
     * team-counselor        2 1 2 2 3 3 1 3
     * team-family-liaison   3 2 2 2 3 2 1 3
     * </pre>
     *
     * @return a new list of four responses
     */
    public static List<Response> familyEngagementPanel() {
        return SamplePanels.familyEngagementPanel();
    }

    /**
     * Returns Maple Grove's team of three reviewing the Family Engagement Rubric on 2024-10-16, 2025-10-15 and
     * 2026-10-14 (1 Exploration, 2 Expansion, 3 Integration, - not placed; standards 1 to 8; raters
     * team-principal, team-teacher-lead, team-family-liaison):
     *
     * <pre>
     * 2024   1 2 1 2 2 2 - 3 | 1 2 2 2 1 2 - 3 | 2 2 2 2 2 3 - 2    medians 1 2 2 2 2 2 - 3
     * 2025   2 2 2 2 2 3 1 2 | 2 2 2 1 2 3 1 2 | 1 2 3 2 3 2 2 3    medians 2 2 2 2 2 3 1 2
     * 2026   2 3 2 1 2 3 1 - | 2 3 3 1 3 3 2 - | 3 2 3 2 3 3 1 -    medians 2 3 3 1 3 3 1 -
     * </pre>
     *
     * Standard 7 is first placed in 2025, standard 8 moves down in 2025 and is no longer placed in 2026, and
     * standard 4 moves down in 2026; the others move up or stay.
     *
     * @return a new list of nine responses, oldest first
     */
    public static List<Response> familyEngagementReviews() {
        return SamplePanels.familyEngagementReviews();
    }

    /**
     * Returns Maple Grove's team of three rating Condition 4 of the school conditions on 2025-10-08 and
     * 2026-10-07 (indicators c4-i1 to c4-i5 on 1 to 4; n not rated, a not applicable; raters team-principal,
     * team-teacher-lead, team-family-liaison):
     *
     * <pre>
     * 2025   3 2 n 2 1 | 2 2 n 3 1 | 3 1 a 2 2
     * 2026   3 3 2 3 2 | 3 2 2 3 a | 4 3 n 3 2
     * </pre>
     *
     * @return a new list of six responses, oldest first
     */
    public static List<Response> schoolConditionsReviews() {
        return SamplePanels.schoolConditionsReviews();
    }

    // ----- helpers ---------------------------------------------------------------------------------

    static Response response(String id, String instrumentId, String raterId, String subjectId,
            String recordedAt, Evidence evidence) {
        return new Response(id, instrumentId, SeedInstruments.VERSION, raterId, subjectId,
                Instant.parse(recordedAt), evidence, Extensions.empty());
    }
}
