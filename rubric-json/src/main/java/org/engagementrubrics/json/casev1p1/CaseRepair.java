package org.engagementrubrics.json.casev1p1;

import static org.engagementrubrics.json.casev1p1.CaseTrees.element;
import static org.engagementrubrics.json.casev1p1.CaseTrees.member;

import java.math.BigDecimal;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The repairs of lenient reading, made on a copy of the tree, each recorded with the pointer of what it repaired
 * (in the file as read, before any renaming above it) and what it did. Strict reading makes the same walk to
 * report each of these as a problem. One repair walks one tree.
 */
final class CaseRepair {

    /** One repair: where, and what was done. */
    record Repair(String pointer, String message) {
    }

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> PACKAGE_KEYS = List.of("CFDocument", "CFItems", "CFAssociations",
            "CFDefinitions", "CFRubrics", "extensions");
    private static final List<String> DOCUMENT_KEYS = List.of("identifier", "uri", "frameworkType", "caseVersion",
            "creator", "title", "lastChangeDateTime", "officialSourceURL", "publisher", "description", "subject",
            "subjectURI", "language", "version", "adoptionStatus", "statusStartDate", "statusEndDate", "licenseURI",
            "notes", "extensions");
    private static final List<String> RUBRIC_KEYS = List.of("identifier", "uri", "title", "description",
            "lastChangeDateTime", "CFRubricCriteria", "extensions");
    private static final List<String> CRITERION_KEYS = List.of("identifier", "uri", "category", "description",
            "CFItemURI", "weight", "position", "rubricId", "lastChangeDateTime", "CFRubricCriterionLevels",
            "extensions");
    private static final List<String> LEVEL_KEYS = List.of("identifier", "uri", "description", "quality", "score",
            "feedback", "position", "rubricCriterionId", "lastChangeDateTime", "extensions");
    private static final List<String> LINK_KEYS = List.of("title", "identifier", "uri");
    /** Names older files use for a schema key, beyond differences of case. */
    private static final Map<String, String> ALIASES = Map.of("cfrubriccriterion", "CFRubricCriteria",
            "fullstatement", "title");

    private final List<Repair> repairs = new ArrayList<>();
    private final Map<String, String> seenIdentifiers = new HashMap<>();
    /** Per renamed object, the new key to the key as the file spelled it. */
    private final Map<ObjectNode, Map<String, String>> originals = new IdentityHashMap<>();

    private boolean bare;

    List<Repair> repairs() {
        return repairs;
    }

    /**
     * The pointer in the file as read of what a pointer in the repaired package names: keys spelled as the file
     * spelled them, and without the package around a bare rubric (the made-up CFDocument is the file's root).
     */
    String originalPointer(JsonNode repaired, String pointer) {
        if (pointer.isEmpty()) {
            return pointer;
        }
        String[] segments = pointer.substring(1).split("/", -1);
        int start = 0;
        JsonNode node = repaired;
        if (bare) {
            if (segments.length < 2 || !segments[0].equals("CFRubrics")) {
                return "";
            }
            node = repaired.path("CFRubrics").path(0);
            start = 2;
        }
        StringBuilder original = new StringBuilder();
        for (int i = start; i < segments.length; i++) {
            String key = segments[i].replace("~1", "/").replace("~0", "~");
            String spelled = node instanceof ObjectNode ? original((ObjectNode) node, key) : key;
            original.append('/').append(spelled.replace("~", "~0").replace("/", "~1"));
            node = node.isArray() ? node.path(Integer.parseInt(key)) : node.path(key);
        }
        return original.toString();
    }

    /**
     * Repairs a package, or a bare rubric (then wrapped in a package), in place; returns the package.
     */
    ObjectNode repair(ObjectNode root) {
        bare = !hasKey(root, "CFDocument") && !hasKey(root, "CFRubrics");
        if (bare) {
            keys(root, RUBRIC_KEYS, "");
            rubric(root, "");
            ObjectNode pkg = NODES.objectNode();
            pkg.set("CFDocument", documentFor(root));
            pkg.putArray("CFRubrics").add(root);
            repairs.add(0, new Repair("", "wrapped a bare CFRubric in a CFPackage whose CFDocument was made from it"));
            return pkg;
        }
        keys(root, PACKAGE_KEYS, "");
        JsonNode document = root.get("CFDocument");
        if (document instanceof ObjectNode) {
            keys((ObjectNode) document, DOCUMENT_KEYS, "/CFDocument");
            record((ObjectNode) document, "/CFDocument");
        }
        JsonNode rubrics = root.get("CFRubrics");
        for (int i = 0; rubrics != null && i < rubrics.size(); i++) {
            if (rubrics.get(i) instanceof ObjectNode) {
                keys((ObjectNode) rubrics.get(i), RUBRIC_KEYS, element("/CFRubrics", i));
                rubric((ObjectNode) rubrics.get(i), element("/CFRubrics", i));
            }
        }
        return root;
    }

