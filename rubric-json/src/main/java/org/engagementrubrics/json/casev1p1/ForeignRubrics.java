package org.engagementrubrics.json.casev1p1;

import static org.engagementrubrics.json.casev1p1.CaseTrees.CREATOR;
import static org.engagementrubrics.json.casev1p1.CaseTrees.CRITERIA;
import static org.engagementrubrics.json.casev1p1.CaseTrees.DESCRIPTION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.EXTENSIONS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.IDENTIFIER;
import static org.engagementrubrics.json.casev1p1.CaseTrees.LAST_CHANGE;
import static org.engagementrubrics.json.casev1p1.CaseTrees.LEVELS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.QUALITY;
import static org.engagementrubrics.json.casev1p1.CaseTrees.TITLE;
import static org.engagementrubrics.json.casev1p1.CaseTrees.URI;
import static org.engagementrubrics.json.casev1p1.CaseTrees.WEIGHT;
import static org.engagementrubrics.json.casev1p1.CaseTrees.element;
import static org.engagementrubrics.json.casev1p1.CaseTrees.member;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.json.FormatCodes;
import tools.jackson.databind.JsonNode;

/**
 * A {@code CFRubric} another system wrote, without our extension, read as a points rubric: the CASE identifiers
 * become the ids, a criterion's {@code description} its title, a level's {@code quality} its label (or, without
 * one, its {@code description}), {@code score} its points, {@code weight} the criterion's weight (1 when absent).
 * What our model has no field for ({@code category}, {@code CFItemURI}, {@code feedback}, the rubric's
 * {@code description} and any CASE {@code extensions}) is kept in our extensions under {@code case.*} keys.
 */
final class ForeignRubrics {

    private ForeignRubrics() {
    }

    static PointsRubric read(CaseReader reader, JsonNode document, JsonNode rubric, String at) {
        String id = rubric.path(IDENTIFIER).asString();
        String version = document.path("version").isString() ? document.get("version").asString()
                : rubric.path(LAST_CHANGE).asString();
        String titleText = rubric.path(TITLE).isString() ? rubric.get(TITLE).asString()
                : document.path(TITLE).asString();
        Source source = new Source(LocalizedText.of(document.path(TITLE).asString()),
                document.path(CREATOR).asString(), rubric.path(URI).asString(null));
        Map<String, ExtensionValue> kept = new TreeMap<>();
        keep(reader, kept, "case.description", rubric, DESCRIPTION, at);
        keep(reader, kept, "case.extensions", rubric, EXTENSIONS, at);
        List<Criterion> criteria = new ArrayList<>();
        String criteriaAt = member(at, CRITERIA);
        if (rubric.path(CRITERIA).isEmpty()) {
            reader.error(criteriaAt, FormatCodes.MISSING, "expected at least one criterion");
        }
        for (int index : CaseReader.byPosition(rubric.path(CRITERIA))) {
            Criterion criterion = criterion(reader, rubric.path(CRITERIA).get(index), element(criteriaAt, index));
            if (criterion != null) {
                criteria.add(criterion);
            }
        }
        if (!reader.problems().isEmpty()) {
            return null;
        }
        return new PointsRubric(id, version, LocalizedText.of(titleText), source, List.of(), Extensions.of(kept),
                criteria);
    }

    private static Criterion criterion(CaseReader reader, JsonNode node, String at) {
        if (!node.path(DESCRIPTION).isString()) {
            reader.error(member(at, DESCRIPTION), FormatCodes.MISSING, "expected a description, the criterion's title");
        }
        BigDecimal weight = node.path(WEIGHT).isNumber() ? node.get(WEIGHT).decimalValue() : BigDecimal.ONE;
        if (weight.signum() <= 0) {
            reader.error(member(at, WEIGHT), FormatCodes.INVALID_VALUE, "expected a positive weight, but was "
                    + weight.toPlainString());
        }
        Map<String, ExtensionValue> kept = new TreeMap<>();
        keep(reader, kept, "case.category", node, "category", at);
        keep(reader, kept, "case.CFItemURI", node, "CFItemURI", at);
        keep(reader, kept, "case.extensions", node, EXTENSIONS, at);
        List<Level> levels = new ArrayList<>();
        String levelsAt = member(at, LEVELS);
        if (node.path(LEVELS).isEmpty()) {
            reader.error(levelsAt, FormatCodes.MISSING, "expected at least one level with a score");
        }
        for (int index : CaseReader.byPosition(node.path(LEVELS))) {
            Level level = level(reader, node.path(LEVELS).get(index), element(levelsAt, index));
            if (level != null) {
                levels.add(level);
            }
        }
        if (!node.path(DESCRIPTION).isString() || weight.signum() <= 0 || levels.isEmpty()) {
            return null;
        }
        return new Criterion(node.path(IDENTIFIER).asString(), LocalizedText.of(node.get(DESCRIPTION).asString()),
                null, weight, CriterionScale.levels(levels), Extensions.of(kept));
    }

    private static Level level(CaseReader reader, JsonNode node, String at) {
        boolean quality = node.path(QUALITY).isString();
        if (!quality && !node.path(DESCRIPTION).isString()) {
            reader.error(member(at, QUALITY), FormatCodes.MISSING, "expected a quality or a description, the "
                    + "level's label");
            return null;
        }
        BigDecimal points = PointsCase.points(reader, node, at);
        if (points == null) {
            return null;
        }
        Map<String, ExtensionValue> kept = new TreeMap<>();
        keep(reader, kept, "case.feedback", node, "feedback", at);
        keep(reader, kept, "case.extensions", node, EXTENSIONS, at);
        LocalizedText label = LocalizedText.of(node.get(quality ? QUALITY : DESCRIPTION).asString());
        LocalizedText description = quality && node.path(DESCRIPTION).isString()
                ? LocalizedText.of(node.get(DESCRIPTION).asString()) : null;
        return new Level(node.path(IDENTIFIER).asString(), label, description, points, Extensions.of(kept));
    }

    /** Keeps a CASE member our model has no field for, as an extension value. */
    private static void keep(CaseReader reader, Map<String, ExtensionValue> kept, String key, JsonNode node,
            String member, String at) {
        if (node.has(member)) {
            ExtensionValue value = reader.value(node.get(member), ExtensionValue.class, member(at, member));
            if (value != null) {
                kept.put(key, value);
            }
        }
    }
}
