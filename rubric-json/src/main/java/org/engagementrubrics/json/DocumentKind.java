package org.engagementrubrics.json;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.change.Comparison;
import org.engagementrubrics.core.change.IdMapping;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.ChecklistTallyState;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RatingTallyState;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.RollupTallyState;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StageResult;
import org.engagementrubrics.core.scoring.SurveyResult;
import org.engagementrubrics.core.scoring.SurveyTallyState;
import org.engagementrubrics.core.scoring.TallyState;
import org.engagementrubrics.core.survey.Survey;

/**
 * The one table of document kinds: each row gives the name written in a document's {@code kind}, the
 * Java type, the codec, the JSON Schema resource and the role. Every other list of kinds derives from
 * it: what each reader accepts and the "expected one of" of its messages, the kinds and schemas of
 * {@link JsonSchemas}, and the types the Jackson module registers. The order of the rows is the order
 * of every such list (instruments in {@link InstrumentKind} order, the response, the results, the states
 * of tallies, results by group, the coverage result, change over time, then the aggregate and agreement
 * report of a panel).
 *
 * <p>A row names its codec through a supplier, so that a codec's class is loaded and initialised only when a
 * document of its kind is first read or written: a command that reads one instrument builds no codec of results.
 */
enum DocumentKind {

    STAGED_RUBRIC(InstrumentKind.STAGED_RUBRIC, StagedRubric.class,
            () -> InstrumentCodecs.Staged.STAGED_RUBRIC),
    ARCHETYPE_MATRIX(InstrumentKind.ARCHETYPE_MATRIX, ArchetypeMatrix.class,
            () -> InstrumentCodecs.Matrix.ARCHETYPE_MATRIX),
    CONDITIONS_ASSESSMENT(InstrumentKind.CONDITIONS_ASSESSMENT, ConditionsAssessment.class,
            () -> InstrumentCodecs.Conditions.CONDITIONS_ASSESSMENT),
    DISTRICT_INDICATORS(InstrumentKind.DISTRICT_INDICATORS, DistrictIndicators.class,
            () -> InstrumentCodecs.District.DISTRICT_INDICATORS),
    CHECKLIST(InstrumentKind.CHECKLIST, Checklist.class, () -> InstrumentCodecs.Checklists.CHECKLIST),
    SURVEY(InstrumentKind.SURVEY, Survey.class, () -> InstrumentCodecs.Surveys.SURVEY),

    RESPONSE("response", Role.RESPONSE, Response.class, () -> ResponseCodecs.RESPONSE),

    MATRIX_RESULT("matrix-result", Role.RESULT, MatrixResult.class, () -> ResultCodecs.MATRIX_RESULT),
    ARCHETYPE_RESULT("archetype-result", Role.RESULT, ArchetypeResult.class, () -> ResultCodecs.ARCHETYPE_RESULT),
    STAGE_RESULT("stage-result", Role.RESULT, StageResult.class, () -> ResultCodecs.STAGE_RESULT),
    RATING_RESULT("rating-result", Role.RESULT, RatingResult.class, () -> ResultCodecs.RATING_RESULT),
    ROLLUP_RESULT("rollup-result", Role.RESULT, RollupResult.class, () -> ResultCodecs.ROLLUP_RESULT),
    CHECKLIST_RESULT("checklist-result", Role.RESULT, ChecklistResult.class, () -> ResultCodecs.CHECKLIST_RESULT),
    SURVEY_RESULT("survey-result", Role.RESULT, SurveyResult.class, () -> ResultCodecs.SURVEY_RESULT),

    RATING_TALLY("rating-tally", Role.TALLY, RatingTallyState.class, () -> TallyCodecs.RATING_TALLY),
    ROLLUP_TALLY("rollup-tally", Role.TALLY, RollupTallyState.class, () -> TallyCodecs.ROLLUP_TALLY),
    CHECKLIST_TALLY("checklist-tally", Role.TALLY, ChecklistTallyState.class, () -> TallyCodecs.CHECKLIST_TALLY),
    SURVEY_TALLY("survey-tally", Role.TALLY, SurveyTallyState.class, () -> TallyCodecs.SURVEY_TALLY),

    SURVEY_BY_GROUP_RESULT("survey-by-group-result", Role.BY_GROUP, surveysByGroup(),
            () -> GroupCodecs.SURVEY_BY_GROUP_RESULT),

    COVERAGE_RESULT("coverage-result", Role.COVERAGE, CoverageResult.class, () -> CoverageCodecs.COVERAGE_RESULT),

    COMPARISON("comparison", Role.COMPARISON, Comparison.class, () -> ChangeCodecs.COMPARISON),
    ID_MAPPING("id-mapping", Role.ID_MAPPING, IdMapping.class, () -> ChangeCodecs.ID_MAPPING),
    CONSENSUS("consensus", Role.CONSENSUS, Consensus.class, () -> PanelCodecs.CONSENSUS),
    AGREEMENT_REPORT("agreement-report", Role.AGREEMENT_REPORT, AgreementReport.class, () -> PanelCodecs.AGREEMENT_REPORT);