    private void rubric(ObjectNode rubric, String at) {
        record(rubric, at);
        JsonNode criteria = rubric.get("CFRubricCriteria");
        String criteriaAt = member(at, original(rubric, "CFRubricCriteria"));
        for (int i = 0; criteria != null && i < criteria.size(); i++) {
            if (!(criteria.get(i) instanceof ObjectNode)) {
                continue;
            }
            ObjectNode criterion = (ObjectNode) criteria.get(i);
            String criterionAt = element(criteriaAt, i);
            keys(criterion, CRITERION_KEYS, criterionAt);
            record(criterion, criterionAt);
            number(criterion, "weight", false, criterionAt);
            number(criterion, "position", true, criterionAt);
            if (criterion.get("CFItemURI") instanceof ObjectNode) {
                keys((ObjectNode) criterion.get("CFItemURI"), LINK_KEYS, member(criterionAt, "CFItemURI"));
            }
            JsonNode levels = criterion.get("CFRubricCriterionLevels");
            String levelsAt = member(criterionAt, original(criterion, "CFRubricCriterionLevels"));
            for (int j = 0; levels != null && j < levels.size(); j++) {
                if (levels.get(j) instanceof ObjectNode) {
                    ObjectNode level = (ObjectNode) levels.get(j);
                    String levelAt = element(levelsAt, j);
                    keys(level, LEVEL_KEYS, levelAt);
                    record(level, levelAt);
                    number(level, "score", false, levelAt);
                    number(level, "position", true, levelAt);
                }
            }
        }
    }

    /** Renames keys that differ from a schema key only in case, or by a known alias. */
    private void keys(ObjectNode node, List<String> known, String at) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (String key : node.propertyNames()) {
            if (known.contains(key)) {
                continue;
            }
            String lower = key.toLowerCase(Locale.ROOT);
            String alias = ALIASES.get(lower);
            String target = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(lower)).findFirst()
                    .orElse(alias != null && known.contains(alias) ? alias : null);
            if (target != null && !node.has(target) && !renames.containsValue(target)) {
                renames.put(key, target);
            }
        }
        ObjectNode copy = node.deepCopy();
        node.removeAll();
        for (Map.Entry<String, JsonNode> entry : copy.properties()) {
            String target = renames.getOrDefault(entry.getKey(), entry.getKey());
            node.set(target, entry.getValue());
            if (!target.equals(entry.getKey())) {
                originals.computeIfAbsent(node, n -> new HashMap<>()).put(target, entry.getKey());
                repairs.add(new Repair(member(at, entry.getKey()), "renamed key '" + entry.getKey() + "' to '"
                        + target + "'"));
            }
        }
    }

    /** The key as the file spelled it, for pointers into the file as read. */
    private String original(ObjectNode node, String key) {
        return originals.getOrDefault(node, Map.of()).getOrDefault(key, key);
    }

    /** Fills or re-derives the identifier, fills the uri and the last change. */
    private void record(ObjectNode node, String at) {
        JsonNode identifier = node.get("identifier");
        String idAt = member(at, original(node, "identifier"));
        String id = identifier != null && identifier.isString() ? identifier.asString() : null;
        if (id == null) {
            String derived = CaseIds.nameBased("repair\n" + at).toString();
            repairs.add(new Repair(idAt, "missing identifier; derived " + derived));
            id = derived;
        } else if (!UUID.matcher(id).matches()) {
            String derived = CaseIds.nameBased("repair\n" + id + "\n" + at).toString();
            repairs.add(new Repair(idAt, "identifier '" + id + "' is not a lower-case UUID; derived " + derived));
            id = derived;
        } else if (seenIdentifiers.containsKey(id)) {
            String derived = CaseIds.nameBased("repair\n" + id + "\n" + at).toString();
            repairs.add(new Repair(idAt, "identifier " + id + " repeats the one at " + seenIdentifiers.get(id)
                    + "; derived " + derived));
            id = derived;
        }
        seenIdentifiers.put(id, idAt);
        node.put("identifier", id);
        if (!node.has("uri")) {
            node.put("uri", CaseOptions.DEFAULT_BASE_URI + id);
            repairs.add(new Repair(member(at, "uri"), "missing uri; set to " + CaseOptions.DEFAULT_BASE_URI + id));
        }
        if (!node.has("lastChangeDateTime")) {
            String epoch = DateTimeFormatter.ISO_INSTANT.format(CaseOptions.DEFAULT_LAST_CHANGE);
            node.put("lastChangeDateTime", epoch);
            repairs.add(new Repair(member(at, "lastChangeDateTime"), "missing lastChangeDateTime; set to " + epoch));
        }
    }

    private void number(ObjectNode node, String key, boolean integer, String at) {
        JsonNode value = node.get(key);
        if (value == null || !value.isString()) {
            return;
        }
        String text = value.asString().trim();
        try {
            BigDecimal number = new BigDecimal(text);
            String pointer = member(at, original(node, key));
            if (integer) {
                node.put(key, number.intValueExact());
            } else {
                node.put(key, number);
            }
            repairs.add(new Repair(pointer, "'" + key + "' \"" + value.asString() + "\" is a string; read as the "
                    + (integer ? "integer " : "number ") + number.toPlainString()));
        } catch (NumberFormatException | ArithmeticException e) {
            // not a number: left as it is, so that the schema refuses it at its place
        }
    }

    /** A CFDocument for a bare rubric: its creator is the host of the rubric's uri where it has one. */
    private ObjectNode documentFor(ObjectNode rubric) {
        ObjectNode document = NODES.objectNode();
        String rubricId = rubric.path("identifier").asString();
        String id = CaseIds.nameBased("document\n" + rubricId).toString();
        document.put("identifier", id);
        document.put("uri", CaseOptions.DEFAULT_BASE_URI + id);
        document.put("creator", creator(rubric.path("uri").asString("")));
        document.put("title", rubric.path("title").asString("untitled rubric " + rubricId));
        document.put("lastChangeDateTime", rubric.path("lastChangeDateTime").asString());
        document.put("caseVersion", "1.1");
        return document;
    }

    private static String creator(String uri) {
        try {
            String host = new URI(uri).getHost();
            return host == null ? "unknown" : host;
        } catch (java.net.URISyntaxException e) {
            return "unknown";
        }
    }

    private static boolean hasKey(ObjectNode node, String key) {
        for (String name : node.propertyNames()) {
            if (name.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }
}
