package org.engagementrubrics.json;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a plain document straight from the parser into the model, with no located tree between: the quick
 * way for the common case of a well-formed file (issue 12).
 *
 * <p>A document is plain when it is strict UTF-8 (bytes are checked, not decoded) within every limit, opens with {@code format} and
 * {@code kind} naming one of the kinds asked for in a format read for it, and every value is what its
 * codec expects, with no unknown or repeated key and nothing after the document. Anything else, down to a
 * single surprising token, stops this reader with no value, and the caller reads the document again the
 * located way ({@link TreeReader}, the codecs' {@link Codec#read}), which finds every problem with its place.
 * Nothing here reports a problem, so the problems of a file are always the located reader's.
 *
 * <p>One instance reads one document, on one thread.
 */
final class DirectReader {

    /**
     * How deep this reader nests before it leaves a document to the located reader, whose tree is built
     * without recursion: the codecs here recurse once per level of vendor data.
     */
    private static final int MAX_DIRECT_DEPTH = 64;

    /** Thrown to stop at the first thing that is not plain; carries nothing, as the located reader explains it. */
    static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    private final ReadLimits limits;
    private final JsonParser parser;
    /** Scratch problems for the conversions shared with the located reader: any problem there is not plain. */
    private final Problems scratch = new Problems("");
    /** How many arrays and objects are open, the document itself included. */
    private int depth;

    private DirectReader(ReadLimits limits, JsonParser parser) {
        this.limits = limits;
        this.parser = parser;
    }

    /**
     * Reads a plain document of one of the kinds from its bytes; returns null when it is not plain (or not of
     * those kinds), for the caller to read it the located way.
     */
    static Object read(TreeReader trees, byte[] bytes, List<String> kinds) {
        int start = Utf8.wellFormedStart(bytes); // checked, not decoded: the parser reads the bytes themselves
        if (start < 0) {
            return null;
        }
        try (JsonParser parser = trees.parser(bytes, start, bytes.length - start)) {
            return new DirectReader(trees.limits(), parser).document(kinds);
        } catch (NotPlain | JacksonException e) {
            return null; // the located reader reads it again and says what is wrong, where
        }
    }

    /** Reads a plain document from decoded characters; see {@link #read(TreeReader, byte[], List)}. */
    static Object read(TreeReader trees, char[] text, int length, List<String> kinds) {
        try (JsonParser parser = trees.parser(text, length)) {
            return new DirectReader(trees.limits(), parser).document(kinds);
        } catch (NotPlain | JacksonException e) {
            return null;
        }
    }

    private Object document(List<String> kinds) {
        next();
        enterObject();
        if (!"format".equals(nextName(1))) {
            throw NOT_PLAIN;
        }
        next();
        String format = text();
        if (!"kind".equals(nextName(2))) {
            throw NOT_PLAIN;
        }
        next();
        String kindName = text();
        DocumentKind kind = kinds.contains(kindName) ? DocumentKind.named(kindName) : null;
        if (kind == null || !kind.role().formats().contains(format) || kind.hasCompactForm()) {
            throw NOT_PLAIN;
        }
        Object value = kind.codec().readDirectMembers(this, 2);
        if (parser.nextToken() != null) {
            throw NOT_PLAIN;
        }
        return value;
    }

    /** Stops reading: what is at hand is not plain. */
    static NotPlain notPlain() {
        return NOT_PLAIN;
    }

    /** The token the parser stands on. */
    JsonToken token() {
        return parser.currentToken();
    }

    /** Moves to the next token. */
    JsonToken next() {
        return parser.nextToken();
    }

    /** The string the parser stands on, within {@code maxStringLength}. */
    String text() {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw NOT_PLAIN;
        }
        String text = parser.getString();
        if (text.length() > limits.maxStringLength()) { // code points are never more than UTF-16 units
            throw NOT_PLAIN;
        }
        return text;
    }

    /** The number the parser stands on, as written, within {@code maxNumberLength}. */
    String number() {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw NOT_PLAIN;
        }
        String text = parser.getString();
        if (text.length() > limits.maxNumberLength()) {
            throw NOT_PLAIN;
        }
        return text;
    }

    /** The scalar the parser stands on as the located reader's node would hold it, for a shared conversion. */
    Node scalar() {
        switch (parser.currentToken()) {
            case VALUE_STRING:
                return Node.scalar(Node.Type.STRING, "", 0, 0, text());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Node.scalar(Node.Type.NUMBER, "", 0, 0, number());
            case VALUE_TRUE:
                return Node.scalar(Node.Type.BOOLEAN, "", 0, 0, "true");
            case VALUE_FALSE:
                return Node.scalar(Node.Type.BOOLEAN, "", 0, 0, "false");
            case VALUE_NULL:
                return Node.scalar(Node.Type.NULL, "", 0, 0, null);
            default:
                throw NOT_PLAIN;
        }
    }

    /** Problems for a conversion shared with the located reader; check {@link #cleanSince(int)} after it. */
    Problems scratch() {
        return scratch;
    }

    /** Stops reading if a shared conversion reported a problem since the scratch list had {@code size}. */
    void cleanSince(int size) {
        if (scratch.size() > size) {
            throw NOT_PLAIN;
        }
    }

    /** Opens the object the parser stands on. */
    void enterObject() {
        enter(JsonToken.START_OBJECT);
    }

    /** Opens the array the parser stands on. */
    void enterArray() {
        enter(JsonToken.START_ARRAY);
    }

    private void enter(JsonToken start) {
        if (parser.currentToken() != start || ++depth > limits.maxDepth() || depth > MAX_DIRECT_DEPTH) {
            throw NOT_PLAIN;
        }
    }

    /**
     * Moves to the next key of the open object and returns it, or returns null at the object's end (and
     * closes it); {@code count} is the member's number, from 1.
     */
    String nextName(int count) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            depth--;
            return null;
        }
        if (token != JsonToken.PROPERTY_NAME || count > limits.maxElements()) {
            throw NOT_PLAIN;
        }
        String name = parser.currentName();
        if (name.length() > limits.maxStringLength()) {
            throw NOT_PLAIN;
        }
        return name;
    }

    /**
     * Moves to the next element of the open array, of which {@code size} were read; returns false at the
     * array's end (and closes it).
     */
    boolean nextElement(int size) {
        if (parser.nextToken() == JsonToken.END_ARRAY) {
            depth--;
            return false;
        }
        if (size >= limits.maxElements()) {
            throw NOT_PLAIN;
        }
        return true;
    }
}
