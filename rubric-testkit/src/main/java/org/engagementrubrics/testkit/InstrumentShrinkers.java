package org.engagementrubrics.testkit;

import static org.engagementrubrics.testkit.Shrinking.removals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
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
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.CriterionRatings;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * The shrinkers of instruments, evidence and responses: smaller candidates with fewer rows, columns, items,
 * statements, marks or answers, of which only those that still pass validation are proposed.
 *
 * <p>Stateless and thread-safe (the validator is).
 */
final class InstrumentShrinkers {

    private InstrumentShrinkers() {
    }

    /** The validator every candidate instrument passes; created on first use, as creating one is slow. */
    private static final class Valid {
        static final RubricValidator VALIDATOR = RubricValidator.create();
    }

    /** Candidates of an instrument of any kind, only valid ones, most reduced first. */
    static List<Instrument> instrument(Instrument instrument) {
        List<? extends Instrument> candidates;
        if (instrument instanceof ArchetypeMatrix matrix) {
            candidates = archetypeMatrix(matrix);
        } else if (instrument instanceof StagedRubric rubric) {
            candidates = stagedRubric(rubric);
        } else if (instrument instanceof ConditionsAssessment assessment) {
            candidates = conditionsAssessment(assessment);
        } else if (instrument instanceof Survey survey) {
            candidates = survey(survey);
        } else if (instrument instanceof DistrictIndicators district) {
            candidates = districtIndicators(district);
        } else if (instrument instanceof Checklist checklist) {
            candidates = checklist(checklist);
        } else if (instrument instanceof PointsRubric rubric) {
            candidates = pointsRubric(rubric);
        } else {
            return List.of();
        }
        return List.copyOf(candidates);
    }

    @SuppressWarnings("unchecked")
    static <T extends Instrument> List<T> ofKind(T instrument) {
        // every candidate of an instrument is of the instrument's own kind
        return (List<T>) instrument(instrument);
    }

    private static <T extends Instrument> List<T> valid(List<T> candidates) {
        return candidates.stream().filter(c -> Valid.VALIDATOR.validate(c).isEmpty()).toList();
    }

    static List<ArchetypeMatrix> archetypeMatrix(ArchetypeMatrix m) {
        List<ArchetypeMatrix> candidates = new ArrayList<>();
        for (List<Dimension> fewer : removals(m.dimensions(), 1)) {
            candidates.add(matrix(m, m.archetypes(), fewer, m.profileRules()));
        }
        for (List<Archetype> fewer : removals(m.archetypes(), 2)) {
            Set<String> kept = Set.copyOf(fewer.stream().map(Archetype::id).toList());
            List<Dimension> dimensions = m.dimensions().stream().map(d -> new Dimension(d.id(), d.name(),
                    keepColumns(d.cells(), kept), d.extensions())).toList();
            candidates.add(matrix(m, fewer, dimensions, keepRuleColumns(m.profileRules(), kept)));
        }
        for (List<ProfileRule> fewer : removals(m.profileRules(), 0)) {
            candidates.add(matrix(m, m.archetypes(), m.dimensions(), fewer));
        }
        candidates.addAll(Shrinking.replacingParts(m.dimensions(), i -> fewerStatements(m.dimensions().get(i).cells())
                .stream().map(cells -> new Dimension(m.dimensions().get(i).id(), m.dimensions().get(i).name(), cells,
                        m.dimensions().get(i).extensions())).toList(),
                dimensions -> matrix(m, m.archetypes(), dimensions, m.profileRules())));
        return valid(candidates);
    }

    private static ArchetypeMatrix matrix(ArchetypeMatrix m, List<Archetype> archetypes, List<Dimension> dimensions,
            List<ProfileRule> rules) {
        return new ArchetypeMatrix(m.id(), m.version(), m.title(), m.source(), m.errata(), m.extensions(),
                m.instructions(), archetypes, dimensions, rules);
    }

