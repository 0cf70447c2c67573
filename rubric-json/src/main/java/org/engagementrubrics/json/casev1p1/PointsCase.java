package org.engagementrubrics.json.casev1p1;

import static org.engagementrubrics.json.casev1p1.CaseTrees.CRITERIA;
import static org.engagementrubrics.json.casev1p1.CaseTrees.DESCRIPTION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.EXTENSION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.EXTENSIONS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.IDENTIFIER;
import static org.engagementrubrics.json.casev1p1.CaseTrees.LAST_CHANGE;
import static org.engagementrubrics.json.casev1p1.CaseTrees.LEVELS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.POSITION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.QUALITY;
import static org.engagementrubrics.json.casev1p1.CaseTrees.SCORE;
import static org.engagementrubrics.json.casev1p1.CaseTrees.WEIGHT;
import static org.engagementrubrics.json.casev1p1.CaseTrees.element;
import static org.engagementrubrics.json.casev1p1.CaseTrees.member;
import static org.engagementrubrics.json.casev1p1.CaseTrees.object;
import static org.engagementrubrics.json.casev1p1.CaseTrees.putText;
import static org.engagementrubrics.json.casev1p1.CaseTrees.tree;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.FormatCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The points rubric in CASE: a criterion per criterion ({@code description} its title, {@code weight},
 * {@code position}), a level per level ({@code quality} its label, {@code description}, {@code score} its points).
 * Our extension keeps the ids, the other languages, the description of a criterion, the kind of scale and the
 * maximum of a free-form criterion, which has no levels.
 */
final class PointsCase {

    private static final String SCALE = "scale";

    private PointsCase() {
    }

    static ArrayNode criteria(CaseWriter writer, PointsRubric rubric, String rubricId) {
        ArrayNode criteria = CaseTrees.MAPPER.createArrayNode();
        int position = 0;
        for (Criterion criterion : rubric.criteria()) {
            position++;
            ObjectNode node = writer.record("criterion/" + criterion.id());
            node.put(DESCRIPTION, criterion.title().text());
            node.put(WEIGHT, criterion.weight());
            node.put(POSITION, position);
            node.put("rubricId", rubricId);
            node.put(LAST_CHANGE, writer.lastChange());
            ObjectNode ours = object();
            ours.put("id", criterion.id());
            putText(ours, "title", criterion.title());
            if (criterion.description() != null) {
                ours.set("description", tree(criterion.description()));
            }
            if (criterion.scale() instanceof CriterionScale.FreeForm) {
                ours.put(SCALE, "free-form");
                ours.put("maximum", ((CriterionScale.FreeForm) criterion.scale()).maximum());
            } else {
                ours.put(SCALE, criterion.ranged() ? "ranges" : "levels");
                node.set(LEVELS, levels(writer, criterion, node.get(IDENTIFIER).asString()));
            }
            if (!criterion.extensions().isEmpty()) {
                ours.set("extensions", tree(criterion.extensions()));
            }
            node.set(EXTENSIONS, object().set(EXTENSION, ours));
            criteria.add(node);
        }
        return criteria;
    }

    private static ArrayNode levels(CaseWriter writer, Criterion criterion, String criterionId) {
        ArrayNode levels = CaseTrees.MAPPER.createArrayNode();
        int position = 0;
        for (Level level : criterion.levels()) {
            position++;
            ObjectNode node = writer.record("level/" + criterion.id() + "/" + level.id());
            node.put(QUALITY, level.label().text());
            if (level.description() != null) {
                node.put(DESCRIPTION, level.description().text());
            }
            node.put(SCORE, level.points());
            node.put(POSITION, position);
            node.put("rubricCriterionId", criterionId);
            node.put(LAST_CHANGE, writer.lastChange());
            ObjectNode ours = object();
            ours.put("id", level.id());
            putText(ours, "label", level.label());
            if (level.description() != null) {
                putText(ours, "description", level.description());
            }
            if (!level.extensions().isEmpty()) {
                ours.set("extensions", tree(level.extensions()));
            }
            node.putArray(EXTENSIONS).add(object().set(EXTENSION, ours));
            levels.add(node);
        }
        return levels;
    }

