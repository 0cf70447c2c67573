package org.engagementrubrics.json.casev1p1;

import static org.engagementrubrics.json.casev1p1.CaseTrees.CREATOR;
import static org.engagementrubrics.json.casev1p1.CaseTrees.CRITERIA;
import static org.engagementrubrics.json.casev1p1.CaseTrees.DESCRIPTION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.DOCUMENT;
import static org.engagementrubrics.json.casev1p1.CaseTrees.EXTENSION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.EXTENSIONS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.IDENTIFIER;
import static org.engagementrubrics.json.casev1p1.CaseTrees.LAST_CHANGE;
import static org.engagementrubrics.json.casev1p1.CaseTrees.LEVELS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.POSITION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.QUALITY;
import static org.engagementrubrics.json.casev1p1.CaseTrees.RUBRICS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.TITLE;
import static org.engagementrubrics.json.casev1p1.CaseTrees.URI;
import static org.engagementrubrics.json.casev1p1.CaseTrees.object;
import static org.engagementrubrics.json.casev1p1.CaseTrees.putText;
import static org.engagementrubrics.json.casev1p1.CaseTrees.tree;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.MatrixRow;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.points.PointsRubric;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one valid instrument as a CASE 1.1 package tree: the CASE fields hold what CASE can say, our extension
 * the rest. Every identifier is name-based (see {@link CaseIds}), every time the one of the options, and members
 * come in a fixed order, so the same instrument and options give the same tree.
 */
final class CaseWriter {

    private final Instrument instrument;
    private final CaseOptions options;
    private final String lastChange;

    CaseWriter(Instrument instrument, CaseOptions options) {
        this.instrument = instrument;
        this.options = options;
        this.lastChange = DateTimeFormatter.ISO_INSTANT.format(options.lastChangeDateTime());
    }

    String lastChange() {
        return lastChange;
    }

    ObjectNode write() {
        ObjectNode pkg = object();
        ObjectNode document = record("document");
        document.put(CREATOR, instrument.source().attribution());
        document.put(TITLE, instrument.title().text());
        document.put(LAST_CHANGE, lastChange);
        document.put("caseVersion", "1.1");
        document.put("version", instrument.version());
        pkg.set(DOCUMENT, document);
        pkg.putArray(RUBRICS).add(rubric());
        return pkg;
    }

    /** A record with its name-based identifier and its uri. */
    ObjectNode record(String elementPath) {
        ObjectNode node = object();
        String identifier = CaseIds.of(instrument.id(), instrument.version(), elementPath);
        node.put(IDENTIFIER, identifier);
        node.put(URI, options.uri(identifier));
        return node;
    }

    private ObjectNode rubric() {
        ObjectNode rubric = record("rubric");
        rubric.put(TITLE, instrument.title().text());
        ObjectNode ours = object();
        ours.put("format", CaseTrees.EXTENSION_FORMAT);
        ours.put("kind", instrument.kind().kindName());
        ours.put("id", instrument.id());
        ours.put("version", instrument.version());
        putText(ours, "title", instrument.title());
        ours.set("source", tree(instrument.source()));
        if (!instrument.errata().isEmpty()) {
            ours.set("errata", tree(instrument.errata()));
        }
        if (!instrument.extensions().isEmpty()) {
            ours.set("extensions", tree(instrument.extensions()));
        }
        if (instrument instanceof ArchetypeMatrix) {
            ArchetypeMatrix matrix = (ArchetypeMatrix) instrument;
            if (matrix.instructions() != null) {
                rubric.put(DESCRIPTION, matrix.instructions().text());
                putText(ours, "instructions", matrix.instructions());
            }
            ours.set("archetypes", columns(matrix.archetypes()));
            if (!matrix.profileRules().isEmpty()) {
                ours.set("profileRules", tree(matrix.profileRules()));
            }
        } else if (instrument instanceof StagedRubric) {
            ours.set("stages", columns(((StagedRubric) instrument).stages()));
        } else if (!(instrument instanceof PointsRubric)) {
            throw new IllegalArgumentException("CASE export supports staged rubrics, archetype matrices and points "
                    + "rubrics; " + instrument.id() + " is a " + instrument.kind().kindName());
        }
        rubric.put(LAST_CHANGE, lastChange);
        String rubricId = rubric.get(IDENTIFIER).asString();
        rubric.set(CRITERIA, instrument instanceof PointsRubric
                ? PointsCase.criteria(this, (PointsRubric) instrument, rubricId)
                : criteria((MatrixInstrument) instrument, rubricId));
        rubric.set(EXTENSIONS, object().set(EXTENSION, ours));
        return rubric;
    }

