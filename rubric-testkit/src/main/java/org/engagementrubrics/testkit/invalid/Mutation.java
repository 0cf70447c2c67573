package org.engagementrubrics.testkit.invalid;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.testkit.invalid.Shapes.Place;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One variant in the making: a private copy of the document's tree, and the raw texts that replace marker
 * strings once the tree is written (what a tree cannot hold: a repeated key, a number JSON refuses, nesting
 * past a writer's limits). Used by one thread, then dropped.
 */
final class Mutation {

    private final ObjectNode tree;
    private final boolean record;
    private final String originalText;
    private final Map<String, String> splices = new LinkedHashMap<>();

    Mutation(ObjectNode tree, boolean record, byte[] original) {
        this.tree = tree;
        this.record = record;
        this.originalText = new String(original, StandardCharsets.UTF_8);
    }

    JsonNode at(String pointer) {
        return tree.at(pointer);
    }

    /** Replaces the value at a pointer (not the root). */
    void set(String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = tree.at(pointer.substring(0, slash));
        String last = unescape(pointer.substring(slash + 1));
        if (parent.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** Replaces the value at a pointer by raw JSON text. */
    void raw(String pointer, String text) {
        String marker = marker();
        set(pointer, JsonNodeFactory.instance.stringNode(marker));
        splices.put(quoted(marker), text);
    }

    /** Renames the member at a pointer, keeping its place among its siblings. */
    void renameLast(String pointer, String newKey) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) tree.at(pointer.substring(0, slash));
        String key = unescape(pointer.substring(slash + 1));
        Map<String, JsonNode> members = Variants.members(parent);
        parent.removeAll();
        members.forEach((name, value) -> parent.set(name.equals(key) ? newKey : name, value));
    }

    /** Writes a member's key a second time, with a copy of its value, at the end of its object. */
    void repeatKey(String pointer, String key) {
        ObjectNode owner = (ObjectNode) tree.at(pointer);
        String marker = marker();
        owner.set(marker, owner.get(key).deepCopy());
        splices.put(quoted(marker), Texts.MAPPER.writeValueAsString(key));
    }

    /**
     * Adds raw JSON as a new member of the root's {@code extensions} when the kind has them (vendor data, where
     * any value is taken), else of the root.
     *
     * @return the pointer of the added value
     */
    String addFree(ObjectNode original, List<Place> places, String name, String rawValue) {
        ObjectNode owner;
        String base;
        if (rootTakesExtensions(places)) {
            JsonNode extensions = tree.get("extensions");
            if (extensions == null || !extensions.isObject()) {
                extensions = tree.putObject("extensions");
            }
            owner = (ObjectNode) extensions;
            base = "/extensions/";
        } else {
            owner = tree;
            base = "/";
        }
        String key = name;
        while (owner.has(key)) {
            key = key + "x";
        }
        String marker = marker();
        owner.put(key, marker);
        splices.put(quoted(marker), rawValue);
        return base + key;
    }

    static boolean rootTakesExtensions(List<Place> places) {
        return !places.isEmpty() && places.get(0).role() == Shapes.Role.RECORD && places.get(0).declares("extensions");
    }

    /** The variant's bytes with one byte that is not UTF-8 (0xFF) at the start of the string at a pointer. */
    byte[] invalidByteIn(String pointer, String value) {
        String marker = marker();
        set(pointer, JsonNodeFactory.instance.stringNode(marker));
        byte[] text = text().getBytes(StandardCharsets.UTF_8);
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        byte[] escaped = Texts.MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        byte[] replacement = new byte[escaped.length - 1];
        replacement[0] = (byte) 0xFF;
        System.arraycopy(escaped, 1, replacement, 1, escaped.length - 2);
        return Bytes.replace(text, needle, replacement);
    }

    /** The variant as text: the tree written as the original was (one line, or indented), then the splices. */
    String text() {
        String text = record || !Texts.isMultiLine(originalText.getBytes(StandardCharsets.UTF_8))
                ? Texts.MAPPER.writeValueAsString(tree)
                : Texts.PRETTY.writeValueAsString(tree);
        for (Map.Entry<String, String> splice : splices.entrySet()) {
            text = text.replace(splice.getKey(), splice.getValue());
        }
        return originalText.endsWith("\n") ? text + "\n" : text;
    }

    private String marker() {
        String marker = "rubric-testkit-splice-" + splices.size();
        while (originalText.contains(marker)) {
            marker = marker + "-";
        }
        return marker;
    }

    private static String quoted(String marker) {
        return "\"" + marker + "\"";
    }

    static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
