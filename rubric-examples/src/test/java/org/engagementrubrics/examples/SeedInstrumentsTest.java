package org.engagementrubrics.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.Profile;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.scoring.TiePolicies;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.core.validation.RubricValidator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeedInstrumentsTest {

    private static final RubricValidator VALIDATOR = RubricValidator.create();

    static Stream<Instrument> validInstruments() {
        return SeedInstruments.all().stream();
    }

    // ----- every instrument ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInstruments")
    void validInstrumentHasNoProblems(Instrument instrument) {
        assertThat(VALIDATOR.validate(instrument)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInstruments")
    void validInstrumentHasVersionSourceAndEnglishTexts(Instrument instrument) {
        assertThat(instrument.version()).isEqualTo("1.0.0");
        assertThat(instrument.source().title().text()).isNotBlank();
        assertThat(instrument.source().attribution()).isNotBlank();
        assertThat(instrument.title().defaultLanguage()).isEqualTo(LocalizedText.ENGLISH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInstruments")
    void everyTextIsNonBlankAndUniqueWithinItsCellOrGroup(Instrument instrument) {
        for (List<String> texts : textGroups(instrument)) {
            assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(texts).doesNotHaveDuplicates();
            assertThat(texts).allSatisfy(text -> assertThat(text).isEqualTo(text.strip()).doesNotContain("  ")
                    .doesNotContain("•").doesNotContain("»").doesNotContain("**").doesNotContain("\t"));
        }
    }

    @Test
    void allReturnsTheSixValidInstrumentsInSeedOrder() {
        assertThat(SeedInstruments.all()).extracting(Instrument::id).containsExactly(
                "family-engagement-rubric", "four-versions-of-partnerships", "school-conditions-personalized-learning",
                "district-two-way-communication", "student-centered-checklist", "guardian-survey");
    }

    @Test
    void factoriesReturnNewEqualInstruments() {
        assertThat(SeedInstruments.fourVersions()).isNotSameAs(SeedInstruments.fourVersions())
                .isEqualTo(SeedInstruments.fourVersions());
        assertThat(SeedInstruments.familyEngagementRubric().fingerprint())
                .isEqualTo(SeedInstruments.familyEngagementRubric().fingerprint());
    }

    static Stream<Arguments> promisedErrata() {
        return Stream.of(
                Arguments.of(SeedInstruments.familyEngagementRubric(), List.of("std1-duplicate-stage-3")),
                Arguments.of(SeedInstruments.familyEngagementRubricAsPrinted(), List.of()),
                Arguments.of(SeedInstruments.fourVersions(),
                        List.of("open-door-motto-missing", "fortress-column-repeated")),
                Arguments.of(SeedInstruments.schoolConditions(), List.of()),
                Arguments.of(SeedInstruments.districtIndicators(),
                        List.of("header-row-misaligned", "source-not-named")),
                Arguments.of(SeedInstruments.studentCenteredChecklist(),
                        List.of("look-for-split-across-bullets", "progress-split-by-page-break",
                                "feedback-label-ocr-slip")),
                Arguments.of(SeedInstruments.guardianSurvey(), List.of("response-scale-not-named")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("promisedErrata")
    void promisedErrataExistWithEveryPart(Instrument instrument, List<String> ids) {
        assertThat(instrument.errata()).extracting(Erratum::id).containsExactlyElementsOf(ids);
        assertThat(instrument.errata()).allSatisfy(erratum -> {
            assertThat(erratum.location()).isNotBlank();
            assertThat(erratum.seedSays().text()).isNotBlank();
            assertThat(erratum.resolution().text()).isNotBlank();
            assertThat(erratum.reason().text()).isNotBlank();
        });
    }

    // ----- Family and Community Engagement Standards - Rubric -------------------------------------

    @Nested
    class FamilyEngagementRubric {

        private final StagedRubric rubric = SeedInstruments.familyEngagementRubric();

        @Test
        void hasTheThreeStagesAndTheSecondIntegrationRowOfStandard1() {
            assertThat(rubric.id()).isEqualTo("family-engagement-rubric");
            assertThat(rubric.title().text()).isEqualTo("Family and Community Engagement Standards - Rubric");
            assertThat(rubric.stages()).extracting(Stage::id, Stage::position, s -> s.label().text()).containsExactly(
                    tuple("exploration", 1, "Exploration"),
                    tuple("expansion", 2, "Expansion"),
                    tuple("integration", 3, "Integration"),
                    tuple("integration-second-row", 4, "Integration (second row)"));
        }

        @Test
        void hasEightStandardsWithThreeStagesEachButStandard1WithFour() {
            assertThat(rubric.standards()).extracting(Standard::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(rubric.standards()).extracting(s -> s.cells().size()).containsExactly(4, 3, 3, 3, 3, 3, 3, 3);
            assertThat(rubric.standards().get(0).cells()).extracting(Cell::columnId)
                    .containsExactly("exploration", "expansion", "integration", "integration-second-row");
            assertThat(rubric.standards().subList(1, 8)).allSatisfy(standard ->
                    assertThat(standard.cells()).extracting(Cell::columnId)
                            .containsExactly("exploration", "expansion", "integration"));
        }

        @Test
        void hasOneStatementPerSeedBulletOrSentence() {
            assertThat(rubric.standards()).extracting(SeedInstrumentsTest::statementCounts).containsExactly(
                    List.of(3, 3, 5, 12), List.of(4, 4, 10), List.of(2, 4, 7), List.of(2, 3, 4),
                    List.of(2, 4, 11), List.of(2, 3, 5), List.of(2, 4, 5), List.of(2, 2, 7));
        }

        @Test
        void keepsTitlesAndIntentsVerbatim() {
            Standard first = rubric.standards().get(0);
            assertThat(first.title().text())
                    .isEqualTo("The school provides a welcoming and engaging environment for all families.");
            assertThat(first.intent().text()).isEqualTo("Families and students are active participants in the life"
                    + " of the school; and feel welcomed, valued, and connected to each other, to school staff, and"
                    + " to what students are learning and doing in class.");
            assertThat(rubric.standards().get(7).title().text()).isEqualTo("The district adopts performance"
                    + " evaluations, policies, and procedures that support high-impact family engagement efforts.");
            assertThat(rubric.standards().get(2).intent().text()).startsWith("Schools share aggregate and individual"
                    + " student performance data with families regularly").endsWith("on behalf of their student.");
        }

        @Test
        void keepsStatementsVerbatim() {
            assertThat(statement(rubric, "s2-exploration-1"))
                    .isEqualTo("School flyers are sent home to families before each event.");
            assertThat(statement(rubric, "s1-exploration-1")).isEqualTo("Families perceive the school as a fortress.");
            assertThat(statement(rubric, "s1-integration-second-row-12"))
                    .isEqualTo("Parent parking is available close to the front office.");
            assertThat(statement(rubric, "s4-exploration-2")).isEqualTo(
                    "The teacher tell parents they are available to talk if the parents make an appointment.");
            assertThat(statement(rubric, "s7-expansion-1")).isEqualTo("Partnerships are actively maintained.");
            assertThat(statement(rubric, "s8-integration-7")).isEqualTo("Funding sources are strategically allocated"
                    + " to ensure development and alignment of resources to impact effective family engagement"
                    + " practices.");
        }

        @Test
        void keepsStatementsTheSeedRepeatsAcrossStagesWithTheirOwnIds() {
            assertThat(statement(rubric, "s3-exploration-1")).isEqualTo(statement(rubric, "s3-expansion-1"))
                    .isEqualTo("Report cards are sent home quarterly.");
            assertThat(statement(rubric, "s5-exploration-2")).isEqualTo(statement(rubric, "s5-expansion-2"));
            assertThat(statement(rubric, "s6-exploration-1")).isEqualTo(statement(rubric, "s6-expansion-1"));
            assertThat(statement(rubric, "s1-expansion-3")).isEqualTo(statement(rubric, "s1-integration-5"))
                    .isEqualTo("School personnel do not receive professional development in family engagement.");
        }

        @Test
        void recordsTheDuplicateStage3Erratum() {
            Erratum erratum = rubric.errata().get(0);
            assertThat(erratum.id()).isEqualTo("std1-duplicate-stage-3");
            assertThat(erratum.location()).isEqualTo("standards[0].cells[3]");
            assertThat(erratum.seedSays().text()).contains("STAGE 3 INTEGRATION");
            assertThat(erratum.reason().text()).contains("distinct").contains("row order is kept");
        }
    }

    @Nested
    class FamilyEngagementRubricAsPrinted {

        private final StagedRubric printed = SeedInstruments.familyEngagementRubricAsPrinted();
        private final StagedRubric valid = SeedInstruments.familyEngagementRubric();

        @Test
        void reportsTheDuplicateLabelAndTheRepeatedPosition() {
            assertThat(VALIDATOR.validate(printed)).extracting(Problem::code, Problem::path).containsExactly(
                    tuple(ProblemCodes.DUPLICATE_LABEL, "stages[3].label"),
                    tuple(ProblemCodes.INCONSISTENT_ORDER, "stages[3].position"));
        }

        @Test
        void putsTheFourthRowOfStandard1OnASecondIntegrationStage() {
            assertThat(printed.stages().get(3)).isEqualTo(Stage.of("integration-as-printed", 3, "Integration"));
            assertThat(printed.standards().get(0).cells().get(3).columnId()).isEqualTo("integration-as-printed");
            assertThat(printed.errata()).isEmpty();
        }

        @Test
        void isOtherwiseIdenticalToTheValidRubric() {
            assertThat(printed.id()).isEqualTo(valid.id());
            assertThat(printed.title()).isEqualTo(valid.title());
            assertThat(printed.source()).isEqualTo(valid.source());
            assertThat(printed.stages().subList(0, 3)).isEqualTo(valid.stages().subList(0, 3));
            assertThat(printed.standards().subList(1, 8)).isEqualTo(valid.standards().subList(1, 8));
            Standard printed1 = printed.standards().get(0);
            Standard valid1 = valid.standards().get(0);
            assertThat(printed1.cells().subList(0, 3)).isEqualTo(valid1.cells().subList(0, 3));
            assertThat(printed1.cells().get(3).statements()).isEqualTo(valid1.cells().get(3).statements());
            assertThat(printed1.title()).isEqualTo(valid1.title());
            assertThat(printed1.intent()).isEqualTo(valid1.intent());
        }
    }

    // ----- 4 Versions of Family-School Partnerships ------------------------------------------------

    @Nested
    class FourVersions {

        private final ArchetypeMatrix matrix = SeedInstruments.fourVersions();

        @Test
        void hasFourArchetypesInDisplayOrder() {
            assertThat(matrix.archetypes()).extracting(Archetype::id, Archetype::rank, a -> a.name().text(),
                    a -> a.levelName().text()).containsExactly(
                    tuple("partnership", 4, "Partnership School", "Advanced"),
                    tuple("open-door", 3, "Open-Door School", "Proficient"),
                    tuple("come-if-we-call", 2, "Come-if-We-Call School", "Basic"),
                    tuple("fortress", 1, "Fortress School", "Below Basic"));
        }

        @Test
        void keepsTheMottosAndLeavesTheMissingOneNull() {
            assertThat(matrix.archetypes().get(0).motto().text()).isEqualTo("All families & communities have"
                    + " something great to offer—we do whatever it takes to work closely together to make sure every"
                    + " single student succeeds.");
            assertThat(matrix.archetypes().get(1).motto()).isNull();
            assertThat(matrix.archetypes().get(2).motto().text()).startsWith("Parents are welcome when we ask them,")
                    .endsWith("We know where to get community help if we need it.");
            assertThat(matrix.archetypes().get(3).motto().text()).startsWith("Parents belong at home, not at school.")
                    .endsWith("We want to keep it that way.");
        }

        @Test
        void hasFiveDimensionsOfFourCellsInColumnOrder() {
            assertThat(matrix.dimensions()).extracting(Dimension::id).containsExactly("building-relationships",
                    "linking-to-learning", "addressing-differences", "supporting-advocacy", "sharing-power");
            assertThat(matrix.dimensions()).extracting(d -> d.name().text()).containsExactly("Building Relationships",
                    "Linking to Learning", "Addressing Differences", "Supporting Advocacy", "Sharing Power");
            assertThat(matrix.dimensions()).allSatisfy(dimension -> assertThat(dimension.cells())
                    .extracting(Cell::columnId)
                    .containsExactly("partnership", "open-door", "come-if-we-call", "fortress"));
            assertThat(matrix.dimensions()).extracting(SeedInstrumentsTest::statementCounts).containsExactly(
                    List.of(4, 4, 3, 4), List.of(4, 4, 3, 3), List.of(4, 3, 3, 3), List.of(3, 3, 2, 3),
                    List.of(5, 5, 4, 3));
        }

        @Test
        void keepsStatementsQuotesAndPunctuationVerbatim() {
            assertThat(statement(matrix, "br-partnership-1"))
                    .isEqualTo("Family center is always open, full of interesting materials to borrow");
            assertThat(statement(matrix, "br-fortress-1")).isEqualTo("Families do not \"bother\" school staff");
            assertThat(statement(matrix, "ad-fortress-2"))
                    .isEqualTo("\"We teach about our country—that's what those parents need to know\"");
            assertThat(statement(matrix, "sp-fortress-2"))
                    .isEqualTo("Families are afraid to complain. \"They might take it out on my kid\"");
            assertThat(statement(matrix, "sp-fortress-3")).isEqualTo(
                    "\"Community groups should mind their own business; they don't know about education.\"");
            assertThat(statement(matrix, "sa-come-if-we-call-2"))
                    .isEqualTo("Families visit school on report card pick up day & can see a teacher if they call"
                            + " first");
        }

        @Test
        void hasTheFourProfileRules() {
            assertThat(matrix.profileRules()).extracting(ProfileRule::id, ProfileRule::rank, r -> r.label().text(),
                    r -> r.conditions().toString()).containsExactly(
                    tuple("advanced", 4, "Advanced",
                            "[IN [partnership] AT_LEAST 3, NOT_IN [partnership, open-door] AT_MOST 0]"),
                    tuple("proficient", 3, "Proficient",
                            "[IN [open-door, partnership] AT_LEAST 4, IN [fortress] AT_MOST 0]"),
                    tuple("basic", 2, "Basic", "[IN [come-if-we-call] AT_LEAST 3, IN [partnership] AT_MOST 0]"),
                    tuple("below-basic", 1, "Below Basic",
                            "[IN [fortress] AT_LEAST 3, IN [open-door, partnership] AT_MOST 0]"));
        }

        @Test
        void hasTheInstructionsAndTheSource() {
            assertThat(matrix.instructions().text()).isEqualTo("Check the boxes that have the most statements under"
                    + " them marked or circled. Check only 1 box in each row");
            assertThat(matrix.source().title().text())
                    .isEqualTo("Beyond the Bake Sale—The Essential Guide to Family-School Partnerships");
            assertThat(matrix.source().attribution()).isEqualTo("Henderson, Mapp, Johnson & Davies (2007)");
        }
    }

    // ----- Essential Personalized Learning School Conditions ---------------------------------------

    @Nested
    class SchoolConditions {

        private final ConditionsAssessment assessment = SeedInstruments.schoolConditions();

        @Test
        void hasTheSeedsScale() {
            assertThat(assessment.scale().points()).extracting(ScalePoint::value, p -> p.label().text())
                    .containsExactly(
                            tuple(1, "Evidence that is in planning or beginning stages"),
                            tuple(2, "Partially in place"),
                            tuple(3, "In place across the school"),
                            tuple(4, "In place at a high level"));
        }

        @Test
        void hasSixConditionsAndOnlyCondition4HasIndicators() {
            assertThat(assessment.conditions()).extracting(Condition::number, c -> c.name().text(),
                    c -> c.indicators().size()).containsExactly(
                    tuple(1, "School Leadership & Vision", 0),
                    tuple(2, "Aligned District and School Autonomies", 0),
                    tuple(3, "Professional Collaborative Communities", 0),
                    tuple(4, "Family and Community Partnerships", 5),
                    tuple(5, "Cultural Relevance and Attention to Equity", 0),
                    tuple(6, "Campus Technology & Infrastructure", 0));
            assertThat(assessment.purpose().text()).isEqualTo("The goal of this needs assessment is to determine"
                    + " readiness for Personalized Learning and to support the strategic planning process.");
        }

        @Test
        void parsesTheCitationsOutOfTheIndicatorTexts() {
            List<Indicator> indicators = assessment.conditions().get(3).indicators();
            assertThat(indicators).extracting(Indicator::id, Indicator::number)
                    .containsExactly(tuple("c4-i1", 1), tuple("c4-i2", 2), tuple("c4-i3", 3), tuple("c4-i4", 4),
                            tuple("c4-i5", 5));
            assertThat(indicators).extracting(i -> i.citations().stream().map(Citation::toString).toList())
                    .containsExactly(List.of("CCSSO III.2.c"), List.of("CCSSO III.2.c.i", "CCSSO IV.2.b"),
                            List.of("CCSSO III.2.c"), List.of(), List.of("CCSSO III.2.b&c"));
            assertThat(indicators).allSatisfy(i -> assertThat(i.text().text()).doesNotContain("CCSSO").endsWith("."));
            assertThat(indicators.get(0).text().text()).isEqualTo("The school has opportunities, including groups,"
                    + " teams, and events, for families and community members to serve in significant roles towards"
                    + " fulfilling the school's vision/mission.");
        }
    }

    // ----- District indicator -----------------------------------------------------------------------

    @Nested
    class District {

        private final DistrictIndicators district = SeedInstruments.districtIndicators();

        @Test
        void hasIndicator6837InDimensionE() {
            assertThat(district.indicators()).hasSize(1);
            DistrictIndicator indicator = district.indicators().get(0);
            assertThat(indicator.id()).isEqualTo("6837");
            assertThat(indicator.dimension().code()).isEqualTo("E");
            assertThat(indicator.dimension().name().text()).isEqualTo("Families and Community");
            assertThat(indicator.coreFunction()).isNull();
            assertThat(indicator.effectivePractice()).isNull();
            assertThat(indicator.text().text()).isEqualTo("The district has established two-way communication"
                    + " channels to encourage transparency, feedback loops, and access to information for families"
                    + " and the community.");
            assertThat(indicator.explanation().text()).startsWith("Effective communication channels that are two-way"
                    + " and transparent are essential").endsWith("celebrate early signs of communication strategy"
                    + " progress.");
        }

        @Test
        void splitsTheQuestionsParagraphIntoItsTenQuestions() {
            // The seed's Questions paragraph has ten question marks, so ten guiding questions.
            List<LocalizedText> questions = district.indicators().get(0).guidingQuestions();
            assertThat(questions).hasSize(10).allSatisfy(q -> assertThat(q.text()).endsWith("?")
                    .doesNotContain("*").satisfies(t -> assertThat(t.indexOf('?')).isEqualTo(t.length() - 1)));
            assertThat(questions.get(0).text())
                    .isEqualTo("How has stakeholder input been incorporated in the district’s vision for PL?");
            assertThat(questions.get(9).text()).isEqualTo("How will the district monitor the effectiveness of its"
                    + " communications about PL, as well as highlight and celebrate effective communications"
                    + " strategies?");
        }

        @Test
        void explainsTheMisalignedHeaderRow() {
            Erratum erratum = district.errata().get(0);
            assertThat(erratum.id()).isEqualTo("header-row-misaligned");
            assertThat(erratum.seedSays().text()).contains("CORE FUNCTION | EFFECTIVE | INDICATOR");
        }
    }

    // ----- "Is Your Child's School Student-Centered?" Checklist -------------------------------------

    @Nested
    class StudentCenteredChecklist {

        private final Checklist checklist = SeedInstruments.studentCenteredChecklist();

        @Test
        void hasSixUnlabelledLookFors() {
            ChecklistGroup lookFors = checklist.groups().get(0);
            assertThat(lookFors.id()).isEqualTo("look-fors");
            assertThat(lookFors.title().text()).isEqualTo("Look for:");
            assertThat(lookFors.items()).extracting(ChecklistItem::id)
                    .containsExactly("look-1", "look-2", "look-3", "look-4", "look-5", "look-6");
            assertThat(lookFors.items()).allSatisfy(item -> assertThat(item.label()).isNull());
            assertThat(lookFors.items().get(1).text().text()).isEqualTo(
                    "Student work is visible in the classroom and the hallways—and all students are represented.");
        }

        @Test
        void hasThirteenLabelledQuestions() {
            ChecklistGroup questions = checklist.groups().get(1);
            assertThat(questions.id()).isEqualTo("questions");
            assertThat(questions.title().text()).isEqualTo("Here's a handy list of questions that families can ask"
                    + " to learn more about the school and their approaches:");
            assertThat(questions.items()).extracting(i -> i.label().text()).containsExactly("Pace", "Passion", "Path",
                    "Meaningful Assessment", "Progress", "Parent Involvement", "Mentorships", "Real-World Learning",
                    "Community Involvement", "Technology", "Feedback and Growth", "Noncognitive Skills",
                    "Discipline");
            assertThat(questions.items()).extracting(ChecklistItem::id).contains("q-pace",
                    "q-meaningful-assessment", "q-real-world-learning", "q-feedback-and-growth");
        }

        @Test
        void keepsQuestionTextsVerbatimWithoutTheirLabels() {
            Map<String, String> byId = new HashMap<>();
            checklist.groups().get(1).items().forEach(i -> byId.put(i.id(), i.text().text()));
            assertThat(byId.get("q-pace"))
                    .isEqualTo("Do students move through content at their own pace and according to their own needs?");
            assertThat(byId.get("q-path")).startsWith("Is each child on a unique learning path")
                    .endsWith("Do students have \"voice and choice\" when it comes to their learning?");
            assertThat(byId.get("q-progress")).isEqualTo("Does your child's teacher have a system for tracking"
                    + " individual student progress toward overall academic goals across various content areas?"
                    + " What is your child's involvement in tracking their progress and setting their own goals?"
                    + " Does your child have a strong sense of their strengths, weaknesses and overall progress? Can"
                    + " parents easily access information about their student and get an accurate picture of how"
                    + " their student is progressing?");
            assertThat(byId.get("q-feedback-and-growth")).startsWith("Does assessment and feedback go beyond test"
                    + " scores?").doesNotContain("Peedback");
            assertThat(byId.values()).allSatisfy(text -> assertThat(text).doesNotContain("Click to enlarge"));
        }

        @Test
        void quotesTheOcrSlipInItsErratum() {
            assertThat(checklist.errata()).filteredOn(e -> e.id().equals("feedback-label-ocr-slip")).singleElement()
                    .satisfies(e -> assertThat(e.seedSays().text()).contains("Peedback and Growth"));
        }
    }

    // ----- Engaging Families guardian survey --------------------------------------------------------

    @Nested
    class GuardianSurvey {

        private final Survey survey = SeedInstruments.guardianSurvey();

        @Test
        void hasTheSixStatementsAndTheHowTrueScale() {
            assertThat(survey.prompt().text()).isEqualTo("How true is each statement for you?");
            assertThat(survey.statements()).extracting(Statement::id)
                    .containsExactly("survey-1", "survey-2", "survey-3", "survey-4", "survey-5", "survey-6");
            assertThat(survey.statements().get(0).text().text())
                    .isEqualTo("I know whom to reach out to at my child’s school if I have questions or concerns.");
            assertThat(survey.statements().get(3).text().text())
                    .isEqualTo("The district/network is responsive to my feedback.");
            assertThat(survey.scale().points()).extracting(ScalePoint::value, p -> p.label().text()).containsExactly(
                    tuple(1, "Not at all true"), tuple(2, "A little true"), tuple(3, "Mostly true"),
                    tuple(4, "Completely true"));
        }

        @Test
        void hasTheQuarterlyContactGoalWithFourMonitoredGroups() {
            assertThat(survey.goals()).hasSize(1);
            ContactGoal goal = survey.goals().get(0);
            assertThat(goal.id()).isEqualTo("quarterly-teacher-contact");
            assertThat(goal.description().text()).isEqualTo("Ensure that 100% of families connect with their"
                    + " teachers. Set a goal of having each family hear from their child’s teacher at least once per"
                    + " quarter.");
            assertThat(goal.targetPercent()).isEqualTo(100);
            assertThat(goal.period()).isEqualTo(ContactPeriod.QUARTER);
            assertThat(goal.monitoredGroups()).extracting(MonitoredGroup::id, g -> g.label().text()).containsExactly(
                    tuple("racial-demographic-groups", "racial demographic groups"),
                    tuple("students-with-ieps", "students with IEPs"),
                    tuple("multilingual-learners", "multilingual learners"),
                    tuple("free-reduced-lunch", "students who receive free and reduced lunch"));
        }
    }

    // ----- sample responses -------------------------------------------------------------------------

    static Stream<Arguments> sampleResponses() {
        List<Arguments> arguments = new ArrayList<>(List.of(
                Arguments.of(SampleResponses.fourVersionsTeam(), SeedInstruments.fourVersions()),
                Arguments.of(SampleResponses.fourVersionsWithTie(), SeedInstruments.fourVersions()),
                Arguments.of(SampleResponses.familyEngagementTeam(), SeedInstruments.familyEngagementRubric()),
                Arguments.of(SampleResponses.schoolConditionsTeam(), SeedInstruments.schoolConditions()),
                Arguments.of(SampleResponses.districtSelfAssessment(), SeedInstruments.districtIndicators()),
                Arguments.of(SampleResponses.checklistVisit(), SeedInstruments.studentCenteredChecklist())));
        SampleResponses.guardianSurveyResponses()
                .forEach(response -> arguments.add(Arguments.of(response, SeedInstruments.guardianSurvey())));
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleResponses")
    void sampleResponseIsValidAgainstItsInstrument(Response response, Instrument instrument) {
        assertThat(VALIDATOR.validate(response, instrument)).isEmpty();
    }

    @Test
    void guardianSurveyHasAboutTwelveResponsesWithDistinctIdsAndSomeNotApplicable() {
        List<Response> responses = SampleResponses.guardianSurveyResponses();
        assertThat(responses).hasSize(12);
        assertThat(responses).extracting(Response::id).doesNotHaveDuplicates();
        long notApplicable = responses.stream()
                .flatMap(r -> ((Ratings) r.evidence()).byItem().values().stream())
                .filter(Rating.NotApplicable.class::isInstance).count();
        assertThat(notApplicable).isBetween(2L, 6L);
    }

    @Test
    void fourVersionsTeamIsProficient() {
        ArchetypeResult result = ScoringEngine.defaults()
                .score(SeedInstruments.fourVersions(), SampleResponses.fourVersionsTeam());
        assertThat(result.profile()).isEqualTo(new Profile.Classified("proficient", "Proficient", 3));
    }

    @Test
    void fourVersionsTieDecidesBetweenProficientAndAdvanced() {
        ArchetypeMatrix matrix = SeedInstruments.fourVersions();
        Response response = SampleResponses.fourVersionsWithTie();
        assertThat(ScoringEngine.defaults().score(matrix, response).profile())
                .isEqualTo(new Profile.Classified("proficient", "Proficient", 3));
        assertThat(ScoringEngine.defaults().withTiePolicy(TiePolicies.higherLevel()).score(matrix, response).profile())
                .isEqualTo(new Profile.Classified("advanced", "Advanced", 4));
    }

    // ----- helpers ----------------------------------------------------------------------------------

    private static List<Integer> statementCounts(MatrixRow row) {
        return row.cells().stream().map(cell -> cell.statements().size()).toList();
    }

    private static String statement(MatrixInstrument matrix, String id) {
        for (MatrixRow row : matrix.rows()) {
            for (Cell cell : row.cells()) {
                for (Statement statement : cell.statements()) {
                    if (statement.id().equals(id)) {
                        return statement.text().text();
                    }
                }
            }
        }
        throw new AssertionError("no statement '" + id + "' in " + matrix.id());
    }

    /** Returns the texts that must be unique together: per cell, per checklist group, per list of items. */
    private static List<List<String>> textGroups(Instrument instrument) {
        List<List<String>> groups = new ArrayList<>();
        if (instrument instanceof MatrixInstrument matrix) {
            for (MatrixRow row : matrix.rows()) {
                for (Cell cell : row.cells()) {
                    groups.add(cell.statements().stream().map(s -> s.text().text()).toList());
                }
            }
        } else if (instrument instanceof ConditionsAssessment assessment) {
            groups.add(assessment.conditions().stream().map(c -> c.name().text()).toList());
            for (Condition condition : assessment.conditions()) {
                if (!condition.indicators().isEmpty()) {
                    groups.add(condition.indicators().stream().map(i -> i.text().text()).toList());
                }
            }
        } else if (instrument instanceof DistrictIndicators district) {
            for (DistrictIndicator indicator : district.indicators()) {
                groups.add(List.of(indicator.text().text()));
                groups.add(indicator.guidingQuestions().stream().map(LocalizedText::text).toList());
            }
        } else if (instrument instanceof Checklist checklist) {
            for (ChecklistGroup group : checklist.groups()) {
                groups.add(group.items().stream().map(i -> i.text().text()).toList());
                List<String> labels = group.items().stream().filter(i -> i.label() != null)
                        .map(i -> i.label().text()).toList();
                if (!labels.isEmpty()) {
                    groups.add(labels);
                }
            }
        } else if (instrument instanceof Survey survey) {
            groups.add(survey.statements().stream().map(s -> s.text().text()).toList());
        }
        return groups;
    }
}
