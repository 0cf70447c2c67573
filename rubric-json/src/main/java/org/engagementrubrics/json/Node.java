package org.engagementrubrics.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood: its JSON pointer, line and column.
 */
final class Node {

    enum Type {
        OBJECT("an object"), ARRAY("an array"), STRING("a string"), NUMBER("a number"), BOOLEAN("a boolean"),
        NULL("null");

        final String description;

        Type(String description) {
            this.description = description;
        }
    }

    final Type type;
    final String pointer;
    final int line;
    final int column;
    final Map<String, Node> members;
    final List<Node> elements;
    final String text;
    /** Where the member's key stands, for a member of an object; otherwise the value's own place. */
    int keyLine;
    int keyColumn;

    private Node(Type type, String pointer, int line, int column, Map<String, Node> members, List<Node> elements,
            String text) {
        this.type = type;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.members = members;
        this.elements = elements;
        this.text = text;
        this.keyLine = line;
        this.keyColumn = column;
    }

    static Node object(String pointer, int line, int column, Map<String, Node> members) {
        return new Node(Type.OBJECT, pointer, line, column, Collections.unmodifiableMap(members), List.of(), null);
    }

    static Node array(String pointer, int line, int column, List<Node> elements) {
        return new Node(Type.ARRAY, pointer, line, column, Map.of(), Collections.unmodifiableList(elements), null);
    }

    static Node scalar(Type type, String pointer, int line, int column, String text) {
        return new Node(type, pointer, line, column, Map.of(), List.of(), text);
    }

    /**
     * Describes the node for a message: its field (or "the document") and its value, such as
     * {@code 'title' is a number (42)}; long values are shortened.
     */
    String describe() {
        String field = pointer.isEmpty() ? "the document" : "'" + pointer.substring(pointer.lastIndexOf('/') + 1) + "'";
        if (type == Type.STRING) {
            String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
            return field + " is the string \"" + shown + "\"";
        }
        if (type == Type.NUMBER || type == Type.BOOLEAN) {
            String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
            return field + " is " + type.description + " (" + shown + ")";
        }
        return field + " is " + type.description;
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * Finds the deepest node on a pointer's path, so that a problem about a node that is absent (a missing
     * field) is located at its parent.
     */
    Node locate(String target) {
        if (target.isEmpty() || target.equals(pointer)) {
            return this;
        }
        Node current = this;
        for (String token : target.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            Node next = null;
            if (current.type == Type.OBJECT) {
                next = current.members.get(key);
            } else if (current.type == Type.ARRAY && key.matches("\\d{1,9}")) {
                int index = Integer.parseInt(key);
                next = index < current.elements.size() ? current.elements.get(index) : null;
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }
}
