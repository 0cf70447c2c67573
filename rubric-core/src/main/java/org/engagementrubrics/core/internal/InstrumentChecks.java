package org.engagementrubrics.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
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
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * The Bean Validation constraints of an instrument's graph as plain code, for the validator built by
 * {@code RubricValidator.create()}: the same breaches at the same property paths with the same (English)
 * messages, at a fraction of the cost of a reflective walk. Not part of the API.
 *
 * <p>Each annotation on the model has its check here, named after it; a property test holds this class to
 * Bean Validation's verdict on generated valid and broken instruments of every kind. Paths are built only
 * for a breach. This class is stateless and thread-safe.
 */
public final class InstrumentChecks {

    /** The class-level constraints, whose messages are the rules' own. */
    private static final String UNIQUE_IDS = "UniqueIds";
    private static final String DISTINCT_LABELS = "DistinctLabels";
    private static final String CONSISTENT_ORDER = "ConsistentOrder";
    private static final String RESOLVED_REFERENCES = "ResolvedReferences";
    private static final Set<String> CLASS_LEVEL = Set.of(UNIQUE_IDS, DISTINCT_LABELS, CONSISTENT_ORDER,
            RESOLVED_REFERENCES);

    /** Hibernate Validator's English messages of the built-in constraints the model uses. */
    public static final String NOT_BLANK = "must not be blank";
    static final String NOT_EMPTY = "must not be empty";
    static final String POSITIVE = "must be greater than 0";
    static final String POSITIVE_OR_ZERO = "must be greater than or equal to 0";
    /** The message {@code @WellFormedId} declares, read once from the annotation so that it is kept in one place. */
    private static final String WELL_FORMED_ID = declaredMessage();

    /**
     * One breach, as a {@code ConstraintViolation} would carry it.
     *
     * @param path the property path, without container nodes ({@code stages[0].label.values[en]})
     * @param constraint the simple name of the constraint annotation
     * @param message the interpolated message
     * @param invalidValue the value that breaks it
     */
    public record Violation(String path, String constraint, String message, Object invalidValue) {

        /**
         * Checks if the constraint is one of the four class-level ones, whose message names the field itself.
         *
         * @return whether the message is shown as it is
         */
        public boolean classLevel() {
            return CLASS_LEVEL.contains(constraint);
        }
    }

    /** A property path, rendered only when a breach is found. */
    private record Path(Path parent, String name, String index) {

        Path at(String property) {
            return new Path(this, property, null);
        }

        Path at(String property, int i) {
            return new Path(this, property, Integer.toString(i));
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            render(out);
            return out.toString();
        }

        private void render(StringBuilder out) {
            if (parent != null) {
                parent.render(out);
            }
            if (name != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
            if (index != null) {
                out.append('[').append(index).append(']');
            }
        }
    }

    private static final Path ROOT = new Path(null, null, null);

    private final List<Violation> out = new ArrayList<>();

    private InstrumentChecks() {
    }

    /**
     * Returns every breach of the instrument's constraints, in no particular order.
     *
     * @param instrument the instrument, not null
     * @return the breaches, empty if valid
     */
    public static List<Violation> of(Instrument instrument) {
        InstrumentChecks checks = new InstrumentChecks();
        checks.header(instrument);
        if (instrument instanceof StagedRubric rubric) {
            checks.staged(rubric);
        } else if (instrument instanceof ArchetypeMatrix matrix) {
            checks.archetypes(matrix);
        } else if (instrument instanceof ConditionsAssessment assessment) {
            checks.conditions(assessment);
        } else if (instrument instanceof DistrictIndicators district) {
            checks.district(district);
        } else if (instrument instanceof Checklist checklist) {
            checks.checklist(checklist);
        } else if (instrument instanceof Survey survey) {
            checks.survey(survey);
        }
        checks.rule(UNIQUE_IDS, InstrumentRules.uniqueIds(instrument));
        checks.rule(DISTINCT_LABELS, InstrumentRules.distinctLabels(instrument));
        checks.rule(CONSISTENT_ORDER, InstrumentRules.consistentOrder(instrument));
        checks.rule(RESOLVED_REFERENCES, InstrumentRules.resolvedReferences(instrument));
        return checks.out;
    }

    private void rule(String constraint, List<Findings.Finding> findings) {
        for (Findings.Finding finding : findings) {
            out.add(new Violation(finding.path(), constraint, finding.message(), null));
        }
    }

    // ----- instruments --------------------------------------------------------------------------

    private void header(Instrument instrument) {
        wellFormedId(ROOT, "id", instrument.id());
        notBlank(ROOT, "version", instrument.version());
        text(ROOT.at("title"), instrument.title());
        text(ROOT.at("source").at("title"), instrument.source().title());
        notBlank(ROOT.at("source"), "attribution", instrument.source().attribution());
        List<Erratum> errata = instrument.errata();
        for (int i = 0; i < errata.size(); i++) {
            Erratum erratum = errata.get(i);
            Path at = ROOT.at("errata", i);
            wellFormedId(at, "id", erratum.id());
            notBlank(at, "location", erratum.location());
            text(at.at("seedSays"), erratum.seedSays());
            text(at.at("resolution"), erratum.resolution());
            text(at.at("reason"), erratum.reason());
        }
    }

