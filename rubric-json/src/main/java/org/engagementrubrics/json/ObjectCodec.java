package org.engagementrubrics.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * Codes a record as a JSON object with a fixed field order; unknown fields are problems.
 *
 * @param <T> the record type
 */
final class ObjectCodec<T> implements Codec<T> {

    /** The leading fields of a document, written and checked by the document reader and writer. */
    static final List<String> DOCUMENT_PREFIX = List.of("format", "kind");
    /** The leading field of an evidence variant. */
    static final List<String> VARIANT_PREFIX = List.of("kind");
    /** The leading field of a fit or profile variant. */
    static final List<String> OUTCOME_PREFIX = List.of("outcome");

    /** The decoded field values, read by the factory: one slot per field, in the codec's field order. */
    static final class Values {
        /** Marks a slot with no value read yet (null is a value: an absent nullable field). */
        private static final Object UNSET = new Object();

        private final String[] names;
        private final Object[] values;

        private Values(String[] names) {
            this.names = names;
            this.values = new Object[names.length];
            java.util.Arrays.fill(values, UNSET);
        }

        private int slot(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        boolean has(int slot) {
            return values[slot] != UNSET;
        }

        void put(int slot, Object value) {
            values[slot] = value;
        }

        /** Returns the value of the field with this name, typed by the caller's target. */
        @SuppressWarnings("unchecked")
        <V> V get(String name) {
            int slot = slot(name);
            if (slot < 0 || values[slot] == UNSET) {
                throw new IllegalStateException("no field '" + name + "' was read");
            }
            return (V) values[slot];
        }

        int getInt(String name) {
            Integer value = get(name);
            return value;
        }
    }

    /**
     * The data rules across the fields of one object, checked once every field has read cleanly and before the
     * object is made, so that each problem is located at the field that breaks the rule.
     */
    @FunctionalInterface
    interface Rules {
        /** Reports every rule broken by the decoded values; {@code node} is the object read. */
        void check(Values values, Node node, Problems problems);
    }

    private final String name;
    private final List<Field<T, ?>> fields;
    private final Function<Values, T> factory;
    private final List<String> prefix;
    private final Rules rules;
    /** The prefix and field names, in that order: what an object may hold, gathered once. */
    private final Set<String> known;
    /** The field names in field order, the slots of {@link Values}. */
    private final String[] names;
    /** Each field's slot by its name, for reading straight from the parser. */
    private final Map<String, Integer> slots;

    private ObjectCodec(String name, List<Field<T, ?>> fields, Function<Values, T> factory, List<String> prefix,
            Rules rules) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.factory = factory;
        this.prefix = prefix;
        this.rules = rules;
        Set<String> names = new LinkedHashSet<>(prefix);
        this.fields.forEach(f -> names.add(f.name));
        this.known = Collections.unmodifiableSet(names);
        this.names = this.fields.stream().map(f -> f.name).toArray(String[]::new);
        Map<String, Integer> slotsByName = new HashMap<>();
        for (int i = 0; i < this.names.length; i++) {
            slotsByName.put(this.names[i], i);
        }
        this.slots = slotsByName;
    }

    static <T> ObjectCodec<T> of(String name, List<Field<T, ?>> fields, Function<Values, T> factory) {
        return new ObjectCodec<>(name, fields, factory, List.of(), null);
    }

    /**
     * A codec for a document or a variant whose leading fields (such as {@code format} and {@code kind})
     * are written and checked by the caller.
     */
    static <T> ObjectCodec<T> withPrefix(String name, List<String> prefix, List<Field<T, ?>> fields,
            Function<Values, T> factory) {
        return new ObjectCodec<>(name, fields, factory, List.copyOf(prefix), null);
    }

    /** Returns this codec with data rules across its fields, checked before the object is made. */
    ObjectCodec<T> withRules(Rules rules) {
        return new ObjectCodec<>(name, fields, factory, prefix, rules);
    }

    /** The leading fields written and checked by the caller, such as format and kind. */
    List<String> prefix() {
        return prefix;
    }

    String name() {
        return name;
    }

    /** The field names in write order, without the prefix. */
    List<String> fieldNames() {
        return fields.stream().map(f -> f.name).toList();
    }

    /** The required field names, without the prefix. */
    List<String> requiredNames() {
        return fields.stream().filter(f -> f.required).map(f -> f.name).toList();
    }

