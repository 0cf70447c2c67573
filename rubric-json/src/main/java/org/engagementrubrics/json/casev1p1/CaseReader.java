package org.engagementrubrics.json.casev1p1;

import static org.engagementrubrics.json.casev1p1.CaseTrees.CREATOR;
import static org.engagementrubrics.json.casev1p1.CaseTrees.CRITERIA;
import static org.engagementrubrics.json.casev1p1.CaseTrees.DESCRIPTION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.DOCUMENT;
import static org.engagementrubrics.json.casev1p1.CaseTrees.EXTENSION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.EXTENSIONS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.LEVELS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.POSITION;
import static org.engagementrubrics.json.casev1p1.CaseTrees.QUALITY;
import static org.engagementrubrics.json.casev1p1.CaseTrees.RUBRICS;
import static org.engagementrubrics.json.casev1p1.CaseTrees.TITLE;
import static org.engagementrubrics.json.casev1p1.CaseTrees.element;
import static org.engagementrubrics.json.casev1p1.CaseTrees.member;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.MatrixColumn;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.FormatProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the one rubric of a schema-valid CASE package back into an instrument: the CASE fields give the texts,
 * positions and scores, our extension the rest. Problems are collected, each located by JSON pointer; one reader
 * reads one package.
 */
final class CaseReader {

    private static final String RUBRIC = "/" + RUBRICS + "/0";

    private final String source;
    private final List<FormatProblem> problems = new ArrayList<>();

    CaseReader(String source) {
        this.source = source;
    }

    List<FormatProblem> problems() {
        return problems;
    }

    /** The instrument, or null when a problem was found. */
    Instrument read(JsonNode pkg) {
        JsonNode rubrics = pkg.path(RUBRICS);
        if (rubrics.size() != 1) {
            error("/" + RUBRICS, CaseJson.UNSUPPORTED, "expected exactly one CFRubric in CFRubrics, found "
                    + rubrics.size());
            return null;
        }
        JsonNode rubric = rubrics.get(0);
        JsonNode ours = rubric.path(EXTENSIONS).path(EXTENSION);
        if (ours.isMissingNode()) {
            return ForeignRubrics.read(this, pkg.path(DOCUMENT), rubric, RUBRIC);
        }
        String at = member(member(RUBRIC, EXTENSIONS), EXTENSION);
        String kind = string(ours, "kind", at);
        if ("staged-rubric".equals(kind)) {
            return staged(pkg.path(DOCUMENT), rubric, ours, at);
        }
        if ("archetype-matrix".equals(kind)) {
            return matrix(pkg.path(DOCUMENT), rubric, ours, at);
        }
        if ("points-rubric".equals(kind)) {
            return PointsCase.read(this, header(pkg.path(DOCUMENT), rubric, ours, at), rubric, RUBRIC);
        }
        if (kind != null) {
            error(member(at, "kind"), FormatCodes.UNKNOWN_KIND, "expected 'staged-rubric', 'archetype-matrix' or "
                    + "'points-rubric', but was '" + kind + "'");
        }
        return null;
    }

    private Instrument staged(JsonNode document, JsonNode rubric, JsonNode ours, String at) {
        Header header = header(document, rubric, ours, at);
        List<Stage> stages = values(ours, "stages", Stage.class, at);
        List<Standard> standards = new ArrayList<>();
        forEachCriterion(rubric, (criterion, pointer, rowOurs, rowAt) -> {
            LocalizedText title = text(criterion.path(DESCRIPTION), rowOurs.path("title"), member(pointer, DESCRIPTION),
                    member(rowAt, "title"));
            LocalizedText intent = value(rowOurs.path("intent"), LocalizedText.class, member(rowAt, "intent"));
            int number = rowOurs.path("number").asInt(0);
            if (!rowOurs.path("number").canConvertToInt()) {
                error(member(rowAt, "number"), FormatCodes.MISSING, "expected the standard's number");
            }
            String id = string(rowOurs, "id", rowAt);
            List<Cell> cells = cells(criterion, pointer, stages);
            if (id != null && title != null && intent != null) {
                standards.add(new Standard(id, number, title, intent, cells, extensions(rowOurs, rowAt)));
            }
        });
        if (!problems.isEmpty()) {
            return null;
        }
        return new StagedRubric(header.id, header.version, header.title, header.source, header.errata,
                header.extensions, stages, standards);
    }

