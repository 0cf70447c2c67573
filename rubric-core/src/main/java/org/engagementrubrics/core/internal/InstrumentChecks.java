package org.engagementrubrics.core.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Instrument;
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
import org.engagementrubrics.core.internal.PropertyChecks.Path;
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
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;

/**
 * The Bean Validation constraints of an instrument's graph as plain code, for the validator built by
 * {@code RubricValidator.create()}: the same breaches at the same property paths with the same (English)
 * messages, at a fraction of the cost of a reflective walk. Not part of the API.
 *
 * <p>Each annotation on the model has its check here or, for a property's built-in constraint, in
 * {@link PropertyChecks}, named after it; a property test holds this class to Bean Validation's verdict on
 * generated valid and broken instruments of every kind. Paths are built only for a breach. This class is stateless and thread-safe.
 */
public final class InstrumentChecks {

    /** The class-level constraints, whose messages are the rules' own. */
    private static final String UNIQUE_IDS = "UniqueIds";
    private static final String DISTINCT_LABELS = "DistinctLabels";
    private static final String CONSISTENT_ORDER = "ConsistentOrder";
    private static final String RESOLVED_REFERENCES = "ResolvedReferences";
    private static final Set<String> CLASS_LEVEL = Set.of(UNIQUE_IDS, DISTINCT_LABELS, CONSISTENT_ORDER,
            RESOLVED_REFERENCES);

    /** Hibernate Validator's English message of {@code @NotBlank}. */
    public static final String NOT_BLANK = "must not be blank";

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

    private static final Path ROOT = new Path(null, null, null);

    private final PropertyChecks checks = new PropertyChecks();

    private InstrumentChecks() {
    }

    /**
     * Returns every breach of the instrument's constraints, in no particular order.
     *
     * @param instrument the instrument, not null
     * @return the breaches, empty if valid
     */
    public static List<Violation> of(Instrument instrument) {
        InstrumentChecks walk = new InstrumentChecks();
        walk.header(instrument);
        if (instrument instanceof StagedRubric rubric) {
            walk.staged(rubric);
        } else if (instrument instanceof ArchetypeMatrix matrix) {
            walk.archetypes(matrix);
        } else if (instrument instanceof ConditionsAssessment assessment) {
            walk.conditions(assessment);
        } else if (instrument instanceof DistrictIndicators district) {
            walk.district(district);
        } else if (instrument instanceof Checklist checklist) {
            walk.checklist(checklist);
        } else if (instrument instanceof Survey survey) {
            walk.survey(survey);
        } else if (instrument instanceof PointsRubric rubric) {
            walk.points(rubric);
        }
        walk.rule(UNIQUE_IDS, InstrumentRules.uniqueIds(instrument));
        walk.rule(DISTINCT_LABELS, InstrumentRules.distinctLabels(instrument));
        walk.rule(CONSISTENT_ORDER, InstrumentRules.consistentOrder(instrument));
        walk.rule(RESOLVED_REFERENCES, InstrumentRules.resolvedReferences(instrument));
        return walk.checks.violations();
    }

    private void rule(String constraint, List<Findings.Finding> findings) {
        for (Findings.Finding finding : findings) {
            checks.add(new Violation(finding.path(), constraint, finding.message(), null));
        }
    }

    // ----- instruments --------------------------------------------------------------------------

    private void header(Instrument instrument) {
        checks.wellFormedId(ROOT, "id", instrument.id());
        checks.notBlank(ROOT, "version", instrument.version());
        checks.text(ROOT.at("title"), instrument.title());
        checks.text(ROOT.at("source").at("title"), instrument.source().title());
        checks.notBlank(ROOT.at("source"), "attribution", instrument.source().attribution());
        List<Erratum> errata = instrument.errata();
        for (int i = 0; i < errata.size(); i++) {
            Erratum erratum = errata.get(i);
            Path at = ROOT.at("errata", i);
            checks.wellFormedId(at, "id", erratum.id());
            checks.notBlank(at, "location", erratum.location());
            checks.text(at.at("seedSays"), erratum.seedSays());
            checks.text(at.at("resolution"), erratum.resolution());
            checks.text(at.at("reason"), erratum.reason());
        }
    }

