package org.engagementrubrics.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Fingerprint;
import org.engagementrubrics.core.LocalizedText;
import tools.jackson.core.JsonGenerator;

/**
 * The codecs of values that are not objects of the format: strings, numbers, booleans, instants, the
 * fingerprint, localized texts ({@link LocalizedTextCodec}) and vendor extensions ({@link ExtensionValueCodec}),
 * and the list, map and enumeration combinators.
 */
final class ValueCodecs {

    private ValueCodecs() {
    }

    abstract static class Scalar<T> implements Codec<T> {
        private final String expected;
        private final Node.Type type;

        Scalar(String expected, Node.Type type) {
            this.expected = expected;
            this.type = type;
        }

        @Override
        public String expected() {
            return expected;
        }

        @Override
        public T read(Node node, Problems problems) {
            if (node.type != type) {
                problems.add(node, FormatCodes.TYPE_MISMATCH, node.describe() + "; expected " + expected);
                return null;
            }
            return convert(node, problems);
        }

        /** Reads the scalar by the very conversion of {@link #read}, from a node made for it. */
        @Override
        public T readDirect(DirectReader in) {
            Node node = in.scalar();
            if (node.type != type) {
                throw DirectReader.notPlain();
            }
            int before = in.scratch().size();
            T value = convert(node, in.scratch());
            in.cleanSince(before);
            return value;
        }

        abstract T convert(Node node, Problems problems);
    }

    static final Codec<String> STRING = new Scalar<>("a string", Node.Type.STRING) {
        @Override
        String convert(Node node, Problems problems) {
            return node.text;
        }

        @Override
        public String readDirect(DirectReader in) {
            return in.text();
        }

        @Override
        public void write(JsonGenerator out, String value) {
            out.writeString(value);
        }
    };