    private Instrument matrix(JsonNode document, JsonNode rubric, JsonNode ours, String at) {
        Header header = header(document, rubric, ours, at);
        List<Archetype> archetypes = values(ours, "archetypes", Archetype.class, at);
        List<ProfileRule> rules = ours.has("profileRules") ? values(ours, "profileRules", ProfileRule.class, at)
                : List.of();
        LocalizedText instructions = rubric.has(DESCRIPTION) || ours.has("instructions")
                ? text(rubric.path(DESCRIPTION), ours.path("instructions"), member(RUBRIC, DESCRIPTION),
                        member(at, "instructions"))
                : null;
        List<Dimension> dimensions = new ArrayList<>();
        forEachCriterion(rubric, (criterion, pointer, rowOurs, rowAt) -> {
            LocalizedText name = text(criterion.path(DESCRIPTION), rowOurs.path("name"), member(pointer, DESCRIPTION),
                    member(rowAt, "name"));
            String id = string(rowOurs, "id", rowAt);
            List<Cell> cells = cells(criterion, pointer, archetypes);
            if (id != null && name != null) {
                dimensions.add(new Dimension(id, name, cells, extensions(rowOurs, rowAt)));
            }
        });
        if (!problems.isEmpty()) {
            return null;
        }
        return new ArchetypeMatrix(header.id, header.version, header.title, header.source, header.errata,
                header.extensions, instructions, archetypes, dimensions, rules);
    }

    /** What every instrument has. */
    record Header(String id, String version, LocalizedText title, Source source, List<Erratum> errata,
            Extensions extensions) {
    }

    private Header header(JsonNode document, JsonNode rubric, JsonNode ours, String at) {
        String id = string(ours, "id", at);
        String version = document.path("version").isString() ? document.path("version").asString()
                : string(ours, "version", at);
        LocalizedText title = text(rubric.path(TITLE), ours.path("title"), member(RUBRIC, TITLE), member(at, "title"));
        Source source = value(ours.path("source"), Source.class, member(at, "source"));
        if (source != null && !source.attribution().equals(document.path(CREATOR).asString())) {
            source = new Source(source.title(), document.path(CREATOR).asString(), source.citation());
        }
        List<Erratum> errata = ours.has("errata") ? values(ours, "errata", Erratum.class, at) : List.of();
        return new Header(id, version, title, source, errata, extensions(ours, at));
    }

    interface CriterionVisitor {
        void visit(JsonNode criterion, String pointer, JsonNode ours, String oursAt);
    }

    private void forEachCriterion(JsonNode rubric, CriterionVisitor visitor) {
        String criteriaAt = member(RUBRIC, CRITERIA);
        for (int index : byPosition(rubric.path(CRITERIA))) {
            JsonNode criterion = rubric.path(CRITERIA).get(index);
            String pointer = element(criteriaAt, index);
            JsonNode ours = criterion.path(EXTENSIONS).path(EXTENSION);
            String oursAt = member(member(pointer, EXTENSIONS), EXTENSION);
            if (ours.isMissingNode()) {
                error(oursAt, FormatCodes.MISSING, "expected our extension on every criterion of a rubric that has it");
                continue;
            }
            visitor.visit(criterion, pointer, ours, oursAt);
        }
    }

    private List<Cell> cells(JsonNode criterion, String pointer, List<? extends MatrixColumn> columns) {
        List<Cell> cells = new ArrayList<>();
        String levelsAt = member(pointer, LEVELS);
        for (int index : byPosition(criterion.path(LEVELS))) {
            JsonNode level = criterion.path(LEVELS).get(index);
            String levelAt = element(levelsAt, index);
            JsonNode ours = levelExtension(level);
            String oursAt = member(member(levelAt, EXTENSIONS), String.valueOf(levelExtensionIndex(level))) + "/"
                    + EXTENSION;
            if (ours.isMissingNode()) {
                error(member(levelAt, EXTENSIONS), FormatCodes.MISSING,
                        "expected an object holding '" + EXTENSION + "' in the level's extensions");
                continue;
            }
            String columnId = string(ours, "column", oursAt);
            MatrixColumn column = columns.stream().filter(c -> c.id().equals(columnId)).findFirst().orElse(null);
            if (columnId != null && column == null) {
                error(member(oursAt, "column"), FormatCodes.INVALID_VALUE, "expected the id of a column, but was '"
                        + columnId + "'");
            }
            String quality = level.path(QUALITY).asString(null);
            if (column != null && quality != null && !quality.equals(column.label().text())) {
                error(member(levelAt, QUALITY), CaseJson.MISMATCH, "expected '" + column.label().text()
                        + "', the label of column '" + columnId + "' that every criterion shares, but was '"
                        + quality + "'");
            }
            List<Statement> statements = values(ours, "statements", Statement.class, oursAt);
            cells.add(new Cell(columnId == null ? "" : columnId,
                    statements(level.path(DESCRIPTION), statements, member(levelAt, DESCRIPTION))));
        }
        return cells;
    }

