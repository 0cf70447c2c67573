package org.engagementrubrics.json;

import static org.engagementrubrics.json.Field.nullable;
import static org.engagementrubrics.json.Field.optional;
import static org.engagementrubrics.json.Field.required;
import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.VARIANT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ValueCodecs.BOOLEAN;
import static org.engagementrubrics.json.ValueCodecs.DECIMAL;
import static org.engagementrubrics.json.ValueCodecs.EXTENSIONS;
import static org.engagementrubrics.json.ValueCodecs.INT;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.TEXT;
import static org.engagementrubrics.json.ValueCodecs.enumeration;
import static org.engagementrubrics.json.ValueCodecs.list;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
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
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;

/**
 * The JSON shape of every instrument kind and of the parts they share: one codec per type, fields in
 * declaration order.
 *
 * <p>Field names are the record component names, so a validation path such as
 * {@code standards[0].cells[2]} is the JSON pointer {@code /standards/0/cells/2}. Optional fields are
 * omitted when absent or empty ({@code errata}, {@code extensions}, nullable texts).
 *
 * <p>The parts shared by several kinds are fields of this class; the codecs of each kind are in a nested class
 * of their own ({@link Staged}, {@link Matrix}, ...), so that reading one instrument kind initialises only its
 * codecs and the shared ones, not the lambdas of every kind (start-up, issue 12).
 */
final class InstrumentCodecs {

    private InstrumentCodecs() {
    }

    // ----- shared parts -------------------------------------------------------------------------

    static final ObjectCodec<Source> SOURCE = ObjectCodec.of("source", fields(
            required("title", TEXT, Source::title),
            required("attribution", STRING, Source::attribution),
            nullable("citation", STRING, Source::citation)),
            v -> new Source(v.get("title"), v.get("attribution"), v.get("citation")));

    static final ObjectCodec<Erratum> ERRATUM = ObjectCodec.of("erratum", fields(
            required("id", STRING, Erratum::id),
            required("location", STRING, Erratum::location),
            required("seedSays", TEXT, Erratum::seedSays),
            required("resolution", TEXT, Erratum::resolution),
            required("reason", TEXT, Erratum::reason)),
            v -> new Erratum(v.get("id"), v.get("location"), v.get("seedSays"), v.get("resolution"), v.get("reason")));

    static final ObjectCodec<Statement> STATEMENT = ObjectCodec.of("statement", fields(
            required("id", STRING, Statement::id),
            required("text", TEXT, Statement::text),
            optional("extensions", EXTENSIONS, Statement::extensions, Extensions.empty())),
            v -> new Statement(v.get("id"), v.get("text"), v.get("extensions")));

    static final ObjectCodec<Cell> CELL = ObjectCodec.of("cell", fields(
            required("columnId", STRING, Cell::columnId),
            required("statements", list(STATEMENT), Cell::statements)),
            v -> new Cell(v.get("columnId"), v.get("statements")));

    /** The codecs of rating scales, shared by conditions assessments and surveys. */
    static final class Scales {

        private Scales() {
        }

        static final ObjectCodec<ScalePoint> SCALE_POINT = ObjectCodec.of("scale point", fields(
                required("value", INT, ScalePoint::value),
                required("label", TEXT, ScalePoint::label)),
                v -> new ScalePoint(v.getInt("value"), v.get("label")));

        static final ObjectCodec<RatingScale> SCALE = ObjectCodec.of("rating scale", fields(
                required("points", list(SCALE_POINT), RatingScale::points)),
                v -> new RatingScale(v.get("points")));
    }

    /** The codecs of staged rubrics and their parts, initialised when the first is read or written. */
    static final class Staged {

        private Staged() {
        }

        static final ObjectCodec<Stage> STAGE = ObjectCodec.of("stage", fields(
                required("id", STRING, Stage::id),
                required("position", INT, Stage::position),
                required("label", TEXT, Stage::label),
                optional("extensions", EXTENSIONS, Stage::extensions, Extensions.empty())),
                v -> new Stage(v.get("id"), v.getInt("position"), v.get("label"), v.get("extensions")));

