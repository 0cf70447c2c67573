package org.engagementrubrics.testkit.invalid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.testkit.Contents;
import org.engagementrubrics.testkit.invalid.Shapes.Place;
import org.engagementrubrics.testkit.invalid.Shapes.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The defects of one parsed document: which apply, and how each is made. Immutable and thread-safe: every
 * variant is made on a copy of the tree.
 */
final class Variants {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> UNKNOWN_NAMES = List.of("colour", "comment", "weight", "remark", "notes2");

    private final byte[] original;
    private final DocumentForm form;
    private final ReadLimits limits;
    private final Instrument instrument;
    private final ObjectNode tree;
    private final String kind;
    private final Shapes shapes;
    private final List<Place> places;
    private final Places where;
    private final Set<Defect> defects;

    private Variants(byte[] original, DocumentForm form, ReadLimits limits, Instrument instrument, ObjectNode tree) {
        this.original = original;
        this.form = form;
        this.limits = limits;
        this.instrument = instrument;
        this.tree = tree;
        JsonNode kindNode = tree.get("kind");
        this.kind = kindNode != null && kindNode.isString() ? kindNode.asString() : "";
        this.shapes = form == DocumentForm.ROSTER_LINE || form == DocumentForm.CONTACT_LINE ? Shapes.of(form)
                : Shapes.of(kind);
        this.places = shapes == null ? List.of() : shapes.places(tree);
        this.where = new Places(kind, instrument, tree, places);
        this.defects = Collections.unmodifiableSet(applicable());
    }

    static Variants parse(byte[] bytes, DocumentForm form, ReadLimits limits, Instrument instrument) {
        JsonNode tree;
        try {
            tree = Texts.MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the document is not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("the document is not one JSON object");
        }
        if (form.isLine() && Texts.isMultiLine(bytes)) {
            throw new IllegalArgumentException("a JSON Lines record must be one line");
        }
        return new Variants(bytes, form, limits, instrument, (ObjectNode) tree);
    }

    ReadLimits limits() {
        return limits;
    }

    Variants withLimits(ReadLimits newLimits) {
        return new Variants(original, form, newLimits, instrument, tree);
    }

    Variants against(Instrument newInstrument) {
        if (!kind.equals("response") || form == DocumentForm.ROSTER_LINE || form == DocumentForm.CONTACT_LINE) {
            throw new IllegalArgumentException("only a response is read against an instrument; this is a '" + kind + "'");
        }
        return new Variants(original, form, limits, newInstrument, tree);
    }

    Set<Defect> defects() {
        return defects;
    }

    private Set<Defect> applicable() {
        Set<Defect> all = EnumSet.of(Defect.DUPLICATE_KEY, Defect.BAD_NUMBER, Defect.TOO_DEEP, Defect.STRING_TOO_LONG,
                Defect.NUMBER_TOO_LONG, Defect.TOO_MANY_ELEMENTS, Defect.DOCUMENT_TOO_LARGE, Defect.INVALID_UTF8,
                Defect.UTF16, Defect.TRUNCATED, Defect.TRAILING_CONTENT, Defect.UNSUPPORTED_FORMAT,
                Defect.UNKNOWN_KIND);
        if (form == DocumentForm.DOCUMENT || form == DocumentForm.ROSTER_LINE) {
            all.add(Defect.EMPTY);
        }
        if (form == DocumentForm.ROSTER_LINE && tree.path("familyId").isString()) {
            all.add(Defect.DUPLICATE_ID);
        }
        if (!tree.path("format").isString()) {
            all.remove(Defect.UNSUPPORTED_FORMAT);
        }
        if (!tree.path("kind").isString()) {
            all.remove(Defect.UNKNOWN_KIND);
        }
        if (limits.maxDepth() < freeDepth()) {
            all.remove(Defect.TOO_DEEP);
        }
        for (Defect defect : List.of(Defect.DUPLICATE_ID, Defect.DUPLICATE_LABEL, Defect.DANGLING_REFERENCE,
                Defect.OFF_SCALE_RATING, Defect.OTHER_INSTRUMENT, Defect.WRONG_TYPE, Defect.MISSING_FIELD,
                Defect.UNKNOWN_FIELD)) {
            if (defect == Defect.UNKNOWN_FIELD && form == DocumentForm.CONTACT_LINE) {
                continue;
            }
            if (!where.candidates(defect).isEmpty()) {
                all.add(defect);
            }
        }
        return all;
    }

