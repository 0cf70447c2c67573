package org.engagementrubrics.examples;

import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.survey.Survey;

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
        return FamilyEngagementRubricSeed.valid();
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
        return FamilyEngagementRubricSeed.asPrinted();
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
        return FourVersionsSeed.build();
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
        return SchoolConditionsSeed.build();
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
        return DistrictIndicatorSeed.build();
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
        return StudentCenteredChecklistSeed.build();
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
        return GuardianSurveySeed.build();
    }
}