    /** The statements with their default texts taken from the description, one a line, where it was edited. */
    private List<Statement> statements(JsonNode description, List<Statement> statements, String pointer) {
        if (!description.isString() || description.asString().equals(CaseWriter.joined(statements))) {
            return statements;
        }
        String[] lines = description.asString().split(CaseTrees.STATEMENT_SEPARATOR, -1);
        if (lines.length != statements.size()) {
            error(pointer, CaseJson.MISMATCH, "expected " + statements.size() + " line(s), one per statement of the "
                    + "cell, but found " + lines.length);
            return statements;
        }
        List<Statement> edited = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Statement statement = statements.get(i);
            edited.add(new Statement(statement.id(),
                    statement.text().withTranslation(statement.text().defaultLanguage(), lines[i]),
                    statement.extensions()));
        }
        return edited;
    }

    static JsonNode levelExtension(JsonNode level) {
        int index = levelExtensionIndex(level);
        return index < 0 ? tools.jackson.databind.node.MissingNode.getInstance()
                : level.path(EXTENSIONS).get(index).get(EXTENSION);
    }

    static int levelExtensionIndex(JsonNode level) {
        JsonNode extensions = level.path(EXTENSIONS);
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).has(EXTENSION)) {
                return i;
            }
        }
        return -1;
    }

    /** The indexes of an array's records ordered by {@code position}, records without one last, stable. */
    static List<Integer> byPosition(JsonNode array) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            indexes.add(i);
        }
        indexes.sort(Comparator.comparingLong(i -> array.get(i).path(POSITION).isNumber()
                ? array.get(i).path(POSITION).asLong() : Long.MAX_VALUE));
        return indexes;
    }

    // ----- values --------------------------------------------------------------------------------

    /** A text from its CASE field (the default language) and, when present, our copy with every language. */
    LocalizedText text(JsonNode field, JsonNode full, String fieldAt, String fullAt) {
        String value = field.isString() ? field.asString() : null;
        if (full.isMissingNode()) {
            if (value == null) {
                error(fieldAt, FormatCodes.MISSING, "expected a text");
                return null;
            }
            return LocalizedText.of(value);
        }
        LocalizedText text = value(full, LocalizedText.class, fullAt);
        return text == null || value == null ? text : text.withTranslation(text.defaultLanguage(), value);
    }

    String string(JsonNode node, String key, String at) {
        JsonNode value = node.path(key);
        if (!value.isString()) {
            error(member(at, key), value.isMissingNode() ? FormatCodes.MISSING : FormatCodes.TYPE_MISMATCH,
                    "expected a string '" + key + "'");
            return null;
        }
        return value.asString();
    }

    private Extensions extensions(JsonNode ours, String at) {
        if (!ours.has("extensions")) {
            return Extensions.empty();
        }
        Extensions extensions = value(ours.get("extensions"), Extensions.class, member(at, "extensions"));
        return extensions == null ? Extensions.empty() : extensions;
    }

    private <T> List<T> values(JsonNode ours, String key, Class<T> type, String at) {
        JsonNode array = ours.path(key);
        String pointer = member(at, key);
        if (!array.isArray()) {
            error(pointer, array.isMissingNode() ? FormatCodes.MISSING : FormatCodes.TYPE_MISMATCH,
                    "expected an array '" + key + "'");
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            T value = value(array.get(i), type, element(pointer, i));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** A part in our format, through our codecs; null (and located problems) when it cannot be read. */
    <T> T value(JsonNode node, Class<T> type, String pointer) {
        if (node.isMissingNode()) {
            error(pointer, FormatCodes.MISSING, "expected " + type.getSimpleName() + " in our format");
            return null;
        }
        try {
            return CaseTrees.MAPPER.treeToValue(node, type);
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FormatException) {
                for (FormatProblem problem : ((FormatException) cause).problems()) {
                    error(pointer + problem.pointer(), problem.code(), problem.message());
                }
            } else {
                error(pointer, FormatCodes.INVALID_VALUE, "expected " + type.getSimpleName() + " in our format: "
                        + e.getOriginalMessage());
            }
            return null;
        }
    }

    void error(String pointer, String code, String message) {
        problems.add(new FormatProblem(source, pointer, 0, 0, code, message));
    }
}
