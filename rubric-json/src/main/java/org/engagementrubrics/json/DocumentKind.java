package org.engagementrubrics.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.ChecklistResult;
import org.engagementrubrics.core.scoring.ChecklistTallyState;
import org.engagementrubrics.core.scoring.MatrixResult;
import org.engagementrubrics.core.scoring.PointsResult;
import org.engagementrubrics.core.scoring.PointsTallyState;
import org.engagementrubrics.core.scoring.RatingResult;
import org.engagementrubrics.core.scoring.RatingTallyState;
import org.engagementrubrics.core.scoring.RollupResult;
import org.engagementrubrics.core.scoring.RollupTallyState;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.scoring.StagePointsScheme;
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
 * of tallies, results by group, the coverage result, change over time, the aggregate and agreement
 * report of a panel, then the points scheme of a staged rubric).
 *
 * <p>{@link #codec()} names each row's codec in a switch (not a field or a lambda per row), so that a codec's
 * class is loaded and initialised only when a document of its kind is first read or written: a command that reads
 * one instrument builds no codec of results, and initialising the table spins no lambda (start-up, issue 12).
 */
enum DocumentKind {

    STAGED_RUBRIC(InstrumentKind.STAGED_RUBRIC, StagedRubric.class),
    ARCHETYPE_MATRIX(InstrumentKind.ARCHETYPE_MATRIX, ArchetypeMatrix.class),
    CONDITIONS_ASSESSMENT(InstrumentKind.CONDITIONS_ASSESSMENT, ConditionsAssessment.class),
    DISTRICT_INDICATORS(InstrumentKind.DISTRICT_INDICATORS, DistrictIndicators.class),
    CHECKLIST(InstrumentKind.CHECKLIST, Checklist.class),
    SURVEY(InstrumentKind.SURVEY, Survey.class),
    POINTS_RUBRIC(InstrumentKind.POINTS_RUBRIC, PointsRubric.class),

    RESPONSE("response", Role.RESPONSE, Response.class),

    MATRIX_RESULT("matrix-result", Role.RESULT, MatrixResult.class),
    ARCHETYPE_RESULT("archetype-result", Role.RESULT, ArchetypeResult.class),
    STAGE_RESULT("stage-result", Role.RESULT, StageResult.class),
    RATING_RESULT("rating-result", Role.RESULT, RatingResult.class),
    ROLLUP_RESULT("rollup-result", Role.RESULT, RollupResult.class),
    CHECKLIST_RESULT("checklist-result", Role.RESULT, ChecklistResult.class),
    SURVEY_RESULT("survey-result", Role.RESULT, SurveyResult.class),
    POINTS_RESULT("points-result", Role.RESULT, PointsResult.class),

    RATING_TALLY("rating-tally", Role.TALLY, RatingTallyState.class),
    ROLLUP_TALLY("rollup-tally", Role.TALLY, RollupTallyState.class),
    CHECKLIST_TALLY("checklist-tally", Role.TALLY, ChecklistTallyState.class),
    SURVEY_TALLY("survey-tally", Role.TALLY, SurveyTallyState.class),
    POINTS_TALLY("points-tally", Role.TALLY, PointsTallyState.class),

    SURVEY_BY_GROUP_RESULT("survey-by-group-result", Role.BY_GROUP, surveysByGroup()),

    COVERAGE_RESULT("coverage-result", Role.COVERAGE, CoverageResult.class),

    COMPARISON("comparison", Role.COMPARISON, Comparison.class),
    ID_MAPPING("id-mapping", Role.ID_MAPPING, IdMapping.class),
    CONSENSUS("consensus", Role.CONSENSUS, Consensus.class),
    AGREEMENT_REPORT("agreement-report", Role.AGREEMENT_REPORT, AgreementReport.class),

    STAGE_POINTS_SCHEME("stage-points-scheme", Role.STAGE_POINTS_SCHEME, StagePointsScheme.class);

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
        AGREEMENT_REPORT(AgreementReport.class, DocumentWriter.FORMAT),
        /** How a staged rubric's placements become points (issue 14). */
        STAGE_POINTS_SCHEME(StagePointsScheme.class, DocumentWriter.FORMAT);

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

    private static final List<String> KIND_NAMES = namesOf(null);
    private static final Map<Role, List<String>> KIND_NAMES_BY_ROLE = byRole();
    private static final Map<String, DocumentKind> BY_WIRE_NAME = byWireName();

    private final String kindName;
    private final Role role;
    private final Class<?> type;

    DocumentKind(InstrumentKind kind, Class<? extends Instrument> type) {
        this(kind.kindName(), Role.INSTRUMENT, type);
    }

    DocumentKind(String kindName, Role role, Class<?> type) {
        this.kindName = kindName;
        this.role = role;
        this.type = type;
    }

    /** The type of results by group of survey results, named here so that the row loads no codec class. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<GroupedResult<SurveyResult>> surveysByGroup() {
        return (Class) GroupedResult.class;
    }

    /** The kind names of the role (of every role if null), in table order. */
    private static List<String> namesOf(Role role) {
        List<String> names = new ArrayList<>();
        for (DocumentKind kind : values()) {
            if (role == null || kind.role == role) {
                names.add(kind.kindName);
            }
        }
        return List.copyOf(names);
    }

    private static Map<Role, List<String>> byRole() {
        Map<Role, List<String>> map = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            map.put(role, namesOf(role));
        }
        return map;
    }

    private static Map<String, DocumentKind> byWireName() {
        Map<String, DocumentKind> map = new HashMap<>();
        for (DocumentKind kind : values()) {
            map.put(kind.kindName, kind);
        }
        return Map.copyOf(map);
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
        ObjectCodec<?> codec = switch (this) {
            case STAGED_RUBRIC -> InstrumentCodecs.Staged.STAGED_RUBRIC;
            case ARCHETYPE_MATRIX -> InstrumentCodecs.Matrix.ARCHETYPE_MATRIX;
            case CONDITIONS_ASSESSMENT -> InstrumentCodecs.Conditions.CONDITIONS_ASSESSMENT;
            case DISTRICT_INDICATORS -> InstrumentCodecs.District.DISTRICT_INDICATORS;
            case CHECKLIST -> InstrumentCodecs.Checklists.CHECKLIST;
            case SURVEY -> InstrumentCodecs.Surveys.SURVEY;
            case POINTS_RUBRIC -> InstrumentCodecs.Points.POINTS_RUBRIC;
            case RESPONSE -> ResponseCodecs.RESPONSE;
            case MATRIX_RESULT -> ResultCodecs.MATRIX_RESULT;
            case ARCHETYPE_RESULT -> ResultCodecs.ARCHETYPE_RESULT;
            case STAGE_RESULT -> ResultCodecs.STAGE_RESULT;
            case RATING_RESULT -> ResultCodecs.RATING_RESULT;
            case ROLLUP_RESULT -> ResultCodecs.ROLLUP_RESULT;
            case CHECKLIST_RESULT -> ResultCodecs.CHECKLIST_RESULT;
            case SURVEY_RESULT -> ResultCodecs.SURVEY_RESULT;
            case POINTS_RESULT -> ResultCodecs.POINTS_RESULT;
            case RATING_TALLY -> TallyCodecs.RATING_TALLY;
            case ROLLUP_TALLY -> TallyCodecs.ROLLUP_TALLY;
            case CHECKLIST_TALLY -> TallyCodecs.CHECKLIST_TALLY;
            case SURVEY_TALLY -> TallyCodecs.SURVEY_TALLY;
            case POINTS_TALLY -> TallyCodecs.POINTS_TALLY;
            case SURVEY_BY_GROUP_RESULT -> GroupCodecs.SURVEY_BY_GROUP_RESULT;
            case COVERAGE_RESULT -> CoverageCodecs.COVERAGE_RESULT;
            case COMPARISON -> ChangeCodecs.COMPARISON;
            case ID_MAPPING -> ChangeCodecs.ID_MAPPING;
            case CONSENSUS -> PanelCodecs.CONSENSUS;
            case AGREEMENT_REPORT -> PanelCodecs.AGREEMENT_REPORT;
            case STAGE_POINTS_SCHEME -> PointsCodecs.STAGE_POINTS_SCHEME;
        };
        return (ObjectCodec<T>) codec;
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
                SURVEY_RESULT, POINTS_RESULT).contains(this);
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