    InvalidDocument make(Defect defect, RandomGenerator random) {
        Mutation mutation = new Mutation(tree.deepCopy(), form.isLine(), original);
        if (form == DocumentForm.ROSTER_LINE && defect == Defect.DUPLICATE_ID) {
            return Bytes.make(defect, original, form, random, limits, instrument);
        }
        switch (defect) {
            case DUPLICATE_ID:
            case DUPLICATE_LABEL: {
                Place list = pick(where.candidates(defect), random);
                String field = defect == Defect.DUPLICATE_ID ? "id" : where.labelField(list.pointer());
                int later = 1 + random.nextInt(list.value().size() - 1);
                int earlier = random.nextInt(later);
                ObjectNode target = (ObjectNode) mutation.at(list.pointer() + "/" + later);
                target.set(field, mutation.at(list.pointer() + "/" + earlier + "/" + field).deepCopy());
                String at = list.pointer() + "/" + later + "/" + field;
                return done(defect, mutation.text(), at, at + " takes the " + field + " of " + list.pointer() + "/" + earlier);
            }
            case DANGLING_REFERENCE:
                return dangling(mutation, pick(where.candidates(defect), random));
            case OFF_SCALE_RATING: {
                Place rating = pick(where.candidates(defect), random);
                int value = Contents.scale(instrument).max() + 1;
                mutation.set(rating.pointer(), NODES.numberNode(value));
                return done(defect, mutation.text(), rating.pointer(), rating.pointer() + " rated " + value);
            }
            case OTHER_INSTRUMENT: {
                String other = instrument.id().equals("another-instrument") ? "other-instrument" : "another-instrument";
                mutation.set("/instrumentId", NODES.stringNode(other));
                return done(defect, mutation.text(), "/instrumentId", "/instrumentId names '" + other + "'");
            }
            case WRONG_TYPE:
                return wrongType(mutation, pick(where.candidates(defect), random));
            case MISSING_FIELD: {
                Place owner = pick(where.candidates(defect), random);
                List<String> present = new ArrayList<>(owner.required());
                present.removeIf(name -> !owner.value().has(name));
                String name = present.get(random.nextInt(present.size()));
                ((ObjectNode) mutation.at(owner.pointer())).remove(name);
                String at = owner.pointer() + "/" + Shapes.escape(name);
                return done(defect, mutation.text(), at, "required " + at + " left out");
            }
            case UNKNOWN_FIELD: {
                Place owner = pick(where.candidates(defect), random);
                String name = UNKNOWN_NAMES.get(random.nextInt(UNKNOWN_NAMES.size()));
                while (owner.declares(name) || owner.value().has(name)) {
                    name = name + "x";
                }
                ((ObjectNode) mutation.at(owner.pointer())).put(name, "blue");
                String at = owner.pointer() + "/" + name;
                return done(defect, mutation.text(), at, at + " added");
            }
            case DUPLICATE_KEY:
                return duplicateKey(mutation, random);
            case BAD_NUMBER:
                return badNumber(mutation, random);
            case TOO_DEEP: {
                int depth = limits.maxDepth() + 1 - freeDepth();
                String at = mutation.addFree(tree, places, "deep", "[".repeat(depth + 1) + "]".repeat(depth + 1));
                return done(defect, mutation.text(), at + "/0".repeat(depth), at + " nests " + (limits.maxDepth() + 1)
                        + " levels deep");
            }
            case NUMBER_TOO_LONG: {
                String at = mutation.addFree(tree, places, "big", "1" + "0".repeat(limits.maxNumberLength()));
                return done(defect, mutation.text(), at, at + " has " + (limits.maxNumberLength() + 1) + " digits");
            }
            case TOO_MANY_ELEMENTS: {
                String zeros = String.join(",", Collections.nCopies(limits.maxElements() + 1, "0"));
                String at = mutation.addFree(tree, places, "many", "[" + zeros + "]");
                return done(defect, mutation.text(), at, at + " has " + (limits.maxElements() + 1) + " elements");
            }
            case STRING_TOO_LONG:
                return stringTooLong(mutation, random);
            case UNSUPPORTED_FORMAT: {
                String format = "engagement-rubrics/" + (9 + random.nextInt(90)) + ".0";
                mutation.set("/format", NODES.stringNode(format));
                return done(defect, mutation.text(), "/format", "/format is '" + format + "'");
            }
            case UNKNOWN_KIND: {
                String unknown = kind + "-of-another-kind";
                mutation.set("/kind", NODES.stringNode(unknown));
                return done(defect, mutation.text(), "/kind", "/kind is '" + unknown + "'");
            }
            case INVALID_UTF8: {
                Place text = pick(strings(), random);
                byte[] bytes = mutation.invalidByteIn(text.pointer(), text.value().asString());
                return done(defect, bytes, "", "a byte 0xFF in the string at " + text.pointer());
            }
            default:
                return Bytes.make(defect, original, form, random, limits, instrument);
        }
    }

