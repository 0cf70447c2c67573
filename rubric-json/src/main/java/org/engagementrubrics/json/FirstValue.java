package org.engagementrubrics.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A bounded look at the first value of a stream, to tell what it holds when its name says nothing: JSON Lines
 * (a first object, then another value on a later line) or a JSON array of documents of some kind. The stream
 * is reset to where it was; nothing is decoded but the bytes scanned.
 */
final class FirstValue {

    private static final String VALUE_STARTS = "{[\"-0123456789tfn";

    private final InputStream in;
    private long left;

    private FirstValue(InputStream in, long limit) {
        this.in = in;
        this.left = limit;
    }

    /** Checks if a source name says what its contents are: a JSON document, or JSON Lines. */
    static boolean nameSays(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /**
     * Checks if the stream holds JSON Lines: its first value is an object and the next non-blank line starts
     * another value. Reads at most {@code limit} bytes and resets the stream.
     */
    static boolean isJsonLines(InputStream in, long limit) throws IOException {
        in.mark(markLimit(limit));
        try {
            FirstValue scan = new FirstValue(in, limit);
            if (scan.firstByte() != '{' || !scan.skipRestOfContainer()) {
                return false;
            }
            boolean lineFeed = false;
            int b;
            while ((b = scan.read()) != -1) {
                if (b == '\n') {
                    lineFeed = true;
                } else if (!isWhitespace(b)) {
                    return lineFeed && VALUE_STARTS.indexOf(b) >= 0;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /**
     * The {@code kind} of the first element of a top-level JSON array, when that element is an object with a
     * string {@code kind} field; null otherwise. Reads at most {@code limit} bytes and resets the stream.
     */
    static String firstElementKind(InputStream in, long limit) throws IOException {
        in.mark(markLimit(limit));
        try {
            FirstValue scan = new FirstValue(in, limit);
            if (scan.firstByte() != '[' || scan.nextNonWhitespace() != '{') {
                return null;
            }
            return scan.kindOfObject();
        } finally {
            in.reset();
        }
    }

    private static int markLimit(long limit) {
        return (int) Math.min(limit + 16, Integer.MAX_VALUE - 16);
    }

    private int read() throws IOException {
        if (left <= 0) {
            return -1;
        }
        left--;
        return in.read();
    }

    /** The first byte after a UTF-8 byte order mark and white space. */
    private int firstByte() throws IOException {
        int b = read();
        if (b == 0xEF && read() == 0xBB && read() == 0xBF) {
            b = read();
        }
        return isWhitespace(b) ? nextNonWhitespace() : b;
    }

    private int nextNonWhitespace() throws IOException {
        int b;
        do {
            b = read();
        } while (isWhitespace(b));
        return b;
    }

    /** Skips to the end of the object or array just opened; false if the input ends first. */
    private boolean skipRestOfContainer() throws IOException {
        int depth = 1;
        int b;
        while ((b = read()) != -1) {
            if (b == '"') {
                if (string() == null) {
                    return false;
                }
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Scans the members of the object just opened for a string {@code kind}. */
    private String kindOfObject() throws IOException {
        while (nextNonWhitespace() == '"') {
            String key = string();
            if (key == null || nextNonWhitespace() != ':') {
                return null;
            }
            int b = nextNonWhitespace();
            if (key.equals("kind")) {
                return b == '"' ? string() : null;
            }
            if (separatorAfterValue(b) != ',') {
                return null;
            }
        }
        return null;
    }

    /** Skips a member's value whose first byte is {@code b}; returns the separator after it, or -1. */
    private int separatorAfterValue(int b) throws IOException {
        if (b == '"') {
            return string() == null ? -1 : nextNonWhitespace();
        }
        if (b == '{' || b == '[') {
            return skipRestOfContainer() ? nextNonWhitespace() : -1;
        }
        int next = b;
        while (next != -1 && next != ',' && next != '}' && next != ']' && !isWhitespace(next)) {
            next = read();
        }
        return isWhitespace(next) ? nextNonWhitespace() : next;
    }

    /** The rest of a string just opened, escapes taken as the character they escape; null if it never ends. */
    private String string() throws IOException {
        StringBuilder text = new StringBuilder();
        int b;
        while ((b = read()) != -1) {
            if (b == '"') {
                return text.toString();
            }
            if (b == '\\') {
                b = read();
                if (b == -1) {
                    return null;
                }
            }
            text.append((char) b);
        }
        return null;
    }

    private static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