    /** Stages or archetypes in our format; CASE has no columns shared by criteria. */
    private static ArrayNode columns(List<? extends MatrixColumn> columns) {
        ArrayNode array = CaseTrees.MAPPER.createArrayNode();
        for (MatrixColumn column : columns) {
            array.add(tree(column));
        }
        return array;
    }

    private ArrayNode criteria(MatrixInstrument matrix, String rubricId) {
        ArrayNode criteria = CaseTrees.MAPPER.createArrayNode();
        List<String> columnIds = new ArrayList<>();
        matrix.columns().forEach(column -> columnIds.add(column.id()));
        int position = 0;
        for (MatrixRow row : matrix.rows()) {
            position++;
            ObjectNode criterion = record("criterion/" + row.id());
            criterion.put(DESCRIPTION, row.label().text());
            criterion.put(POSITION, position);
            criterion.put("rubricId", rubricId);
            criterion.put(LAST_CHANGE, lastChange);
            ArrayNode levels = criterion.putArray(LEVELS);
            for (Cell cell : row.cells()) {
                levels.add(level(matrix, row, cell, columnIds.indexOf(cell.columnId()) + 1,
                        criterion.get(IDENTIFIER).asString()));
            }
            criterion.set(EXTENSIONS, object().set(EXTENSION, rowExtension(row)));
            criteria.add(criterion);
        }
        return criteria;
    }

    private static ObjectNode rowExtension(MatrixRow row) {
        ObjectNode ours = object();
        ours.put("id", row.id());
        if (row instanceof Standard) {
            Standard standard = (Standard) row;
            ours.put("number", standard.number());
            putText(ours, "title", standard.title());
            ours.set("intent", tree(standard.intent()));
            putExtensions(ours, standard.extensions());
        } else {
            Dimension dimension = (Dimension) row;
            putText(ours, "name", dimension.name());
            putExtensions(ours, dimension.extensions());
        }
        return ours;
    }

    private static void putExtensions(ObjectNode ours, Extensions extensions) {
        if (!extensions.isEmpty()) {
            ours.set("extensions", tree(extensions));
        }
    }

    private ObjectNode level(MatrixInstrument matrix, MatrixRow row, Cell cell, int position, String criterionId) {
        ObjectNode level = record("level/" + row.id() + "/" + cell.columnId());
        MatrixColumn column = matrix.columns().get(position - 1);
        level.put(QUALITY, column.label().text());
        level.put(DESCRIPTION, joined(cell.statements()));
        level.put(POSITION, position);
        level.put("rubricCriterionId", criterionId);
        level.put(LAST_CHANGE, lastChange);
        ObjectNode ours = object();
        ours.put("column", cell.columnId());
        ours.set("statements", tree(cell.statements()));
        level.putArray(EXTENSIONS).add(object().set(EXTENSION, ours));
        return level;
    }

    /** The default texts of the statements, one a line. */
    static String joined(List<Statement> statements) {
        StringBuilder text = new StringBuilder();
        for (Statement statement : statements) {
            if (text.length() > 0) {
                text.append(CaseTrees.STATEMENT_SEPARATOR);
            }
            text.append(statement.text().text());
        }
        return text.toString();
    }
}