    List<Field<T, ?>> fields() {
        return fields;
    }

    @Override
    public String expected() {
        return "an object (" + name + ")";
    }

    @Override
    public void write(JsonGenerator out, T value) {
        out.writeStartObject();
        writeFields(out, value);
        out.writeEndObject();
    }

    /** Writes the fields only, inside an object the caller opened. */
    void writeFields(JsonGenerator out, T value) {
        for (Field<T, ?> field : fields) {
            writeField(out, field, value);
        }
    }

    private static <T, V> void writeField(JsonGenerator out, Field<T, V> field, T value) {
        V fieldValue = field.getter.apply(value);
        if (field.omit.test(fieldValue)) {
            return;
        }
        out.writeName(field.name);
        field.codec.write(out, fieldValue);
    }

    @Override
    public T read(Node node, Problems problems) {
        if (node.type != Node.Type.OBJECT) {
            problems.add(node, FormatCodes.TYPE_MISMATCH, name + " is " + node.type.description + "; expected "
                    + expected());
            return null;
        }
        int before = problems.size();
        for (Map.Entry<String, Node> member : node.members.entrySet()) {
            if (!known.contains(member.getKey())) {
                problems.addAtKey(member.getValue(), FormatCodes.UNKNOWN_FIELD, "field '" + member.getKey()
                        + "' is not part of " + article(name) + "; expected one of " + known
                        + (known.contains("extensions") ? " (vendor data belongs in 'extensions')" : ""));
            }
        }
        Values values = new Values(names);
        for (int i = 0; i < names.length; i++) {
            readField(node, fields.get(i), i, values, problems);
        }
        if (problems.size() == before && rules != null) {
            rules.check(values, node, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return factory.apply(values);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(node, FormatCodes.INVALID_VALUE, name + " cannot be made: " + e.getMessage());
            return null;
        }
    }

    @Override
    public T readDirect(DirectReader in) {
        in.enterObject();
        return readDirectMembers(in, 0);
    }

    /**
     * Reads the members of the open object after the {@code count} the caller read (a document's
     * {@code format} and {@code kind}), up to its end; see {@link Codec#readDirect}. A prefix field met
     * here is one read twice, and data rules need the located tree: both leave the object to the located
     * reader.
     */
    T readDirectMembers(DirectReader in, int count) {
        if (rules != null) {
            throw DirectReader.notPlain();
        }
        Values values = new Values(names);
        int member = count;
        for (String key = in.nextName(++member); key != null; key = in.nextName(++member)) {
            Integer slot = slots.get(key);
            if (slot == null || values.has(slot)) {
                throw DirectReader.notPlain();
            }
            Field<T, ?> field = fields.get(slot);
            in.next();
            boolean absent = in.token() == tools.jackson.core.JsonToken.VALUE_NULL && !field.required;
            values.put(slot, absent ? field.absent : field.codec.readDirect(in));
        }
        for (int i = 0; i < names.length; i++) {
            if (!values.has(i)) {
                Field<T, ?> field = fields.get(i);
                if (field.required) {
                    throw DirectReader.notPlain();
                }
                values.put(i, field.absent);
            }
        }
        try {
            return factory.apply(values);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DirectReader.notPlain();
        }
    }

    private static <T, V> void readField(Node node, Field<T, V> field, int slot, Values values, Problems problems) {
        Node child = node.members.get(field.name);
        if (child == null || (child.type == Node.Type.NULL && !field.required)) {
            if (field.required) {
                problems.add(Node.child(node.pointer, field.name), node.line, node.column, FormatCodes.MISSING,
                        "required field '" + field.name + "' is missing; expected " + field.codec.expected());
            } else {
                values.put(slot, field.absent);
            }
            return;
        }
        V value = field.codec.read(child, problems);
        values.put(slot, value);
    }

    static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /**
     * Returns a list of fields for a codec declaration, where an array of fields (such as a document's
     * header) is spread in place.
     */
    static <T> List<Field<T, ?>> fields(Object... parts) {
        List<Field<T, ?>> list = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Field<?, ?>[] array) {
                for (Field<?, ?> field : array) {
                    list.add(cast(field));
                }
            } else {
                list.add(cast((Field<?, ?>) part));
            }
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T, ?> cast(Field<?, ?> field) {
        return (Field<T, ?>) field;
    }
}