        static final ObjectCodec<Standard> STANDARD = ObjectCodec.of("standard", fields(
                required("id", STRING, Standard::id),
                required("number", INT, Standard::number),
                required("title", TEXT, Standard::title),
                required("intent", TEXT, Standard::intent),
                required("cells", list(CELL), Standard::cells),
                optional("extensions", EXTENSIONS, Standard::extensions, Extensions.empty())),
                v -> new Standard(v.get("id"), v.getInt("number"), v.get("title"), v.get("intent"), v.get("cells"),
                        v.get("extensions")));

        static final ObjectCodec<StagedRubric> STAGED_RUBRIC = document("staged rubric", fields(
                header(),
                required("stages", list(STAGE), StagedRubric::stages),
                required("standards", list(STANDARD), StagedRubric::standards),
                errata(), extensions()),
                v -> new StagedRubric(v.get("id"), v.get("version"), v.get("title"), v.get("source"), v.get("errata"),
                        v.get("extensions"), v.get("stages"), v.get("standards")));
    }

    /** The codecs of archetype matrices and their parts, initialised when the first is read or written. */
    static final class Matrix {

        private Matrix() {
        }

        static final ObjectCodec<Archetype> ARCHETYPE = ObjectCodec.of("archetype", fields(
                required("id", STRING, Archetype::id),
                required("rank", INT, Archetype::rank),
                required("name", TEXT, Archetype::name),
                nullable("motto", TEXT, Archetype::motto),
                nullable("levelName", TEXT, Archetype::levelName),
                optional("extensions", EXTENSIONS, Archetype::extensions, Extensions.empty())),
                v -> new Archetype(v.get("id"), v.getInt("rank"), v.get("name"), v.get("motto"), v.get("levelName"),
                        v.get("extensions")));

        static final ObjectCodec<Dimension> DIMENSION = ObjectCodec.of("dimension", fields(
                required("id", STRING, Dimension::id),
                required("name", TEXT, Dimension::name),
                required("cells", list(CELL), Dimension::cells),
                optional("extensions", EXTENSIONS, Dimension::extensions, Extensions.empty())),
                v -> new Dimension(v.get("id"), v.get("name"), v.get("cells"), v.get("extensions")));

        static final ObjectCodec<ProfileCondition> PROFILE_CONDITION = ObjectCodec.of("profile condition", fields(
                required("selector", enumeration(ProfileCondition.Selector.class), ProfileCondition::selector),
                required("columnIds", list(STRING), ProfileCondition::columnIds),
                required("comparison", enumeration(ProfileCondition.Comparison.class), ProfileCondition::comparison),
                required("count", INT, ProfileCondition::count)),
                v -> new ProfileCondition(v.get("selector"), v.get("columnIds"), v.get("comparison"),
                        v.getInt("count")));

        static final ObjectCodec<ProfileRule> PROFILE_RULE = ObjectCodec.of("profile rule", fields(
                required("id", STRING, ProfileRule::id),
                required("rank", INT, ProfileRule::rank),
                required("label", TEXT, ProfileRule::label),
                required("conditions", list(PROFILE_CONDITION), ProfileRule::conditions),
                optional("minResolvedRows", INT, ProfileRule::minResolvedRows, 0)),
                v -> new ProfileRule(v.get("id"), v.getInt("rank"), v.get("label"), v.get("conditions"),
                        v.getInt("minResolvedRows")));

        static final ObjectCodec<ArchetypeMatrix> ARCHETYPE_MATRIX = document("archetype matrix", fields(
                header(),
                nullable("instructions", TEXT, ArchetypeMatrix::instructions),
                required("archetypes", list(ARCHETYPE), ArchetypeMatrix::archetypes),
                required("dimensions", list(DIMENSION), ArchetypeMatrix::dimensions),
                optional("profileRules", list(PROFILE_RULE), ArchetypeMatrix::profileRules, List.of()),
                errata(), extensions()),
                v -> new ArchetypeMatrix(v.get("id"), v.get("version"), v.get("title"), v.get("source"),
                        v.get("errata"), v.get("extensions"), v.get("instructions"), v.get("archetypes"),
                        v.get("dimensions"), v.get("profileRules")));
    }