    private void staged(StagedRubric rubric) {
        if (notEmpty(ROOT, "stages", rubric.stages())) {
            for (int i = 0; i < rubric.stages().size(); i++) {
                Stage stage = rubric.stages().get(i);
                Path at = ROOT.at("stages", i);
                wellFormedId(at, "id", stage.id());
                positive(at, "position", stage.position());
                text(at.at("label"), stage.label());
            }
        }
        if (notEmpty(ROOT, "standards", rubric.standards())) {
            for (int i = 0; i < rubric.standards().size(); i++) {
                Standard standard = rubric.standards().get(i);
                Path at = ROOT.at("standards", i);
                wellFormedId(at, "id", standard.id());
                positive(at, "number", standard.number());
                text(at.at("title"), standard.title());
                text(at.at("intent"), standard.intent());
                cells(at, standard.cells());
            }
        }
    }

    private void archetypes(ArchetypeMatrix matrix) {
        text(ROOT.at("instructions"), matrix.instructions());
        if (notEmpty(ROOT, "archetypes", matrix.archetypes())) {
            for (int i = 0; i < matrix.archetypes().size(); i++) {
                Archetype archetype = matrix.archetypes().get(i);
                Path at = ROOT.at("archetypes", i);
                wellFormedId(at, "id", archetype.id());
                positive(at, "rank", archetype.rank());
                text(at.at("name"), archetype.name());
                text(at.at("motto"), archetype.motto());
                text(at.at("levelName"), archetype.levelName());
            }
        }
        if (notEmpty(ROOT, "dimensions", matrix.dimensions())) {
            for (int i = 0; i < matrix.dimensions().size(); i++) {
                Dimension dimension = matrix.dimensions().get(i);
                Path at = ROOT.at("dimensions", i);
                wellFormedId(at, "id", dimension.id());
                text(at.at("name"), dimension.name());
                cells(at, dimension.cells());
            }
        }
        for (int i = 0; i < matrix.profileRules().size(); i++) {
            ProfileRule rule = matrix.profileRules().get(i);
            Path at = ROOT.at("profileRules", i);
            wellFormedId(at, "id", rule.id());
            text(at.at("label"), rule.label());
            if (notEmpty(at, "conditions", rule.conditions())) {
                for (int c = 0; c < rule.conditions().size(); c++) {
                    ProfileCondition condition = rule.conditions().get(c);
                    Path conditionAt = at.at("conditions", c);
                    notEmpty(conditionAt, "columnIds", condition.columnIds());
                    positiveOrZero(conditionAt, "count", condition.count());
                }
            }
            positiveOrZero(at, "minResolvedRows", rule.minResolvedRows());
        }
    }

    private void cells(Path row, List<Cell> cells) {
        if (!notEmpty(row, "cells", cells)) {
            return;
        }
        for (int c = 0; c < cells.size(); c++) {
            statements(row.at("cells", c), cells.get(c).statements());
        }
    }

    private void statements(Path owner, List<Statement> statements) {
        for (int s = 0; s < statements.size(); s++) {
            Statement statement = statements.get(s);
            Path at = owner.at("statements", s);
            wellFormedId(at, "id", statement.id());
            text(at.at("text"), statement.text());
        }
    }

    private void conditions(ConditionsAssessment assessment) {
        text(ROOT.at("purpose"), assessment.purpose());
        scale(assessment.scale());
        if (!notEmpty(ROOT, "conditions", assessment.conditions())) {
            return;
        }
        for (int c = 0; c < assessment.conditions().size(); c++) {
            Condition condition = assessment.conditions().get(c);
            Path at = ROOT.at("conditions", c);
            wellFormedId(at, "id", condition.id());
            positive(at, "number", condition.number());
            text(at.at("name"), condition.name());
            for (int i = 0; i < condition.indicators().size(); i++) {
                Indicator indicator = condition.indicators().get(i);
                Path indicatorAt = at.at("indicators", i);
                wellFormedId(indicatorAt, "id", indicator.id());
                positive(indicatorAt, "number", indicator.number());
                text(indicatorAt.at("text"), indicator.text());
                for (int k = 0; k < indicator.citations().size(); k++) {
                    Citation citation = indicator.citations().get(k);
                    Path citationAt = indicatorAt.at("citations", k);
                    notBlank(citationAt, "framework", citation.framework());
                    notBlank(citationAt, "reference", citation.reference());
                }
            }
        }
    }

    private void scale(RatingScale scale) {
        List<ScalePoint> points = scale.points();
        if (points.size() < 2) {
            out.add(new Violation(ROOT.at("scale").at("points").toString(), "Size",
                    "size must be between 2 and " + Integer.MAX_VALUE, points));
        }
        for (int p = 0; p < points.size(); p++) {
            text(ROOT.at("scale").at("points", p).at("label"), points.get(p).label());
        }
    }