    static final Codec<Integer> INT = new Scalar<>("an integer", Node.Type.NUMBER) {
        @Override
        Integer convert(Node node, Problems problems) {
            try {
                BigDecimal number = new BigDecimal(node.text);
                return number.intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(node, FormatCodes.TYPE_MISMATCH, node.describe() + "; expected an integer from "
                        + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
                return null;
            }
        }

        @Override
        public Integer readDirect(DirectReader in) {
            if (in.token() == tools.jackson.core.JsonToken.VALUE_NUMBER_INT) {
                String text = in.number();
                if (text.length() <= 9) { // nine characters, sign included, always fit an int
                    return Integer.parseInt(text);
                }
            }
            return super.readDirect(in);
        }

        @Override
        public void write(JsonGenerator out, Integer value) {
            out.writeNumber(value.intValue());
        }
    };

    static final Codec<Long> LONG = new Scalar<>("an integer from 0 to " + Long.MAX_VALUE, Node.Type.NUMBER) {
        @Override
        Long convert(Node node, Problems problems) {
            try {
                return new BigDecimal(node.text).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(node, FormatCodes.TYPE_MISMATCH, node.describe() + "; expected an integer from "
                        + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
                return null;
            }
        }

        @Override
        public void write(JsonGenerator out, Long value) {
            out.writeNumber(value.longValue());
        }
    };

    static final Codec<Double> DOUBLE = new Scalar<>("a number", Node.Type.NUMBER) {
        @Override
        Double convert(Node node, Problems problems) {
            double value = Double.parseDouble(node.text);
            if (!Double.isFinite(value)) {
                problems.add(node, FormatCodes.TYPE_MISMATCH, node.describe() + "; expected a finite number");
                return null;
            }
            return value;
        }

        @Override
        public void write(JsonGenerator out, Double value) {
            out.writeNumber(value.doubleValue());
        }
    };

    /** The most digits a decimal (points, weights, sums) may have on either side of its point. */
    static final int DECIMAL_DIGITS = 64;

    /**
     * An exact decimal, such as points: read as written (no binary rounding), in its canonical form (trailing
     * zeros stripped, so {@code 2.0} reads as {@code 2}), written in plain notation. An exponent that would spell
     * more than {@value #DECIMAL_DIGITS} digits on either side of the point is refused, so that
     * {@code 1e999999999} never becomes a billion digits.
     */
    static final Codec<BigDecimal> DECIMAL = decimal("a decimal number", "a decimal number with at most "
            + DECIMAL_DIGITS + " digits before and after the decimal point", DECIMAL_DIGITS, DECIMAL_DIGITS, true);

    /**
     * Makes a codec of exact decimals with bounded digits, written in plain notation ({@code 100}, never
     * {@code 1E+2}), so that neither {@code 1e999999999} nor its plain form is ever made.
     *
     * @param description what the value is, in problems about its type
     * @param expected what a bad value should have been, after "expected"
     * @param integerDigits the most digits before the decimal point
     * @param fractionDigits the most digits after it
     * @param canonical whether trailing zeros are stripped on reading ({@code 2.0} reads as {@code 2}); if not,
     *        the value keeps its scale and writes back as it was read
     * @return the codec
     */
    static Codec<BigDecimal> decimal(String description, String expected, int integerDigits, int fractionDigits,
            boolean canonical) {
        return new Scalar<>(description, Node.Type.NUMBER) {
            @Override
            BigDecimal convert(Node node, Problems problems) {
                BigDecimal value;
                try {
                    value = new BigDecimal(node.text);
                    value = canonical ? value.stripTrailingZeros() : value;
                } catch (NumberFormatException | ArithmeticException e) {
                    value = null;
                }
                if (value == null || value.precision() - value.scale() > integerDigits
                        || value.scale() > fractionDigits) {
                    problems.add(node, FormatCodes.TYPE_MISMATCH, node.describe() + "; expected " + expected);
                    return null;
                }
                return value;
            }

            @Override
            public void write(JsonGenerator out, BigDecimal value) {
                out.writeNumber(value.toPlainString());
            }
        };
    }

    static final Codec<Boolean> BOOLEAN = new Scalar<>("true or false", Node.Type.BOOLEAN) {
        @Override
        Boolean convert(Node node, Problems problems) {
            return Boolean.valueOf(node.text);
        }

        @Override
        public void write(JsonGenerator out, Boolean value) {
            out.writeBoolean(value);
        }
    };

    static final Codec<Instant> INSTANT = new Scalar<>("an ISO-8601 instant such as \"2026-10-01T15:00:00Z\"",
            Node.Type.STRING) {
        @Override
        Instant convert(Node node, Problems problems) {
            String outOfRange = DateTimes.outOfRange(node.text);
            if (outOfRange != null) {
                problems.add(node, FormatCodes.INVALID_VALUE, node.describe() + ": " + outOfRange + "; expected "
                        + expected());
                return null;
            }
            try {
                return Instant.parse(node.text);
            } catch (DateTimeParseException e) {
                problems.add(node, FormatCodes.INVALID_VALUE, node.describe() + "; expected " + expected());
                return null;
            }
        }

        @Override
        public void write(JsonGenerator out, Instant value) {
            out.writeString(value.toString());
        }
    };

    static final Codec<Fingerprint> FINGERPRINT = new Scalar<>("a fingerprint \"sha256:\" and 64 hex digits",
            Node.Type.STRING) {
        @Override
        Fingerprint convert(Node node, Problems problems) {
            try {
                return Fingerprint.parse(node.text);
            } catch (IllegalArgumentException e) {
                problems.add(node, FormatCodes.INVALID_VALUE, e.getMessage());
                return null;
            }
        }

        @Override
        public void write(JsonGenerator out, Fingerprint value) {
            out.writeString(value.value());
        }
    };

    /** A text as a plain string (English, the default), or {"defaultLanguage": ..., "values": {...}}. */
    static final Codec<LocalizedText> TEXT = new LocalizedTextCodec();

    /** Free JSON kept exactly: numbers as written, objects with sorted keys. */
    static final Codec<ExtensionValue> EXTENSION_VALUE = new ExtensionValueCodec();

    static final Codec<Extensions> EXTENSIONS = new Codec<>() {
        private final Codec<Map<String, ExtensionValue>> members = map("an extension", EXTENSION_VALUE);

        @Override
        public String expected() {
            return "an object of vendor data";
        }

        @Override
        public void write(JsonGenerator out, Extensions value) {
            members.write(out, value.values());
        }

        @Override
        public Extensions read(Node node, Problems problems) {
            Map<String, ExtensionValue> values = members.read(node, problems);
            return values == null ? null : Extensions.of(values);
        }

        @Override
        public Extensions readDirect(DirectReader in) {
            return Extensions.of(members.readDirect(in));
        }
    };

    /** A JSON array of values. */
    static <T> Codec<List<T>> list(Codec<T> element) {
        return new Codec<>() {
            @Override
            public String expected() {
                return "an array of " + element.expected();
            }

            @Override
            public void write(JsonGenerator out, List<T> values) {
                out.writeStartArray();
                values.forEach(value -> element.write(out, value));
                out.writeEndArray();
            }

            @Override
            public List<T> read(Node node, Problems problems) {
                if (node.type != Node.Type.ARRAY) {
                    problems.add(node, FormatCodes.TYPE_MISMATCH, node.describe() + "; expected " + expected());
                    return null;
                }
                int before = problems.size();
                List<T> values = new ArrayList<>(node.elements.size());
                for (Node child : node.elements) {
                    values.add(element.read(child, problems));
                }
                return problems.size() > before ? null : values;
            }

            @Override
            public List<T> readDirect(DirectReader in) {
                in.enterArray();
                List<T> values = new ArrayList<>();
                while (in.nextElement(values.size())) {
                    values.add(element.readDirect(in));
                }
                return values;
            }
        };
    }

    /** A JSON object used as a map from string keys to values; key order is kept. */
    static <T> Codec<Map<String, T>> map(String what, Codec<T> value) {
        return new Codec<>() {
            @Override
            public String expected() {
                return "an object mapping each key to " + value.expected();
            }

            @Override
            public void write(JsonGenerator out, Map<String, T> values) {
                out.writeStartObject();
                values.forEach((key, member) -> {
                    out.writeName(key);
                    value.write(out, member);
                });
                out.writeEndObject();
            }

            @Override
            public Map<String, T> read(Node node, Problems problems) {
                if (node.type != Node.Type.OBJECT) {
                    problems.add(node, FormatCodes.TYPE_MISMATCH, node.describe() + "; expected " + expected());
                    return null;
                }
                int before = problems.size();
                Map<String, T> values = new LinkedHashMap<>();
                node.members.forEach((key, member) -> values.put(key, value.read(member, problems)));
                return problems.size() > before ? null : values;
            }

            @Override
            public Map<String, T> readDirect(DirectReader in) {
                in.enterObject();
                Map<String, T> values = new LinkedHashMap<>();
                int member = 0;
                for (String key = in.nextName(++member); key != null; key = in.nextName(++member)) {
                    in.next();
                    if (values.put(key, value.readDirect(in)) != null) {
                        throw DirectReader.notPlain();
                    }
                }
                return values;
            }
        };
    }

    /** An enumeration written as lower-case words joined by hyphens: NOT_OBSERVED is "not-observed". */
    static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
        Map<String, E> byName = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            byName.put(kindName(constant), constant);
        }
        return named("one of " + byName.keySet(), byName, ValueCodecs::kindName);
    }

    static String kindName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A string from a fixed allow-list. */
    static <E> Codec<E> named(String expected, Map<String, E> byName, Function<E, String> name) {
        return new Scalar<>(expected, Node.Type.STRING) {
            @Override
            E convert(Node node, Problems problems) {
                E value = byName.get(node.text);
                if (value == null) {
                    problems.add(node, FormatCodes.UNKNOWN_KIND, node.describe() + "; expected " + expected);
                }
                return value;
            }

            @Override
            public void write(JsonGenerator out, E value) {
                out.writeString(name.apply(value));
            }
        };
    }
}