    private void staged(StagedRubric rubric) {
        if (checks.notEmpty(ROOT, "stages", rubric.stages())) {
            for (int i = 0; i < rubric.stages().size(); i++) {
                Stage stage = rubric.stages().get(i);
                Path at = ROOT.at("stages", i);
                checks.wellFormedId(at, "id", stage.id());
                checks.positive(at, "position", stage.position());
                checks.text(at.at("label"), stage.label());
            }
        }
        if (checks.notEmpty(ROOT, "standards", rubric.standards())) {
            for (int i = 0; i < rubric.standards().size(); i++) {
                Standard standard = rubric.standards().get(i);
                Path at = ROOT.at("standards", i);
                checks.wellFormedId(at, "id", standard.id());
                checks.positive(at, "number", standard.number());
                checks.text(at.at("title"), standard.title());
                checks.text(at.at("intent"), standard.intent());
                cells(at, standard.cells());
            }
        }
    }

    private void archetypes(ArchetypeMatrix matrix) {
        checks.text(ROOT.at("instructions"), matrix.instructions());
        if (checks.notEmpty(ROOT, "archetypes", matrix.archetypes())) {
            for (int i = 0; i < matrix.archetypes().size(); i++) {
                Archetype archetype = matrix.archetypes().get(i);
                Path at = ROOT.at("archetypes", i);
                checks.wellFormedId(at, "id", archetype.id());
                checks.positive(at, "rank", archetype.rank());
                checks.text(at.at("name"), archetype.name());
                checks.text(at.at("motto"), archetype.motto());
                checks.text(at.at("levelName"), archetype.levelName());
            }
        }
        if (checks.notEmpty(ROOT, "dimensions", matrix.dimensions())) {
            for (int i = 0; i < matrix.dimensions().size(); i++) {
                Dimension dimension = matrix.dimensions().get(i);
                Path at = ROOT.at("dimensions", i);
                checks.wellFormedId(at, "id", dimension.id());
                checks.text(at.at("name"), dimension.name());
                cells(at, dimension.cells());
            }
        }
        for (int i = 0; i < matrix.profileRules().size(); i++) {
            ProfileRule rule = matrix.profileRules().get(i);
            Path at = ROOT.at("profileRules", i);
            checks.wellFormedId(at, "id", rule.id());
            checks.text(at.at("label"), rule.label());
            if (checks.notEmpty(at, "conditions", rule.conditions())) {
                for (int c = 0; c < rule.conditions().size(); c++) {
                    ProfileCondition condition = rule.conditions().get(c);
                    Path conditionAt = at.at("conditions", c);
                    checks.notEmpty(conditionAt, "columnIds", condition.columnIds());
                    checks.positiveOrZero(conditionAt, "count", condition.count());
                }
            }
            checks.positiveOrZero(at, "minResolvedRows", rule.minResolvedRows());
        }
    }

    private void cells(Path row, List<Cell> cells) {
        if (!checks.notEmpty(row, "cells", cells)) {
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
            checks.wellFormedId(at, "id", statement.id());
            checks.text(at.at("text"), statement.text());
        }
    }

    private void conditions(ConditionsAssessment assessment) {
        checks.text(ROOT.at("purpose"), assessment.purpose());
        scale(assessment.scale());
        if (!checks.notEmpty(ROOT, "conditions", assessment.conditions())) {
            return;
        }
        for (int c = 0; c < assessment.conditions().size(); c++) {
            Condition condition = assessment.conditions().get(c);
            Path at = ROOT.at("conditions", c);
            checks.wellFormedId(at, "id", condition.id());
            checks.positive(at, "number", condition.number());
            checks.text(at.at("name"), condition.name());
            for (int i = 0; i < condition.indicators().size(); i++) {
                Indicator indicator = condition.indicators().get(i);
                Path indicatorAt = at.at("indicators", i);
                checks.wellFormedId(indicatorAt, "id", indicator.id());
                checks.positive(indicatorAt, "number", indicator.number());
                checks.text(indicatorAt.at("text"), indicator.text());
                for (int k = 0; k < indicator.citations().size(); k++) {
                    Citation citation = indicator.citations().get(k);
                    Path citationAt = indicatorAt.at("citations", k);
                    checks.notBlank(citationAt, "framework", citation.framework());
                    checks.notBlank(citationAt, "reference", citation.reference());
                }
            }
        }
    }

    private void scale(RatingScale scale) {
        List<ScalePoint> points = scale.points();
        if (points.size() < 2) {
            checks.add(new Violation(ROOT.at("scale").at("points").toString(), "Size",
                    "size must be between 2 and " + Integer.MAX_VALUE, points));
        }
        for (int p = 0; p < points.size(); p++) {
            checks.text(ROOT.at("scale").at("points", p).at("label"), points.get(p).label());
        }
    }