    /** The codecs of conditions assessments and their parts, initialised when the first is read or written. */
    static final class Conditions {

        private Conditions() {
        }

        static final ObjectCodec<Citation> CITATION = ObjectCodec.of("citation", fields(
                required("framework", STRING, Citation::framework),
                required("reference", STRING, Citation::reference)),
                v -> new Citation(v.get("framework"), v.get("reference")));

        static final ObjectCodec<Indicator> INDICATOR = ObjectCodec.of("indicator", fields(
                required("id", STRING, Indicator::id),
                required("number", INT, Indicator::number),
                required("text", TEXT, Indicator::text),
                optional("citations", list(CITATION), Indicator::citations, List.of()),
                optional("extensions", EXTENSIONS, Indicator::extensions, Extensions.empty())),
                v -> new Indicator(v.get("id"), v.getInt("number"), v.get("text"), v.get("citations"),
                        v.get("extensions")));

        static final ObjectCodec<Condition> CONDITION = ObjectCodec.of("condition", fields(
                required("id", STRING, Condition::id),
                required("number", INT, Condition::number),
                required("name", TEXT, Condition::name),
                optional("indicators", list(INDICATOR), Condition::indicators, List.of()),
                optional("extensions", EXTENSIONS, Condition::extensions, Extensions.empty())),
                v -> new Condition(v.get("id"), v.getInt("number"), v.get("name"), v.get("indicators"),
                        v.get("extensions")));

        static final ObjectCodec<ConditionsAssessment> CONDITIONS_ASSESSMENT = document("conditions assessment",
                fields(
                header(),
                nullable("purpose", TEXT, ConditionsAssessment::purpose),
                required("scale", Scales.SCALE, ConditionsAssessment::scale),
                required("conditions", list(CONDITION), ConditionsAssessment::conditions),
                errata(), extensions()),
                v -> new ConditionsAssessment(v.get("id"), v.get("version"), v.get("title"), v.get("source"),
                        v.get("errata"), v.get("extensions"), v.get("purpose"), v.get("scale"), v.get("conditions")));
    }

    /** The codecs of district indicators and their parts, initialised when the first is read or written. */
    static final class District {

        private District() {
        }

        static final ObjectCodec<DistrictDimension> DISTRICT_DIMENSION = ObjectCodec.of("district dimension", fields(
                required("code", STRING, DistrictDimension::code),
                required("name", TEXT, DistrictDimension::name)),
                v -> new DistrictDimension(v.get("code"), v.get("name")));

        static final ObjectCodec<DistrictIndicator> DISTRICT_INDICATOR = ObjectCodec.of("district indicator", fields(
                required("id", STRING, DistrictIndicator::id),
                nullable("coreFunction", TEXT, DistrictIndicator::coreFunction),
                required("dimension", DISTRICT_DIMENSION, DistrictIndicator::dimension),
                nullable("effectivePractice", TEXT, DistrictIndicator::effectivePractice),
                required("text", TEXT, DistrictIndicator::text),
                required("explanation", TEXT, DistrictIndicator::explanation),
                optional("guidingQuestions", list(TEXT), DistrictIndicator::guidingQuestions, List.of()),
                optional("extensions", EXTENSIONS, DistrictIndicator::extensions, Extensions.empty())),
                v -> new DistrictIndicator(v.get("id"), v.get("coreFunction"), v.get("dimension"),
                        v.get("effectivePractice"), v.get("text"), v.get("explanation"), v.get("guidingQuestions"),
                        v.get("extensions")));

        static final ObjectCodec<DistrictIndicators> DISTRICT_INDICATORS = document("district indicators", fields(
                header(),
                required("indicators", list(DISTRICT_INDICATOR), DistrictIndicators::indicators),
                errata(), extensions()),
                v -> new DistrictIndicators(v.get("id"), v.get("version"), v.get("title"), v.get("source"),
                        v.get("errata"), v.get("extensions"), v.get("indicators")));
    }

