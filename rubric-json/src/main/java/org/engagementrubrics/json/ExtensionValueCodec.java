package org.engagementrubrics.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementrubrics.core.ExtensionValue;
import tools.jackson.core.JsonGenerator;

/**
 * The codec of a vendor extension's free JSON value, kept exactly: numbers as written, objects with sorted keys;
 * immutable and thread-safe.
 */
final class ExtensionValueCodec implements Codec<ExtensionValue> {

    private static final Pattern EXPONENT = Pattern.compile("[eE]([+-]?\\d+)$");

    @Override
    public String expected() {
        return "any JSON value";
    }

    @Override
    public void write(JsonGenerator out, ExtensionValue value) {
        if (value instanceof ExtensionValue.NullValue) {
            out.writeNull();
        } else if (value instanceof ExtensionValue.BooleanValue flag) {
            out.writeBoolean(flag.value());
        } else if (value instanceof ExtensionValue.NumberValue number) {
            out.writeNumber(number.value().toString());
        } else if (value instanceof ExtensionValue.StringValue text) {
            out.writeString(text.value());
        } else if (value instanceof ExtensionValue.ArrayValue array) {
            out.writeStartArray();
            array.values().forEach(member -> write(out, member));
            out.writeEndArray();
        } else {
            out.writeStartObject();
            ((ExtensionValue.ObjectValue) value).values().forEach((key, member) -> {
                out.writeName(key);
                write(out, member);
            });
            out.writeEndObject();
        }
    }

    @Override
    public ExtensionValue read(Node node, Problems problems) {
        switch (node.type) {
            case NULL:
                return new ExtensionValue.NullValue();
            case BOOLEAN:
                return new ExtensionValue.BooleanValue(Boolean.parseBoolean(node.text));
            case NUMBER: {
                ExtensionValue number = number(node.text);
                if (number == null) {
                    problems.add(node, FormatCodes.INVALID_VALUE, node.describe()
                            + "; expected a number whose exponent fits in 32 bits");
                }
                return number;
            }
            case STRING:
                return new ExtensionValue.StringValue(node.text);
            case ARRAY: {
                List<ExtensionValue> members = new ArrayList<>();
                for (Node element : node.elements) {
                    members.add(read(element, problems));
                }
                return members.contains(null) ? null : new ExtensionValue.ArrayValue(members);
            }
            default: {
                Map<String, ExtensionValue> members = new LinkedHashMap<>();
                node.members.forEach((key, member) -> members.put(key, read(member, problems)));
                return members.containsValue(null) ? null : new ExtensionValue.ObjectValue(members);
            }
        }
    }

    @Override
    public ExtensionValue readDirect(DirectReader in) {
        switch (in.token()) {
            case VALUE_NULL:
                return new ExtensionValue.NullValue();
            case VALUE_TRUE:
                return new ExtensionValue.BooleanValue(true);
            case VALUE_FALSE:
                return new ExtensionValue.BooleanValue(false);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                ExtensionValue number = number(in.number());
                if (number == null) {
                    throw DirectReader.notPlain();
                }
                return number;
            }
            case VALUE_STRING:
                return new ExtensionValue.StringValue(in.text());
            case START_ARRAY: {
                in.enterArray();
                List<ExtensionValue> members = new ArrayList<>();
                while (in.nextElement(members.size())) {
                    members.add(readDirect(in));
                }
                return new ExtensionValue.ArrayValue(members);
            }
            default: {
                in.enterObject();
                Map<String, ExtensionValue> members = new LinkedHashMap<>();
                int member = 0;
                for (String key = in.nextName(++member); key != null; key = in.nextName(++member)) {
                    in.next();
                    if (members.put(key, readDirect(in)) != null) {
                        throw DirectReader.notPlain();
                    }
                }
                return new ExtensionValue.ObjectValue(members);
            }
        }
    }

    /** A number as written, or null if its exponent does not fit in 32 bits. */
    private ExtensionValue number(String text) {
        try {
            // the same rule on every JDK: newer ones parse some exponents that older ones reject
            Matcher exponent = EXPONENT.matcher(text);
            if (exponent.find() && !fitsInt(exponent.group(1))) {
                return null;
            }
            return new ExtensionValue.NumberValue(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean fitsInt(String digits) {
        BigInteger value = new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
        return value.bitLength() < 32;
    }
}