    /** Our points rubric back from a package we wrote (possibly with CASE fields edited since). */
    static PointsRubric read(CaseReader reader, CaseReader.Header header, JsonNode rubric, String rubricAt) {
        List<Criterion> criteria = new ArrayList<>();
        String criteriaAt = member(rubricAt, CRITERIA);
        for (int index : CaseReader.byPosition(rubric.path(CRITERIA))) {
            JsonNode node = rubric.path(CRITERIA).get(index);
            String at = element(criteriaAt, index);
            JsonNode ours = node.path(EXTENSIONS).path(EXTENSION);
            String oursAt = member(member(at, EXTENSIONS), EXTENSION);
            String id = reader.string(ours, "id", oursAt);
            LocalizedText title = reader.text(node.path(DESCRIPTION), ours.path("title"), member(at, DESCRIPTION),
                    member(oursAt, "title"));
            LocalizedText description = ours.has("description")
                    ? reader.value(ours.get("description"), LocalizedText.class, member(oursAt, "description")) : null;
            BigDecimal weight = node.path(WEIGHT).isNumber() ? node.get(WEIGHT).decimalValue() : BigDecimal.ONE;
            CriterionScale scale = scale(reader, node, at, ours, oursAt);
            Extensions extensions = ours.has("extensions")
                    ? reader.value(ours.get("extensions"), Extensions.class, member(oursAt, "extensions"))
                    : Extensions.empty();
            if (id != null && title != null && scale != null && extensions != null && weight.signum() > 0) {
                criteria.add(new Criterion(id, title, description, weight, scale, extensions));
            } else if (weight.signum() <= 0) {
                reader.error(member(at, WEIGHT), FormatCodes.INVALID_VALUE, "expected a positive weight, but was "
                        + weight.toPlainString());
            }
        }
        if (!reader.problems().isEmpty()) {
            return null;
        }
        return new PointsRubric(header.id(), header.version(), header.title(), header.source(), header.errata(),
                header.extensions(), criteria);
    }

    private static CriterionScale scale(CaseReader reader, JsonNode node, String at, JsonNode ours, String oursAt) {
        String kind = reader.string(ours, SCALE, oursAt);
        if ("free-form".equals(kind)) {
            JsonNode maximum = ours.path("maximum");
            if (!maximum.isNumber() || maximum.decimalValue().signum() <= 0) {
                reader.error(member(oursAt, "maximum"), FormatCodes.INVALID_VALUE,
                        "expected the positive maximum of a free-form criterion");
                return null;
            }
            return CriterionScale.freeForm(maximum.decimalValue());
        }
        if (!"levels".equals(kind) && !"ranges".equals(kind)) {
            if (kind != null) {
                reader.error(member(oursAt, SCALE), FormatCodes.INVALID_VALUE,
                        "expected 'levels', 'ranges' or 'free-form', but was '" + kind + "'");
            }
            return null;
        }
        List<Level> levels = new ArrayList<>();
        String levelsAt = member(at, LEVELS);
        for (int index : CaseReader.byPosition(node.path(LEVELS))) {
            JsonNode level = node.path(LEVELS).get(index);
            String levelAt = element(levelsAt, index);
            JsonNode mine = CaseReader.levelExtension(level);
            String mineAt = member(levelAt, EXTENSIONS) + "/" + CaseReader.levelExtensionIndex(level) + "/" + EXTENSION;
            String id = reader.string(mine, "id", mineAt);
            LocalizedText label = reader.text(level.path(QUALITY), mine.path("label"), member(levelAt, QUALITY),
                    member(mineAt, "label"));
            LocalizedText description = level.has(DESCRIPTION) || mine.has("description")
                    ? reader.text(level.path(DESCRIPTION), mine.path("description"), member(levelAt, DESCRIPTION),
                            member(mineAt, "description"))
                    : null;
            BigDecimal points = points(reader, level, levelAt);
            Extensions extensions = mine.has("extensions")
                    ? reader.value(mine.get("extensions"), Extensions.class, member(mineAt, "extensions"))
                    : Extensions.empty();
            if (id != null && label != null && points != null && extensions != null) {
                levels.add(new Level(id, label, description, points, extensions));
            }
        }
        return "ranges".equals(kind) ? CriterionScale.ranges(levels) : CriterionScale.levels(levels);
    }

    static BigDecimal points(CaseReader reader, JsonNode level, String levelAt) {
        if (!level.path(SCORE).isNumber()) {
            reader.error(member(levelAt, SCORE), FormatCodes.MISSING, "expected the level's score, its points");
            return null;
        }
        return level.get(SCORE).decimalValue();
    }
}