    /** The codecs of checklists and their parts, initialised when the first is read or written. */
    static final class Checklists {

        private Checklists() {
        }

        static final ObjectCodec<ChecklistItem> CHECKLIST_ITEM = ObjectCodec.of("checklist item", fields(
                required("id", STRING, ChecklistItem::id),
                nullable("label", TEXT, ChecklistItem::label),
                required("text", TEXT, ChecklistItem::text),
                optional("extensions", EXTENSIONS, ChecklistItem::extensions, Extensions.empty())),
                v -> new ChecklistItem(v.get("id"), v.get("label"), v.get("text"), v.get("extensions")));

        static final ObjectCodec<ChecklistGroup> CHECKLIST_GROUP = ObjectCodec.of("checklist group", fields(
                required("id", STRING, ChecklistGroup::id),
                required("title", TEXT, ChecklistGroup::title),
                required("items", list(CHECKLIST_ITEM), ChecklistGroup::items),
                optional("extensions", EXTENSIONS, ChecklistGroup::extensions, Extensions.empty())),
                v -> new ChecklistGroup(v.get("id"), v.get("title"), v.get("items"), v.get("extensions")));

        static final ObjectCodec<Checklist> CHECKLIST = document("checklist", fields(
                header(),
                required("groups", list(CHECKLIST_GROUP), Checklist::groups),
                errata(), extensions()),
                v -> new Checklist(v.get("id"), v.get("version"), v.get("title"), v.get("source"), v.get("errata"),
                        v.get("extensions"), v.get("groups")));
    }

    /** The codecs of surveys and their parts, initialised when the first is read or written. */
    static final class Surveys {

        private Surveys() {
        }

        static final ObjectCodec<MonitoredGroup> MONITORED_GROUP = ObjectCodec.of("monitored group", fields(
                required("id", STRING, MonitoredGroup::id),
                required("label", TEXT, MonitoredGroup::label)),
                v -> new MonitoredGroup(v.get("id"), v.get("label")));

        static final ObjectCodec<ContactGoal> CONTACT_GOAL = ObjectCodec.of("contact goal", fields(
                required("id", STRING, ContactGoal::id),
                required("description", TEXT, ContactGoal::description),
                required("targetPercent", INT, ContactGoal::targetPercent),
                required("period", enumeration(ContactPeriod.class), ContactGoal::period),
                optional("monitoredGroups", list(MONITORED_GROUP), ContactGoal::monitoredGroups, List.of())),
                v -> new ContactGoal(v.get("id"), v.get("description"), v.getInt("targetPercent"), v.get("period"),
                        v.get("monitoredGroups")));

        static final ObjectCodec<Survey> SURVEY = document("survey", fields(
                header(),
                required("prompt", TEXT, Survey::prompt),
                required("scale", Scales.SCALE, Survey::scale),
                required("statements", list(STATEMENT), Survey::statements),
                optional("goals", list(CONTACT_GOAL), Survey::goals, List.of()),
                errata(), extensions()),
                v -> new Survey(v.get("id"), v.get("version"), v.get("title"), v.get("source"), v.get("errata"),
                        v.get("extensions"), v.get("prompt"), v.get("scale"), v.get("statements"), v.get("goals")));
    }

    /** The codecs of points rubrics and their parts, initialised when the first is read or written. */
    static final class Points {

        private Points() {
        }

        static final ObjectCodec<Level> LEVEL = ObjectCodec.of("level", fields(
                required("id", STRING, Level::id),
                required("label", TEXT, Level::label),
                nullable("description", TEXT, Level::description),
                required("points", DECIMAL, Level::points),
                optional("extensions", EXTENSIONS, Level::extensions, Extensions.empty())),
                v -> new Level(v.get("id"), v.get("label"), v.get("description"), v.get("points"), v.get("extensions")));

