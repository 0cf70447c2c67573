package org.engagementrubrics.json;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads text into a located tree, enforcing the limits, unique keys and a single document.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class TreeReader {

    private final ReadLimits limits;
    private final JsonFactory factory;

    TreeReader(ReadLimits limits) {
        this.limits = limits;
        // Jackson's own limits are set past ours so that ours, with their codes and locations, apply first.
        int ceiling = (int) Math.min(Integer.MAX_VALUE - 1, limits.maxDocumentBytes() + 1);
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 2)
                        .maxStringLength(ceiling)
                        .maxNameLength(ceiling)
                        .maxNumberLength(ceiling)
                        .maxDocumentLength(-1)
                        .build())
                .build();
    }

    ReadLimits limits() {
        return limits;
    }

    /**
     * Reads one document. Returns the root, or null when the document could not be parsed; every
     * problem goes to {@code problems}.
     */
    Node read(byte[] bytes, Problems problems) {
        CharBuffer text = Utf8.decodeChars(bytes, problems);
        return text == null ? null : read(text.array(), text.limit(), problems);
    }

    /**
     * Reads one document from text already decoded.
     */
    Node read(String text, Problems problems) {
        char[] chars = text.toCharArray();
        return read(chars, chars.length, problems);
    }

    /** Reads one document from decoded characters, which the parser reads in place. */
    private Node read(char[] text, int length, Problems problems) {
        if (isBlank(text, length)) {
            // white space has a place to point at; an input with no character at all has none
            int at = length == 0 ? 0 : 1;
            problems.add("", at, at, FormatCodes.EMPTY_DOCUMENT, "the input holds no JSON value; expected one JSON"
                    + " object");
            return null;
        }
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text, 0, length)) {
            try {
                JsonToken first = parser.nextToken();
                Node root = value(parser, first, "", 1, problems);
                if (root == null) {
                    return null;
                }
                JsonToken next = parser.nextToken();
                if (next != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    problems.add("", at.getLineNr(), at.getColumnNr(), FormatCodes.TRAILING_CONTENT, "unexpected "
                            + describe(next) + " after the end of the document; expected one JSON value only");
                }
                return root;
            } catch (JacksonException e) {
                syntax(e, parser, problems);
                return null;
            }
        } catch (Abort abort) {
            return null;
        }
    }

    /** As {@link String#isBlank()}: empty or white space only (no surrogate is white space). */
    private static boolean isBlank(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** Reports a parse error at its place, in the reader's words; see {@link SyntaxMessages}. */
    static void syntax(JacksonException e, JsonParser parser, Problems problems) {
        SyntaxMessages.report(e, parser, problems);
    }

    /** Creates a parser over text, for reading a top-level array one element at a time. */
    JsonParser parser(java.io.Reader text) {
        return factory.createParser(ObjectReadContext.empty(), text);
    }

    /** Creates a parser over UTF-8 bytes checked beforehand ({@link Utf8#wellFormedStart}), with the same limits. */
    JsonParser parser(byte[] bytes, int offset, int length) {
        return factory.createParser(ObjectReadContext.empty(), bytes, offset, length);
    }

    /** Creates a parser over decoded characters, with the limits of every other read. */
    JsonParser parser(char[] text, int length) {
        return factory.createParser(ObjectReadContext.empty(), text, 0, length);
    }

    /**
     * Reads the value at the parser's current token as its own document (pointers relative to it), or
     * returns null after a problem that stops reading.
     */
    Node element(JsonParser parser, JsonToken token, Problems problems) {
        return element(parser, token, problems, -1);
    }

    /**
     * Reads the value at the parser's current token as its own document, stopping with
     * {@code document-too-large} once it spans more than {@code maxBytes} bytes (when positive).
     */
    Node element(JsonParser parser, JsonToken token, Problems problems, long maxBytes) {
        try {
            return value(parser, token, "", 2, problems, maxBytes);
        } catch (Abort abort) {
            return null;
        }
    }

    /** Thrown to stop reading after a problem that makes the rest of the document unsafe to read. */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    /** An array or object being read: its place, and the members read so far. */
    private static final class Frame {
        final boolean object;
        final String pointer;
        final int line;
        final int column;
        final Map<String, Node> members = new LinkedHashMap<>();
        final List<Node> elements = new ArrayList<>();
        int count;
        String key;
        int keyLine;
        int keyColumn;

        Frame(boolean object, String pointer, int line, int column) {
            this.object = object;
            this.pointer = pointer;
            this.line = line;
            this.column = column;
        }

        String childPointer() {
            return object ? Node.child(pointer, key) : Node.child(pointer, elements.size());
        }

        Node build() {
            return object ? Node.object(pointer, line, column, members) : Node.array(pointer, line, column, elements);
        }
    }

    /**
     * Reads the value that starts at {@code token}, iteratively (an explicit stack, not recursion), so
     * nesting cannot exhaust the thread's stack whatever the configured limit.
     */
    private Node value(JsonParser parser, JsonToken token, String pointer, int depth, Problems problems) {
        return value(parser, token, pointer, depth, problems, -1);
    }

    private Node value(JsonParser parser, JsonToken token, String pointer, int depth, Problems problems,
            long maxBytes) {
        TokenStreamLocation start = parser.currentTokenLocation();
        long startOffset = maxBytes > 0 ? Math.max(start.getByteOffset(), start.getCharOffset()) : 0;
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        JsonToken current = token;
        while (true) {
            String here = stack.isEmpty() ? pointer : stack.peek().childPointer();
            TokenStreamLocation at = parser.currentTokenLocation();
            Node done;
            if (current == JsonToken.START_OBJECT || current == JsonToken.START_ARRAY) {
                if (depth + stack.size() > limits.maxDepth()) {
                    problems.add(here, at.getLineNr(), at.getColumnNr(), FormatCodes.TOO_DEEP, "arrays and objects nest"
                            + " deeper than " + limits.maxDepth() + " levels, the configured limit (maxDepth)");
                    throw new Abort();
                }
                stack.push(new Frame(current == JsonToken.START_OBJECT, here, at.getLineNr(), at.getColumnNr()));
                done = null;
            } else {
                done = scalar(parser, current, here, at.getLineNr(), at.getColumnNr(), problems);
            }
            // hand finished values to their parents, closing every container that ends here
            while (true) {
                if (done != null) {
                    if (stack.isEmpty()) {
                        return done;
                    }
                    add(stack.peek(), done, problems);
                }
                Frame top = stack.peek();
                current = parser.nextToken();
                if (maxBytes > 0) {
                    TokenStreamLocation now = parser.currentLocation();
                    if (Math.max(now.getByteOffset(), now.getCharOffset()) - startOffset > maxBytes) {
                        problems.add(pointer, start.getLineNr(), start.getColumnNr(), FormatCodes.DOCUMENT_TOO_LARGE,
                                "the record has more than " + maxBytes + " bytes, the configured limit"
                                        + " (maxDocumentBytes)");
                        throw new Abort();
                    }
                }
                if (top.object && current == JsonToken.PROPERTY_NAME) {
                    key(parser, top, problems);
                    current = parser.nextToken();
                    break;
                }
                if (current == JsonToken.END_OBJECT || current == JsonToken.END_ARRAY) {
                    stack.pop();
                    done = top.build();
                    continue;
                }
                if (!top.object) {
                    if (top.elements.size() >= limits.maxElements()) {
                        problems.add(top.pointer, top.line, top.column, FormatCodes.TOO_MANY_ELEMENTS, "the array has"
                                + " more than " + limits.maxElements() + " elements, the configured limit (maxElements)");
                        throw new Abort();
                    }
                    break;
                }
                TokenStreamLocation bad = parser.currentTokenLocation();
                problems.add(top.pointer, bad.getLineNr(), bad.getColumnNr(), FormatCodes.SYNTAX, "unexpected "
                        + describe(current));
                throw new Abort();
            }
        }
    }

    private void key(JsonParser parser, Frame frame, Problems problems) {
        String key = parser.currentName();
        TokenStreamLocation keyAt = parser.currentTokenLocation();
        frame.key = key;
        frame.keyLine = keyAt.getLineNr();
        frame.keyColumn = keyAt.getColumnNr();
        if (++frame.count > limits.maxElements()) {
            problems.add(frame.pointer, frame.line, frame.column, FormatCodes.TOO_MANY_ELEMENTS, "the object has more"
                    + " than " + limits.maxElements() + " members, the configured limit (maxElements)");
            throw new Abort();
        }
        long length = length(key);
        if (length > limits.maxStringLength()) {
            problems.add(frame.childPointer(), frame.keyLine, frame.keyColumn, FormatCodes.STRING_TOO_LONG, "a key of "
                    + length + " characters is longer than " + limits.maxStringLength()
                    + ", the configured limit (maxStringLength, in Unicode code points)");
        }
    }

    private void add(Frame frame, Node child, Problems problems) {
        if (!frame.object) {
            frame.elements.add(child);
            return;
        }
        child.keyLine = frame.keyLine;
        child.keyColumn = frame.keyColumn;
        Node first = frame.members.get(frame.key);
        if (first != null) {
            problems.add(child.pointer, frame.keyLine, frame.keyColumn, FormatCodes.DUPLICATE_KEY, "key '" + frame.key
                    + "' appears again (first at " + problems.place(first.keyLine, first.keyColumn)
                    + "); expected each key once per object");
        } else {
            frame.members.put(frame.key, child);
        }
    }

    private Node scalar(JsonParser parser, JsonToken token, String pointer, int line, int column, Problems problems) {
        switch (token) {
            case VALUE_STRING: {
                String text = parser.getString();
                long length = length(text);
                if (length > limits.maxStringLength()) {
                    problems.add(pointer, line, column, FormatCodes.STRING_TOO_LONG, "a string of " + length
                            + " characters is longer than " + limits.maxStringLength()
                            + ", the configured limit (maxStringLength, in Unicode code points)");
                }
                return Node.scalar(Node.Type.STRING, pointer, line, column, text);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String text = parser.getString();
                if (text.length() > limits.maxNumberLength()) {
                    problems.add(pointer, line, column, FormatCodes.NUMBER_TOO_LONG, "a number of " + text.length()
                            + " characters is longer than " + limits.maxNumberLength()
                            + ", the configured limit (maxNumberLength)");
                    // keep a placeholder: the document is already rejected, and parsing a huge number is
                    // what the limit exists to prevent
                    return Node.scalar(Node.Type.NUMBER, pointer, line, column, "0");
                }
                return Node.scalar(Node.Type.NUMBER, pointer, line, column, text);
            }
            case VALUE_TRUE:
                return Node.scalar(Node.Type.BOOLEAN, pointer, line, column, "true");
            case VALUE_FALSE:
                return Node.scalar(Node.Type.BOOLEAN, pointer, line, column, "false");
            case VALUE_NULL:
                return Node.scalar(Node.Type.NULL, pointer, line, column, null);
            default:
                problems.add(pointer, line, column, FormatCodes.SYNTAX, "unexpected " + describe(token));
                throw new Abort();
        }
    }

    /**
     * The length of a string in characters as a reader counts them, Unicode code points: an emoji is one
     * character, though Java holds it in two UTF-16 units.
     */
    private long length(String text) {
        // no string has more code points than UTF-16 units, so only a long one needs counting
        return text.length() <= limits.maxStringLength() ? text.length() : text.codePointCount(0, text.length());
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "object";
            case START_ARRAY:
                return "array";
            case VALUE_STRING:
                return "string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
