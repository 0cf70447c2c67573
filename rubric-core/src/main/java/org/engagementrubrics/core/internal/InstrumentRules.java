package org.engagementrubrics.core.internal;

import static org.engagementrubrics.core.internal.Findings.quote;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.Survey;

/**
 * The instrument-wide data rules behind the class-level constraints, as plain code.
 *
 * <p>Each method returns every breach of one rule with the property path of the offending element.
 */
final class InstrumentRules {

    private InstrumentRules() {
    }

    // ----- unique ids ---------------------------------------------------------------------------

    static List<Findings.Finding> uniqueIds(Instrument instrument) {
        Findings out = new Findings();
        unique(out, "errata", instrument.errata(), e -> e.id(), "erratum id");
        if (instrument instanceof MatrixInstrument matrix) {
            String columns = matrix instanceof StagedRubric ? "stages" : "archetypes";
            String rows = matrix instanceof StagedRubric ? "standards" : "dimensions";
            unique(out, columns, matrix.columns(), MatrixColumn::id, "column id");
            unique(out, rows, matrix.rows(), MatrixRow::id, "row id");
            Map<String, Place> statementIds = new HashMap<>();
            for (int r = 0; r < matrix.rows().size(); r++) {
                MatrixRow row = matrix.rows().get(r);
                Map<String, Integer> cellColumns = new HashMap<>();
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    Integer earlier = cellColumns.putIfAbsent(cell.columnId(), c);
                    if (earlier != null) {
                        out.add(rows + "[" + r + "].cells[" + c + "].columnId", "row " + quote(row.id())
                                + " has two cells for column " + quote(cell.columnId()) + " (cells[" + earlier
                                + "] and cells[" + c + "]); expected at most one cell per column");
                    }
                    statements(out, statementIds, rows + "[" + r + "].cells", c, cell.statements());
                }
            }
            if (matrix instanceof ArchetypeMatrix archetypes) {
                unique(out, "profileRules", archetypes.profileRules(), ProfileRule::id, "profile rule id");
                for (int p = 0; p < archetypes.profileRules().size(); p++) {
                    List<ProfileCondition> conditions = archetypes.profileRules().get(p).conditions();
                    for (int c = 0; c < conditions.size(); c++) {
                        List<String> ids = conditions.get(c).columnIds();
                        Map<String, Integer> seen = new HashMap<>();
                        for (int i = 0; i < ids.size(); i++) {
                            Integer earlier = seen.putIfAbsent(ids.get(i), i);
                            if (earlier != null) {
                                out.add("profileRules[" + p + "].conditions[" + c + "].columnIds[" + i + "]",
                                        "profile condition names archetype " + quote(ids.get(i)) + " twice (columnIds["
                                                + earlier + "] and columnIds[" + i + "]); expected each archetype once");
                            }
                        }
                    }
                }
            }
        } else if (instrument instanceof ConditionsAssessment assessment) {
            unique(out, "conditions", assessment.conditions(), Condition::id, "condition id");
            Map<String, Place> indicatorIds = new HashMap<>();
            for (int c = 0; c < assessment.conditions().size(); c++) {
                Condition condition = assessment.conditions().get(c);
                for (int i = 0; i < condition.indicators().size(); i++) {
                    Place path = new Place("conditions", c, "indicators", i);
                    String id = condition.indicators().get(i).id();
                    Place earlier = indicatorIds.putIfAbsent(id, path);
                    if (earlier != null) {
                        out.add(path + ".id", "indicator id " + quote(id) + " is already used at " + earlier
                                + "; expected ids unique within the instrument");
                    }
                }
            }
        } else if (instrument instanceof DistrictIndicators district) {
            unique(out, "indicators", district.indicators(), i -> i.id(), "indicator id");
        } else if (instrument instanceof Checklist checklist) {
            unique(out, "groups", checklist.groups(), ChecklistGroup::id, "group id");
            Map<String, Place> itemIds = new HashMap<>();
            for (int g = 0; g < checklist.groups().size(); g++) {
                ChecklistGroup group = checklist.groups().get(g);
                for (int i = 0; i < group.items().size(); i++) {
                    Place path = new Place("groups", g, "items", i);
                    String id = group.items().get(i).id();
                    Place earlier = itemIds.putIfAbsent(id, path);
                    if (earlier != null) {
                        out.add(path + ".id", "item id " + quote(id) + " is already used at " + earlier
                                + "; expected ids unique within the checklist");
                    }
                }
            }
        } else if (instrument instanceof Survey survey) {
            statements(out, new HashMap<>(), null, 0, survey.statements());
            unique(out, "goals", survey.goals(), ContactGoal::id, "goal id");
            for (int g = 0; g < survey.goals().size(); g++) {
                unique(out, "goals[" + g + "].monitoredGroups", survey.goals().get(g).monitoredGroups(),
                        m -> m.id(), "monitored group id");
            }
        } else if (instrument instanceof PointsRubric rubric) {
            unique(out, "criteria", rubric.criteria(), Criterion::id, "criterion id");
            for (int c = 0; c < rubric.criteria().size(); c++) {
                unique(out, "criteria[" + c + "].scale.levels", rubric.criteria().get(c).levels(), Level::id,
                        "level id");
            }
        }
        return out.list();
    }

    /**
     * The place of an element, such as {@code groups[2].items[0]} ({@code outer} null for a top-level list
     * element, {@code statements[3]}): kept for every id, rendered only for a duplicate.
     */
    private record Place(String outer, int outerIndex, String list, int index) {
        @Override
        public String toString() {
            return (outer == null ? "" : outer + "[" + outerIndex + "].") + list + "[" + index + "]";
        }
    }

    /** Checks the statements of the {@code cell}-th cell of {@code cells}, or of the survey when that is null. */
    private static void statements(Findings out, Map<String, Place> seen, String cells, int cell,
            List<Statement> statements) {
        for (int s = 0; s < statements.size(); s++) {
            Place path = new Place(cells, cell, "statements", s);
            String id = statements.get(s).id();
            Place earlier = seen.putIfAbsent(id, path);
            if (earlier != null) {
                out.add(path + ".id", "statement id " + quote(id) + " is already used at " + earlier
                        + "; expected statement ids unique within the instrument");
            }
        }
    }

    private static <T> void unique(Findings out, String listPath, List<T> values, Function<T, String> id, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String value = id.apply(values.get(i));
            Integer earlier = seen.putIfAbsent(value, i);
            if (earlier != null) {
                out.add(listPath + "[" + i + "].id", what + " " + quote(value) + " is already used by "
                        + listPath + "[" + earlier + "]; expected unique ids");
            }
        }
    }

    // ----- distinct labels ----------------------------------------------------------------------

    static List<Findings.Finding> distinctLabels(Instrument instrument) {
        Findings out = new Findings();
        if (instrument instanceof StagedRubric rubric) {
            distinct(out, "stages", "label", rubric.stages(), s -> s.label(), "stage label");
        } else if (instrument instanceof ArchetypeMatrix matrix) {
            distinct(out, "archetypes", "name", matrix.archetypes(), a -> a.name(), "archetype name");
            distinct(out, "dimensions", "name", matrix.dimensions(), d -> d.name(), "dimension name");
            distinct(out, "profileRules", "label", matrix.profileRules(), r -> r.label(), "profile level");
        } else if (instrument instanceof ConditionsAssessment assessment) {
            scaleLabels(out, "scale", assessment.scale());
        } else if (instrument instanceof Survey survey) {
            scaleLabels(out, "scale", survey.scale());
        }
        return out.list();
    }

    private static void scaleLabels(Findings out, String path, RatingScale scale) {
        distinct(out, path + ".points", "label", scale.points(), p -> p.label(), "scale label");
    }

    private static <T> void distinct(Findings out, String listPath, String field, List<T> values,
            Function<T, LocalizedText> label, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            LocalizedText text = label.apply(values.get(i));
            String key = text.text().strip().toLowerCase(Locale.ROOT);
            Integer earlier = seen.putIfAbsent(key, i);
            if (earlier != null) {
                out.add(listPath + "[" + i + "]." + field, what + " " + quote(text.text()) + " is used by both "
                        + listPath + "[" + earlier + "] and " + listPath + "[" + i + "]; expected each to have its own "
                        + field);
            }
        }
    }

    // ----- consistent order ---------------------------------------------------------------------

    static List<Findings.Finding> consistentOrder(Instrument instrument) {
        Findings out = new Findings();
        if (instrument instanceof StagedRubric rubric) {
            ascending(out, "stages", "position", rubric.stages(), s -> s.position(), "stage position");
            ascending(out, "standards", "number", rubric.standards(), s -> s.number(), "standard number");
        } else if (instrument instanceof ArchetypeMatrix matrix) {
            distinctNumbers(out, "archetypes", "rank", matrix.archetypes(), a -> a.rank(), "archetype rank");
            distinctNumbers(out, "profileRules", "rank", matrix.profileRules(), r -> r.rank(), "profile rule rank");
        } else if (instrument instanceof ConditionsAssessment assessment) {
            ascending(out, "scale.points", "value", assessment.scale().points(), p -> p.value(), "scale value");
            ascending(out, "conditions", "number", assessment.conditions(), c -> c.number(), "condition number");
            for (int c = 0; c < assessment.conditions().size(); c++) {
                ascending(out, "conditions[" + c + "].indicators", "number",
                        assessment.conditions().get(c).indicators(), i -> i.number(), "indicator number");
            }
        } else if (instrument instanceof Survey survey) {
            ascending(out, "scale.points", "value", survey.scale().points(), p -> p.value(), "scale value");
        } else if (instrument instanceof PointsRubric rubric) {
            for (int c = 0; c < rubric.criteria().size(); c++) {
                Criterion criterion = rubric.criteria().get(c);
                if (criterion.ranged()) {
                    distinctPoints(out, "criteria[" + c + "].scale.levels", criterion.levels());
                }
            }
        }
        if (instrument instanceof MatrixInstrument matrix) {
            cellOrder(out, matrix);
        }
        return out.list();
    }

    private static void cellOrder(Findings out, MatrixInstrument matrix) {
        String rows = matrix instanceof StagedRubric ? "standards" : "dimensions";
        Map<String, Integer> columnIndex = new HashMap<>();
        for (int c = 0; c < matrix.columns().size(); c++) {
            columnIndex.putIfAbsent(matrix.columns().get(c).id(), c);
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            List<Cell> cells = matrix.rows().get(r).cells();
            int last = -1;
            for (int c = 0; c < cells.size(); c++) {
                Integer index = columnIndex.get(cells.get(c).columnId());
                if (index == null) {
                    continue; // reported as an unknown reference
                }
                if (index < last) {
                    out.add(rows + "[" + r + "].cells[" + c + "].columnId", "cell for column "
                            + quote(cells.get(c).columnId()) + " comes after a cell for a later column; "
                            + "expected cells in the instrument's column order");
                }
                last = Math.max(last, index);
            }
        }
    }

    private static <T> void ascending(Findings out, String listPath, String field, List<T> values,
            ToIntFunction<T> number, String what) {
        for (int i = 1; i < values.size(); i++) {
            int previous = number.applyAsInt(values.get(i - 1));
            int current = number.applyAsInt(values.get(i));
            if (current <= previous) {
                out.add(listPath + "[" + i + "]." + field, what + " " + current + " at " + listPath + "[" + i
                        + "] does not follow " + previous + " at " + listPath + "[" + (i - 1)
                        + "]; expected strictly ascending " + field + "s");
            }
        }
    }

    private static <T> void distinctNumbers(Findings out, String listPath, String field, List<T> values,
            ToIntFunction<T> number, String what) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            int value = number.applyAsInt(values.get(i));
            Integer earlier = seen.putIfAbsent(value, i);
            if (earlier != null) {
                out.add(listPath + "[" + i + "]." + field, what + " " + value + " is used by both " + listPath + "["
                        + earlier + "] and " + listPath + "[" + i + "]; expected distinct " + field + "s");
            }
        }
    }

    /** Ranged levels need strictly distinct points, or two ranges would be the same range. */
    private static void distinctPoints(Findings out, String listPath, List<Level> levels) {
        Map<BigDecimal, Integer> seen = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            BigDecimal points = levels.get(i).points(); // canonical, so equal points are equal keys
            Integer earlier = seen.putIfAbsent(points, i);
            if (earlier != null) {
                out.add(listPath + "[" + i + "].points", "points " + points.toPlainString() + " are used by both "
                        + listPath + "[" + earlier + "] and " + listPath + "[" + i
                        + "]; expected strictly distinct points on a ranged criterion, so that ranges do not overlap");
            }
        }
    }

    // ----- resolved references ------------------------------------------------------------------

    static List<Findings.Finding> resolvedReferences(Instrument instrument) {
        Findings out = new Findings();
        if (instrument instanceof MatrixInstrument matrix) {
            String rows = matrix instanceof StagedRubric ? "standards" : "dimensions";
            String columns = matrix instanceof StagedRubric ? "stages" : "archetypes";
            Set<String> columnIds = new HashSet<>();
            matrix.columns().forEach(column -> columnIds.add(column.id()));
            for (int r = 0; r < matrix.rows().size(); r++) {
                List<Cell> cells = matrix.rows().get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    String columnId = cells.get(c).columnId();
                    if (!columnIds.contains(columnId)) {
                        out.add(rows + "[" + r + "].cells[" + c + "].columnId", "cell names column " + quote(columnId)
                                + ", which is not one of the " + columns + " " + sorted(columnIds));
                    }
                }
            }
            if (matrix instanceof ArchetypeMatrix archetypes) {
                for (int p = 0; p < archetypes.profileRules().size(); p++) {
                    List<ProfileCondition> conditions = archetypes.profileRules().get(p).conditions();
                    for (int c = 0; c < conditions.size(); c++) {
                        List<String> ids = conditions.get(c).columnIds();
                        for (int i = 0; i < ids.size(); i++) {
                            if (!columnIds.contains(ids.get(i))) {
                                out.add("profileRules[" + p + "].conditions[" + c + "].columnIds[" + i + "]",
                                        "profile condition names archetype " + quote(ids.get(i))
                                                + ", which is not one of the archetypes " + sorted(columnIds));
                            }
                        }
                    }
                }
            }
        }
        return out.list();
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }
}