    /**
     * What a document is for, and the formats in which it is read; each role has its own reader methods in
     * {@link RubricJson}. Results are read in 2.0 only: a 1.0 result names its responses by a list of ids,
     * so it is scored again rather than read. Contact coverage results came with 2.0.
     */
    enum Role {
        INSTRUMENT(Instrument.class, DocumentWriter.FORMAT_1_0, DocumentWriter.FORMAT),
        RESPONSE(Response.class, DocumentWriter.FORMAT_1_0, DocumentWriter.FORMAT),
        RESULT(ScoreResult.class, DocumentWriter.FORMAT),
        TALLY(TallyState.class, DocumentWriter.FORMAT),
        /** Pooled results by roster group: of a survey only, the kind whose raters are families. */
        BY_GROUP(GroupedResult.class, DocumentWriter.FORMAT),
        /** Contact coverage results. */
        COVERAGE(CoverageResult.class, DocumentWriter.FORMAT),
        /** Change over time of one subject. */
        COMPARISON(Comparison.class, DocumentWriter.FORMAT),
        /** Which unit of an older instrument version is which unit of a newer one. */
        ID_MAPPING(IdMapping.class, DocumentWriter.FORMAT),
        /** The aggregate of a panel of raters. */
        CONSENSUS(Consensus.class, DocumentWriter.FORMAT),
        /** The agreement report of a panel of raters. */
        AGREEMENT_REPORT(AgreementReport.class, DocumentWriter.FORMAT);

        private final Class<?> type;
        private final List<String> formats;

        Role(Class<?> type, String... formats) {
            this.type = type;
            this.formats = List.of(formats);
        }

        /** The Java type every document of the role is, such as {@link Instrument}. */
        Class<?> type() {
            return type;
        }

        /** The {@code format} values a document of the role is read in, oldest first. */
        List<String> formats() {
            return formats;
        }
    }

    private static final List<String> KIND_NAMES = Arrays.stream(values()).map(DocumentKind::kindName).toList();
    private static final Map<Role, List<String>> KIND_NAMES_BY_ROLE = byRole();
    private static final Map<String, DocumentKind> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(DocumentKind::kindName, Function.identity()));

    private final String kindName;
    private final Role role;
    private final Class<?> type;
    private final Supplier<? extends ObjectCodec<?>> codec;

    <T extends Instrument> DocumentKind(InstrumentKind kind, Class<T> type, Supplier<ObjectCodec<T>> codec) {
        this(kind.kindName(), Role.INSTRUMENT, type, codec);
    }

    <T> DocumentKind(String kindName, Role role, Class<T> type, Supplier<ObjectCodec<T>> codec) {
        this.kindName = kindName;
        this.role = role;
        this.type = type;
        this.codec = codec;
    }

    /** The type of results by group of survey results, named here so that the row loads no codec class. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<GroupedResult<SurveyResult>> surveysByGroup() {
        return (Class) GroupedResult.class;
    }

    private static Map<Role, List<String>> byRole() {
        Map<Role, List<String>> map = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            map.put(role, Arrays.stream(values()).filter(kind -> kind.role == role).map(DocumentKind::kindName)
                    .toList());
        }
        return map;
    }

    /** The name in a document's {@code kind} field, such as {@code staged-rubric}. */
    String kindName() {
        return kindName;
    }

    Role role() {
        return role;
    }

    /** The record type a document of this kind reads into. */
    Class<?> type() {
        return type;
    }

    /** The codec of the document's body, after {@code format} and {@code kind}. */
    @SuppressWarnings("unchecked")
    <T> ObjectCodec<T> codec() {
        return (ObjectCodec<T>) codec.get();
    }

    /** The class-path resource, relative to this package, of the kind's JSON Schema. */
    String schemaResource() {
        return "schema/" + kindName + ".schema.json";
    }

    /**
     * Checks if the kind has a compact form, written without explanation text (issue 12): the results of
     * scoring, of one response or pooled.
     */
    boolean hasCompactForm() {
        return Set.of(MATRIX_RESULT, ARCHETYPE_RESULT, STAGE_RESULT, RATING_RESULT, ROLLUP_RESULT, CHECKLIST_RESULT,
                SURVEY_RESULT).contains(this);
    }

    /** The class-path resource of the JSON Schema of the kind's compact form, if it {@link #hasCompactForm()}. */
    String compactSchemaResource() {
        return "schema/" + kindName + ".compact.schema.json";
    }

    /** Every kind name, in table order. */
    static List<String> kindNames() {
        return KIND_NAMES;
    }

    /** The kind names of one role, in table order. */
    static List<String> kindNames(Role role) {
        return KIND_NAMES_BY_ROLE.get(role);
    }

    /** The kind with this kind name, or null if there is none. */
    static DocumentKind named(String kindName) {
        return BY_WIRE_NAME.get(kindName);
    }

    /**
     * The kind of a value to write.
     *
     * @throws IllegalArgumentException if no kind has the value's type
     */
    static DocumentKind of(Object value) {
        if (value instanceof GroupedResult<?> grouped && !(grouped.all() instanceof SurveyResult)) {
            throw new IllegalArgumentException("no document kind for results by group of "
                    + grouped.all().getClass().getSimpleName() + "s; survey-by-group-result holds survey results only");
        }
        for (DocumentKind kind : values()) {
            if (kind.type.isInstance(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no document kind for " + value.getClass().getName());
    }
}
