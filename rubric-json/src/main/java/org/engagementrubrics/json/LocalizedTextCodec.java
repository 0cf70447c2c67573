package org.engagementrubrics.json;

import java.util.Map;
import org.engagementrubrics.core.LocalizedText;
import tools.jackson.core.JsonGenerator;

/**
 * The codec of a localized text: a plain string (English, the default), or {"defaultLanguage": ..., "values": {...}};
 * immutable and thread-safe.
 */
final class LocalizedTextCodec implements Codec<LocalizedText> {

    private final Codec<Map<String, String>> values = ValueCodecs.map("a text", ValueCodecs.STRING);

    @Override
    public String expected() {
        return "a string, or an object with defaultLanguage and values";
    }

    @Override
    public void write(JsonGenerator out, LocalizedText text) {
        if (text.values().size() == 1 && text.defaultLanguage().equals(LocalizedText.ENGLISH)) {
            out.writeString(text.text());
            return;
        }
        out.writeStartObject();
        out.writeName("defaultLanguage");
        out.writeString(text.defaultLanguage());
        out.writeName("values");
        values.write(out, text.values());
        out.writeEndObject();
    }

    @Override
    public LocalizedText read(Node node, Problems problems) {
        if (node.type == Node.Type.STRING) {
            return LocalizedText.of(node.text);
        }
        if (node.type != Node.Type.OBJECT) {
            problems.add(node, FormatCodes.TYPE_MISMATCH, node.describe() + "; expected " + expected());
            return null;
        }
        int before = problems.size();
        for (String key : node.members.keySet()) {
            if (!key.equals("defaultLanguage") && !key.equals("values")) {
                problems.addAtKey(node.members.get(key), FormatCodes.UNKNOWN_FIELD, "field '" + key
                        + "' is not part of a localized text; expected one of [defaultLanguage, values]");
            }
        }
        Node language = node.members.get("defaultLanguage");
        Node texts = node.members.get("values");
        String defaultLanguage = null;
        Map<String, String> map = null;
        if (language == null || texts == null) {
            problems.add(Node.child(node.pointer, language == null ? "defaultLanguage" : "values"), node.line,
                    node.column, FormatCodes.MISSING, "required field '" + (language == null ? "defaultLanguage"
                            : "values") + "' of a localized text is missing");
        }
        if (language != null) {
            defaultLanguage = ValueCodecs.STRING.read(language, problems);
        }
        if (texts != null) {
            map = values.read(texts, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return LocalizedText.of(map, defaultLanguage);
        } catch (IllegalArgumentException e) {
            problems.add(node, FormatCodes.INVALID_VALUE, e.getMessage());
            return null;
        }
    }

    @Override
    public LocalizedText readDirect(DirectReader in) {
        if (in.token() == tools.jackson.core.JsonToken.VALUE_STRING) {
            return LocalizedText.of(in.text());
        }
        in.enterObject();
        String defaultLanguage = null;
        Map<String, String> map = null;
        int member = 0;
        for (String key = in.nextName(++member); key != null; key = in.nextName(++member)) {
            in.next();
            if (key.equals("defaultLanguage") && defaultLanguage == null) {
                defaultLanguage = ValueCodecs.STRING.readDirect(in);
            } else if (key.equals("values") && map == null) {
                map = values.readDirect(in);
            } else {
                throw DirectReader.notPlain();
            }
        }
        if (defaultLanguage == null || map == null) {
            throw DirectReader.notPlain();
        }
        try {
            return LocalizedText.of(map, defaultLanguage);
        } catch (IllegalArgumentException e) {
            throw DirectReader.notPlain();
        }
    }
}