    private void district(DistrictIndicators district) {
        if (!notEmpty(ROOT, "indicators", district.indicators())) {
            return;
        }
        for (int i = 0; i < district.indicators().size(); i++) {
            DistrictIndicator indicator = district.indicators().get(i);
            Path at = ROOT.at("indicators", i);
            notBlank(at, "id", indicator.id());
            text(at.at("coreFunction"), indicator.coreFunction());
            notBlank(at.at("dimension"), "code", indicator.dimension().code());
            text(at.at("dimension").at("name"), indicator.dimension().name());
            text(at.at("effectivePractice"), indicator.effectivePractice());
            text(at.at("text"), indicator.text());
            text(at.at("explanation"), indicator.explanation());
            for (int q = 0; q < indicator.guidingQuestions().size(); q++) {
                text(at.at("guidingQuestions", q), indicator.guidingQuestions().get(q));
            }
        }
    }

    private void checklist(Checklist checklist) {
        if (!notEmpty(ROOT, "groups", checklist.groups())) {
            return;
        }
        for (int g = 0; g < checklist.groups().size(); g++) {
            ChecklistGroup group = checklist.groups().get(g);
            Path at = ROOT.at("groups", g);
            wellFormedId(at, "id", group.id());
            text(at.at("title"), group.title());
            if (notEmpty(at, "items", group.items())) {
                for (int i = 0; i < group.items().size(); i++) {
                    ChecklistItem item = group.items().get(i);
                    Path itemAt = at.at("items", i);
                    wellFormedId(itemAt, "id", item.id());
                    text(itemAt.at("label"), item.label());
                    text(itemAt.at("text"), item.text());
                }
            }
        }
    }

    private void survey(Survey survey) {
        text(ROOT.at("prompt"), survey.prompt());
        scale(survey.scale());
        if (notEmpty(ROOT, "statements", survey.statements())) {
            statements(ROOT, survey.statements());
        }
        for (int g = 0; g < survey.goals().size(); g++) {
            ContactGoal goal = survey.goals().get(g);
            Path at = ROOT.at("goals", g);
            wellFormedId(at, "id", goal.id());
            text(at.at("description"), goal.description());
            int percent = goal.targetPercent();
            positive(at, "targetPercent", percent);
            if (percent > 100) {
                out.add(new Violation(at.at("targetPercent").toString(), "Max", "must be less than or equal to 100",
                        percent));
            }
            for (int m = 0; m < goal.monitoredGroups().size(); m++) {
                MonitoredGroup group = goal.monitoredGroups().get(m);
                Path groupAt = at.at("monitoredGroups", m);
                wellFormedId(groupAt, "id", group.id());
                text(groupAt.at("label"), group.label());
            }
        }
    }

    // ----- one constraint each ------------------------------------------------------------------

    /** {@code @Valid LocalizedText}: every language's text {@code @NotBlank}; nothing when absent. */
    private void text(Path at, LocalizedText text) {
        if (text == null) {
            return;
        }
        for (String value : text.values().values()) {
            if (value == null || value.isBlank()) {
                blankTranslations(at, text);
                return;
            }
        }
    }

    private void blankTranslations(Path at, LocalizedText text) {
        for (Map.Entry<String, String> entry : text.values().entrySet()) {
            String value = entry.getValue();
            if (value == null || value.isBlank()) {
                out.add(new Violation(new Path(at, "values", entry.getKey()).toString(), "NotBlank", NOT_BLANK,
                        value));
            }
        }
    }

    private void notBlank(Path owner, String property, String value) {
        if (value == null || value.isBlank()) {
            out.add(new Violation(owner.at(property).toString(), "NotBlank", NOT_BLANK, value));
        }
    }

    /** Returns whether the list has members; reports it when not. */
    private boolean notEmpty(Path owner, String property, List<?> values) {
        if (values == null || values.isEmpty()) {
            out.add(new Violation(owner.at(property).toString(), "NotEmpty", NOT_EMPTY, values));
            return false;
        }
        return true;
    }

    private void positive(Path owner, String property, int value) {
        if (value <= 0) {
            out.add(new Violation(owner.at(property).toString(), "Positive", POSITIVE, value));
        }
    }

    private void positiveOrZero(Path owner, String property, int value) {
        if (value < 0) {
            out.add(new Violation(owner.at(property).toString(), "PositiveOrZero", POSITIVE_OR_ZERO, value));
        }
    }

    /** {@code @WellFormedId}: {@link WellFormedId#PATTERN} without a regular expression; null passes, as for {@code @Pattern}. */
    private void wellFormedId(Path owner, String property, String id) {
        if (id != null && !isWellFormedId(id)) {
            out.add(new Violation(owner.at(property).toString(), "WellFormedId", WELL_FORMED_ID, id));
        }
    }

    private static String declaredMessage() {
        try {
            return (String) WellFormedId.class.getMethod("message").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("@WellFormedId has no message", e);
        }
    }

    static boolean isWellFormedId(String id) {
        int length = id.length();
        if (length == 0 || length > 128 || !isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