    private static List<Cell> keepColumns(List<Cell> cells, Set<String> columnIds) {
        return cells.stream().filter(c -> columnIds.contains(c.columnId())).toList();
    }

    private static List<ProfileRule> keepRuleColumns(List<ProfileRule> rules, Set<String> columnIds) {
        List<ProfileRule> kept = new ArrayList<>();
        for (ProfileRule rule : rules) {
            List<ProfileCondition> conditions = new ArrayList<>();
            for (ProfileCondition condition : rule.conditions()) {
                List<String> columns = condition.columnIds().stream().filter(columnIds::contains).toList();
                if (!columns.isEmpty()) {
                    conditions.add(new ProfileCondition(condition.selector(), columns, condition.comparison(),
                            condition.count()));
                }
            }
            if (!conditions.isEmpty()) {
                kept.add(new ProfileRule(rule.id(), rule.rank(), rule.label(), conditions, rule.minResolvedRows()));
            }
        }
        return kept;
    }

    /** The cells with the statements of one cell reduced, for each cell that has statements. */
    private static List<List<Cell>> fewerStatements(List<Cell> cells) {
        return Shrinking.replacingParts(cells, i -> removals(cells.get(i).statements(), 0).stream()
                .map(statements -> new Cell(cells.get(i).columnId(), statements)).toList(), List::copyOf);
    }

    static List<StagedRubric> stagedRubric(StagedRubric r) {
        List<StagedRubric> candidates = new ArrayList<>();
        for (List<Standard> fewer : removals(r.standards(), 1)) {
            candidates.add(rubric(r, r.stages(), fewer));
        }
        for (List<Stage> fewer : removals(r.stages(), 2)) {
            Set<String> kept = Set.copyOf(fewer.stream().map(Stage::id).toList());
            candidates.add(rubric(r, fewer, r.standards().stream().map(s -> standard(s, keepColumns(s.cells(), kept)))
                    .toList()));
        }
        candidates.addAll(Shrinking.replacingParts(r.standards(), i -> fewerStatements(r.standards().get(i).cells())
                .stream().map(cells -> standard(r.standards().get(i), cells)).toList(),
                standards -> rubric(r, r.stages(), standards)));
        return valid(candidates);
    }

    private static StagedRubric rubric(StagedRubric r, List<Stage> stages, List<Standard> standards) {
        return new StagedRubric(r.id(), r.version(), r.title(), r.source(), r.errata(), r.extensions(), stages, standards);
    }

    private static Standard standard(Standard s, List<Cell> cells) {
        return new Standard(s.id(), s.number(), s.title(), s.intent(), cells, s.extensions());
    }

    static List<ConditionsAssessment> conditionsAssessment(ConditionsAssessment a) {
        Function<List<Condition>, ConditionsAssessment> rebuild = conditions -> new ConditionsAssessment(a.id(),
                a.version(), a.title(), a.source(), a.errata(), a.extensions(), a.purpose(), a.scale(), conditions);
        List<ConditionsAssessment> candidates = new ArrayList<>(Shrinking.removingParts(a.conditions(), 1, rebuild));
        candidates.addAll(Shrinking.replacingParts(a.conditions(), i -> {
            Condition c = a.conditions().get(i);
            return removals(c.indicators(), 0).stream()
                    .map(indicators -> new Condition(c.id(), c.number(), c.name(), indicators, c.extensions())).toList();
        }, rebuild));
        return valid(candidates);
    }

    static List<Survey> survey(Survey s) {
        List<Survey> candidates = new ArrayList<>();
        for (var statements : removals(s.statements(), 1)) {
            candidates.add(new Survey(s.id(), s.version(), s.title(), s.source(),
                    s.errata(), s.extensions(), s.prompt(), s.scale(), statements, s.goals()));
        }
        for (var goals : removals(s.goals(), 0)) {
            candidates.add(new Survey(s.id(), s.version(), s.title(), s.source(),
                    s.errata(), s.extensions(), s.prompt(), s.scale(), s.statements(), goals));
        }
        return valid(candidates);
    }

