package org.engagementrubrics.json;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * A closed set of object shapes told apart by a discriminator field from a fixed allow-list.
 *
 * @param <T> the common type
 */
final class Variants<T> implements Codec<T> {

    private final String name;
    private final String discriminator;
    private final Map<String, ObjectCodec<? extends T>> variants;
    private final Function<T, String> nameOf;

    private Variants(String name, String discriminator, Map<String, ObjectCodec<? extends T>> variants,
            Function<T, String> nameOf) {
        this.name = name;
        this.discriminator = discriminator;
        this.variants = Map.copyOf(variants);
        this.nameOf = nameOf;
    }

    static <T> Variants<T> of(String name, String discriminator, Map<String, ObjectCodec<? extends T>> variants,
            Function<T, String> nameOf) {
        return new Variants<>(name, discriminator, variants, nameOf);
    }

    Map<String, ObjectCodec<? extends T>> variants() {
        return variants;
    }

    @Override
    public String expected() {
        return "an object (" + name + ") with " + discriminator + " one of " + new TreeSet<>(variants.keySet());
    }

    @Override
    public void write(JsonGenerator out, T value) {
        String variant = nameOf.apply(value);
        out.writeStartObject();
        out.writeName(discriminator);
        out.writeString(variant);
        writeFields(out, variants.get(variant), value);
        out.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static <T, V extends T> void writeFields(JsonGenerator out, ObjectCodec<V> codec, T value) {
        codec.writeFields(out, (V) value);
    }

    @Override
    public T read(Node node, Problems problems) {
        if (node.type != Node.Type.OBJECT) {
            problems.add(node, FormatCodes.TYPE_MISMATCH, node.describe() + "; expected " + expected());
            return null;
        }
        Node kind = node.members.get(discriminator);
        if (kind == null) {
            problems.add(Node.child(node.pointer, discriminator), node.line, node.column, FormatCodes.MISSING,
                    "required field '" + discriminator + "' of " + ObjectCodec.article(name) + " is missing; expected one of "
                            + new TreeSet<>(variants.keySet()));
            return null;
        }
        ObjectCodec<? extends T> codec = kind.type == Node.Type.STRING ? variants.get(kind.text) : null;
        if (codec == null) {
            problems.add(kind, kind.type == Node.Type.STRING ? FormatCodes.UNKNOWN_KIND : FormatCodes.TYPE_MISMATCH,
                    kind.describe() + "; expected one of " + new TreeSet<>(variants.keySet()));
            return null;
        }
        return codec.read(node, problems);
    }
}