    private InvalidDocument dangling(Mutation mutation, Place place) {
        boolean column = place.pointer().matches(".*/(columnId|columnIds/[0-9]+)");
        String id = unusedId(column ? "no-such-column" : "no-such-item");
        String parent = place.pointer().substring(0, place.pointer().lastIndexOf('/'));
        String at;
        if (mutation.at(parent).isArray() || column) {
            mutation.set(place.pointer(), NODES.stringNode(id));
            at = place.pointer();
        } else {
            mutation.renameLast(place.pointer(), id);
            at = parent + "/" + id;
        }
        return done(Defect.DANGLING_REFERENCE, mutation.text(), at, at + " names '" + id + "', which does not exist");
    }

    private InvalidDocument wrongType(Mutation mutation, Place place) {
        JsonNode replacement;
        if (place.role() == Role.ARRAY) {
            replacement = NODES.objectNode();
        } else if (place.role() == Role.RECORD || place.role() == Role.MAP) {
            replacement = NODES.arrayNode();
        } else if (place.value().isBoolean()) {
            replacement = NODES.stringNode(place.value().asString());
        } else {
            replacement = NODES.booleanNode(true);
        }
        mutation.set(place.pointer(), replacement);
        return done(Defect.WRONG_TYPE, mutation.text(), place.pointer(), place.pointer() + " is "
                + Shapes.typeOf(replacement) + " " + replacement + " instead of " + Shapes.typeOf(place.value()));
    }

    private InvalidDocument duplicateKey(Mutation mutation, RandomGenerator random) {
        List<Place> objects = new ArrayList<>();
        Texts.objects(tree, "", objects);
        Place owner = pick(objects, random);
        List<String> keys = new ArrayList<>(owner.value().propertyNames());
        String key = keys.get(random.nextInt(keys.size()));
        mutation.repeatKey(owner.pointer(), key);
        String at = owner.pointer() + "/" + Shapes.escape(key);
        return done(Defect.DUPLICATE_KEY, mutation.text(), at, at + " written twice");
    }

    private InvalidDocument badNumber(Mutation mutation, RandomGenerator random) {
        List<Place> numbers = new ArrayList<>();
        Texts.leaves(tree, "", numbers, JsonNode::isNumber);
        String[] forms = {"NaN", "Infinity", "+%s", "%s.", "0%s"};
        String form = forms[random.nextInt(forms.length)];
        if (numbers.isEmpty()) {
            String raw = form.replace("%s", "7");
            String at = mutation.addFree(tree, places, "number", raw);
            return done(Defect.BAD_NUMBER, mutation.text(), "", at + " is " + raw);
        }
        Place number = pick(numbers, random);
        String raw = form.replace("%s", number.value().asString().replace("-", ""));
        mutation.raw(number.pointer(), raw);
        return done(Defect.BAD_NUMBER, mutation.text(), "", number.pointer() + " is " + raw);
    }

    private InvalidDocument stringTooLong(Mutation mutation, RandomGenerator random) {
        Place text = pick(strings(), random);
        String value = text.value().asString();
        int more = Math.max(1, limits.maxStringLength() + 1 - value.codePointCount(0, value.length()));
        mutation.set(text.pointer(), NODES.stringNode(value + "x".repeat(more)));
        return done(Defect.STRING_TOO_LONG, mutation.text(), text.pointer(), text.pointer() + " is "
                + (limits.maxStringLength() + 1) + " characters long");
    }

    /** The string values of the document other than {@code format} and {@code kind}. */
    private List<Place> strings() {
        List<Place> strings = new ArrayList<>();
        Texts.leaves(tree, "", strings, JsonNode::isString);
        strings.removeIf(p -> p.pointer().equals("/format") || p.pointer().equals("/kind"));
        return strings;
    }

    /** The depth of a value added for a limit defect: in the root's {@code extensions} (3), or at the root (2). */
    private int freeDepth() {
        return Mutation.rootTakesExtensions(places) ? 3 : 2;
    }

    private String unusedId(String base) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> known = instrument == null ? List.of() : Contents.itemIds(instrument);
        String id = base;
        for (int i = 2; text.contains("\"" + id + "\"") || known.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private InvalidDocument done(Defect defect, String text, String pointer, String where) {
        return done(defect, text.getBytes(StandardCharsets.UTF_8), pointer, where);
    }

    private InvalidDocument done(Defect defect, byte[] bytes, String pointer, String where) {
        return InvalidDocument.of(defect, bytes, pointer, where, limits, instrument, form);
    }

    private static <T> T pick(List<T> choices, RandomGenerator random) {
        return choices.get(random.nextInt(choices.size()));
    }

    @Override
    public String toString() {
        return form + " of kind '" + kind + "', " + original.length + " bytes"
                + (instrument == null ? "" : ", against " + instrument.id()) + ", defects " + defects;
    }

    static Map<String, JsonNode> members(JsonNode object) {
        Map<String, JsonNode> members = new java.util.LinkedHashMap<>();
        object.properties().forEach(e -> members.put(e.getKey(), e.getValue()));
        return members;
    }
}