        static final ObjectCodec<CriterionScale.Levels> LEVELS = ObjectCodec.withPrefix("levels scale", VARIANT_PREFIX,
                fields(optional("ranged", BOOLEAN, CriterionScale.Levels::ranged, Boolean.FALSE),
                        required("levels", list(LEVEL), CriterionScale.Levels::levels)),
                v -> new CriterionScale.Levels(v.get("levels"), v.<Boolean>get("ranged")));

        static final ObjectCodec<CriterionScale.FreeForm> FREE_FORM = ObjectCodec.withPrefix("free-form scale",
                VARIANT_PREFIX, fields(required("maximum", DECIMAL, CriterionScale.FreeForm::maximum)),
                v -> new CriterionScale.FreeForm(v.get("maximum")));

        /**
         * A criterion's scale, told apart by its {@code kind}; read directly too (its {@code kind} first, as
         * written), so that a plain points rubric needs no located tree.
         */
        static final Codec<CriterionScale> SCALE = new Codec<>() {
            private final Variants<CriterionScale> variants = Variants.of("criterion-scale", "kind",
                    Map.of("levels", LEVELS, "free-form", FREE_FORM),
                    scale -> scale instanceof CriterionScale.Levels ? "levels" : "free-form");

            @Override
            public String expected() {
                return variants.expected();
            }

            @Override
            public void write(tools.jackson.core.JsonGenerator out, CriterionScale value) {
                variants.write(out, value);
            }

            @Override
            public CriterionScale read(Node node, Problems problems) {
                return variants.read(node, problems);
            }

            @Override
            public CriterionScale readDirect(DirectReader in) {
                in.enterObject();
                if (!"kind".equals(in.nextName(1))) {
                    throw DirectReader.notPlain();
                }
                in.next();
                String kind = in.text();
                if (kind.equals("levels")) {
                    return LEVELS.readDirectMembers(in, 1);
                } else if (kind.equals("free-form")) {
                    return FREE_FORM.readDirectMembers(in, 1);
                }
                throw DirectReader.notPlain();
            }
        };

        static final ObjectCodec<Criterion> CRITERION = ObjectCodec.of("criterion", fields(
                required("id", STRING, Criterion::id),
                required("title", TEXT, Criterion::title),
                nullable("description", TEXT, Criterion::description),
                optional("weight", DECIMAL, Criterion::weight, BigDecimal.ONE),
                required("scale", SCALE, Criterion::scale),
                optional("extensions", EXTENSIONS, Criterion::extensions, Extensions.empty())),
                v -> new Criterion(v.get("id"), v.get("title"), v.get("description"), v.get("weight"), v.get("scale"),
                        v.get("extensions")));

        static final ObjectCodec<PointsRubric> POINTS_RUBRIC = document("points rubric", fields(
                header(),
                required("criteria", list(CRITERION), PointsRubric::criteria),
                errata(), extensions()),
                v -> new PointsRubric(v.get("id"), v.get("version"), v.get("title"), v.get("source"), v.get("errata"),
                        v.get("extensions"), v.get("criteria")));
    }

    // ----- helpers ------------------------------------------------------------------------------

    private static <T extends Instrument> ObjectCodec<T> document(String name, List<Field<T, ?>> fields,
            java.util.function.Function<ObjectCodec.Values, T> factory) {
        return ObjectCodec.withPrefix(name, DOCUMENT_PREFIX, fields, factory);
    }

    /** Marks where the four header fields go; spread in place by {@link ObjectCodec#fields}. */
    private static <T extends Instrument> Field<T, ?>[] header() {
        @SuppressWarnings("unchecked")
        Field<T, ?>[] header = new Field[] {
            required("id", STRING, Instrument::id),
            required("version", STRING, Instrument::version),
            required("title", TEXT, Instrument::title),
            required("source", SOURCE, Instrument::source)};
        return header;
    }

    private static <T extends Instrument> Field<T, ?> errata() {
        return optional("errata", list(ERRATUM), Instrument::errata, List.of());
    }

    private static <T extends Instrument> Field<T, ?> extensions() {
        return optional("extensions", EXTENSIONS, Instrument::extensions, Extensions.empty());
    }
}