    static List<DistrictIndicators> districtIndicators(DistrictIndicators d) {
        return valid(Shrinking.removingParts(d.indicators(), 1, indicators -> new DistrictIndicators(d.id(),
                d.version(), d.title(), d.source(), d.errata(), d.extensions(), indicators)));
    }

    static List<Checklist> checklist(Checklist c) {
        Function<List<ChecklistGroup>, Checklist> rebuild = groups -> new Checklist(c.id(), c.version(), c.title(),
                c.source(), c.errata(), c.extensions(), groups);
        List<Checklist> candidates = new ArrayList<>(Shrinking.removingParts(c.groups(), 1, rebuild));
        candidates.addAll(Shrinking.replacingParts(c.groups(), i -> {
            ChecklistGroup g = c.groups().get(i);
            return removals(g.items(), 1).stream()
                    .map(items -> new ChecklistGroup(g.id(), g.title(), items, g.extensions())).toList();
        }, rebuild));
        return valid(candidates);
    }

    static List<PointsRubric> pointsRubric(PointsRubric r) {
        Function<List<Criterion>, PointsRubric> rebuild = criteria -> new PointsRubric(r.id(), r.version(), r.title(),
                r.source(), r.errata(), r.extensions(), criteria);
        List<PointsRubric> candidates = new ArrayList<>(Shrinking.removingParts(r.criteria(), 1, rebuild));
        candidates.addAll(Shrinking.replacingParts(r.criteria(), i -> {
            Criterion c = r.criteria().get(i);
            if (!(c.scale() instanceof CriterionScale.Levels levels)) {
                return List.<Criterion>of();
            }
            return removals(levels.levels(), 1).stream().map(fewer -> new Criterion(c.id(), c.title(), c.description(),
                    c.weight(), new CriterionScale.Levels(fewer, levels.ranged()), c.extensions())).toList();
        }, rebuild));
        return valid(candidates);
    }

    // ----- evidence and responses ---------------------------------------------------------------

    /** Candidates of evidence with fewer marks, ratings, statuses or answers; any subset stays valid. */
    static List<Evidence> evidence(Evidence evidence) {
        if (evidence instanceof MarkedStatements marks) {
            return removals(List.copyOf(marks.statementIds()), 0).stream()
                    .<Evidence>map(MarkedStatements::of).toList();
        } else if (evidence instanceof Ratings ratings) {
            return fewerEntries(ratings.byItem()).stream().<Evidence>map(Ratings::of).toList();
        } else if (evidence instanceof Statuses statuses) {
            return fewerEntries(statuses.byIndicator()).stream().<Evidence>map(Statuses::of).toList();
        } else if (evidence instanceof ChecklistAnswers answers) {
            return fewerEntries(answers.byItem()).stream().<Evidence>map(ChecklistAnswers::of).toList();
        } else if (evidence instanceof CriterionRatings ratings) {
            return fewerEntries(ratings.byCriterion()).stream().<Evidence>map(CriterionRatings::of).toList();
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    static <E extends Evidence> List<E> evidenceOfKind(E evidence) {
        // every candidate of evidence is of the evidence's own kind
        return (List<E>) evidence(evidence);
    }

    private static <V> List<Map<String, V>> fewerEntries(SortedMap<String, V> entries) {
        List<Map<String, V>> candidates = new ArrayList<>();
        for (List<Map.Entry<String, V>> fewer : removals(List.copyOf(entries.entrySet()), 0)) {
            Map<String, V> map = new LinkedHashMap<>();
            fewer.forEach(e -> map.put(e.getKey(), e.getValue()));
            candidates.add(map);
        }
        return candidates;
    }

    /** Candidates of a response with smaller evidence, everything else kept. */
    static List<Response> response(Response response) {
        return evidence(response.evidence()).stream().map(response::withEvidence).toList();
    }
}
