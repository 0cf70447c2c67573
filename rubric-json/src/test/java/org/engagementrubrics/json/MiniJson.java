package org.engagementrubrics.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tiny mutable JSON model for tests that must build documents the production reader would refuse:
 * objects are lists of members, so keys may repeat; {@link Raw} splices text verbatim (NaN, a 10,000-digit
 * number, unbalanced brackets); numbers keep their text. The parser reads valid JSON only.
 */
final class MiniJson {

    private MiniJson() {
    }

    /** A JSON object: members in order, keys may repeat. */
    static final class Obj {
        final List<Member> members = new ArrayList<>();

        Obj put(String key, Object value) {
            members.add(new Member(key, value));
            return this;
        }

        Object get(String key) {
            for (Member m : members) {
                if (m.key().equals(key)) {
                    return m.value();
                }
            }
            return null;
        }
    }

    /** A JSON array. */
    static final class Arr {
        final List<Object> items = new ArrayList<>();

        Arr add(Object value) {
            items.add(value);
            return this;
        }
    }

    record Member(String key, Object value) {
    }

    /** A number, as written. */
    record Num(String text) {
    }

    /** Text written as is. */
    record Raw(String text) {
    }

    /** JSON null (Java null is used for it too). */
    static final Object NULL = null;

    static Object copy(Object value) {
        if (value instanceof Obj o) {
            Obj c = new Obj();
            o.members.forEach(m -> c.members.add(new Member(m.key(), copy(m.value()))));
            return c;
        }
        if (value instanceof Arr a) {
            Arr c = new Arr();
            a.items.forEach(i -> c.items.add(copy(i)));
            return c;
        }
        return value;
    }

    // ----- writing ------------------------------------------------------------------------------

    static String write(Object value, boolean pretty) {
        StringBuilder out = new StringBuilder();
        write(value, out, pretty ? 0 : -1);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Num n) {
            out.append(n.text());
        } else if (value instanceof Raw r) {
            out.append(r.text());
        } else if (value instanceof Obj o) {
            out.append('{');
            for (int i = 0; i < o.members.size(); i++) {
                out.append(i == 0 ? "" : ",");
                newline(out, indent + 1);
                quote(o.members.get(i).key(), out);
                out.append(indent >= 0 ? ": " : ":");
                write(o.members.get(i).value(), out, indent < 0 ? -1 : indent + 1);
            }
            if (!o.members.isEmpty()) {
                newline(out, indent);
            }
            out.append('}');
        } else if (value instanceof Arr a) {
            out.append('[');
            for (int i = 0; i < a.items.size(); i++) {
                out.append(i == 0 ? "" : ",");
                newline(out, indent + 1);
                write(a.items.get(i), out, indent < 0 ? -1 : indent + 1);
            }
            if (!a.items.isEmpty()) {
                newline(out, indent);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void newline(StringBuilder out, int indent) {
        if (indent >= 0) {
            out.append('\n');
            out.append("  ".repeat(indent));
        }
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !validPair(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                        if (Character.isHighSurrogate(c)) {
                            out.append(s.charAt(++i));
                        }
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean validPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    // ----- reading (valid JSON only) ------------------------------------------------------------

    static Object parse(String text) {
        Parser p = new Parser(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Object value = p.value();
        p.ws();
        if (p.i != p.s.length()) {
            throw new IllegalArgumentException("trailing text at " + p.i);
        }
        return value;
    }

    private static final class Parser {
        final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        void ws() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Obj o = new Obj();
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return o;
                }
                while (true) {
                    ws();
                    String key = string();
                    ws();
                    expect(':');
                    o.members.add(new Member(key, value()));
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        return o;
                    }
                }
            }
            if (c == '[') {
                i++;
                Arr a = new Arr();
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return a;
                }
                while (true) {
                    a.items.add(value());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        return a;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            }
            return new Num(s.substring(start, i));
        }

        void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            }
        }
    }

    // ----- key paths ----------------------------------------------------------------------------

    private static boolean isEmpty(Object value) {
        return value instanceof Obj o && o.members.isEmpty() || value instanceof Arr a && a.items.isEmpty();
    }

    /**
     * Adds the JSON pointer of every member and element; members whose value is null are left out,
     * as the format treats them as absent; so are members of the format's own objects (outside
     * {@code extensions}) whose value is an empty array or object, which canonical output omits (an empty
     * list of goals is no list of goals). Inside extensions every member counts.
     */
    static void paths(Object value, String pointer, boolean skipNullMembers, Set<String> out) {
        if (value instanceof Obj o) {
            for (Member m : o.members) {
                if (skipNullMembers && (m.value() == null || !pointer.contains("/extensions") && isEmpty(m.value()))) {
                    continue;
                }
                String child = pointer + "/" + m.key().replace("~", "~0").replace("/", "~1");
                out.add(child);
                paths(m.value(), child, skipNullMembers, out);
            }
        } else if (value instanceof Arr a) {
            for (int i = 0; i < a.items.size(); i++) {
                String child = pointer + "/" + i;
                out.add(child);
                paths(a.items.get(i), child, skipNullMembers, out);
            }
        }
    }
}