    private void district(DistrictIndicators district) {
        if (!checks.notEmpty(ROOT, "indicators", district.indicators())) {
            return;
        }
        for (int i = 0; i < district.indicators().size(); i++) {
            DistrictIndicator indicator = district.indicators().get(i);
            Path at = ROOT.at("indicators", i);
            checks.notBlank(at, "id", indicator.id());
            checks.text(at.at("coreFunction"), indicator.coreFunction());
            checks.notBlank(at.at("dimension"), "code", indicator.dimension().code());
            checks.text(at.at("dimension").at("name"), indicator.dimension().name());
            checks.text(at.at("effectivePractice"), indicator.effectivePractice());
            checks.text(at.at("text"), indicator.text());
            checks.text(at.at("explanation"), indicator.explanation());
            for (int q = 0; q < indicator.guidingQuestions().size(); q++) {
                checks.text(at.at("guidingQuestions", q), indicator.guidingQuestions().get(q));
            }
        }
    }

    private void checklist(Checklist checklist) {
        if (!checks.notEmpty(ROOT, "groups", checklist.groups())) {
            return;
        }
        for (int g = 0; g < checklist.groups().size(); g++) {
            ChecklistGroup group = checklist.groups().get(g);
            Path at = ROOT.at("groups", g);
            checks.wellFormedId(at, "id", group.id());
            checks.text(at.at("title"), group.title());
            if (checks.notEmpty(at, "items", group.items())) {
                for (int i = 0; i < group.items().size(); i++) {
                    ChecklistItem item = group.items().get(i);
                    Path itemAt = at.at("items", i);
                    checks.wellFormedId(itemAt, "id", item.id());
                    checks.text(itemAt.at("label"), item.label());
                    checks.text(itemAt.at("text"), item.text());
                }
            }
        }
    }

    private void survey(Survey survey) {
        checks.text(ROOT.at("prompt"), survey.prompt());
        scale(survey.scale());
        if (checks.notEmpty(ROOT, "statements", survey.statements())) {
            statements(ROOT, survey.statements());
        }
        for (int g = 0; g < survey.goals().size(); g++) {
            ContactGoal goal = survey.goals().get(g);
            Path at = ROOT.at("goals", g);
            checks.wellFormedId(at, "id", goal.id());
            checks.text(at.at("description"), goal.description());
            int percent = goal.targetPercent();
            checks.positive(at, "targetPercent", percent);
            if (percent > 100) {
                checks.add(new Violation(at.at("targetPercent").toString(), "Max", "must be less than or equal to 100",
                        percent));
            }
            for (int m = 0; m < goal.monitoredGroups().size(); m++) {
                MonitoredGroup group = goal.monitoredGroups().get(m);
                Path groupAt = at.at("monitoredGroups", m);
                checks.wellFormedId(groupAt, "id", group.id());
                checks.text(groupAt.at("label"), group.label());
            }
        }
    }

    private void points(PointsRubric rubric) {
        if (!checks.notEmpty(ROOT, "criteria", rubric.criteria())) {
            return;
        }
        for (int c = 0; c < rubric.criteria().size(); c++) {
            Criterion criterion = rubric.criteria().get(c);
            Path at = ROOT.at("criteria", c);
            checks.wellFormedId(at, "id", criterion.id());
            checks.text(at.at("title"), criterion.title());
            checks.text(at.at("description"), criterion.description());
            checks.positive(at, "weight", criterion.weight());
            Path scaleAt = at.at("scale");
            if (criterion.scale() instanceof CriterionScale.Levels levels) {
                if (checks.notEmpty(scaleAt, "levels", levels.levels())) {
                    for (int l = 0; l < levels.levels().size(); l++) {
                        Level level = levels.levels().get(l);
                        Path levelAt = scaleAt.at("levels", l);
                        checks.wellFormedId(levelAt, "id", level.id());
                        checks.text(levelAt.at("label"), level.label());
                        checks.text(levelAt.at("description"), level.description());
                        checks.positiveOrZero(levelAt, "points", level.points());
                        checks.digits(levelAt, "points", level.points(), Level.MAX_INTEGER_DIGITS, Level.MAX_DECIMALS);
                    }
                }
            } else {
                BigDecimal maximum = ((CriterionScale.FreeForm) criterion.scale()).maximum();
                checks.positive(scaleAt, "maximum", maximum);
                checks.digits(scaleAt, "maximum", maximum, Level.MAX_INTEGER_DIGITS, Level.MAX_DECIMALS);
            }
        }
    }
}
