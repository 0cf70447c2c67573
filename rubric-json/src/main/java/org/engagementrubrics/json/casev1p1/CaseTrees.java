package org.engagementrubrics.json.casev1p1;

import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.json.RubricJsonModule;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the CASE writer and reader share: the mapper that writes the parts CASE cannot carry in our own JSON format
 * (through {@link RubricJsonModule}, so they keep exactly the documented shapes), and the names of the CASE
 * fields and of our extension.
 */
final class CaseTrees {

    /** The key of our object in every {@code extensions}: on a level, the one object of its array holds it. */
    static final String EXTENSION = "engagementRubrics";
    /** The version of what {@link #EXTENSION} holds. */
    static final String EXTENSION_FORMAT = "1";
    /** Joins the statements of a cell into a level's {@code description}. */
    static final String STATEMENT_SEPARATOR = "\n";

    static final String IDENTIFIER = "identifier";
    static final String URI = "uri";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String LAST_CHANGE = "lastChangeDateTime";
    static final String EXTENSIONS = "extensions";
    static final String DOCUMENT = "CFDocument";
    static final String RUBRICS = "CFRubrics";
    static final String CRITERIA = "CFRubricCriteria";
    static final String LEVELS = "CFRubricCriterionLevels";
    static final String POSITION = "position";
    static final String WEIGHT = "weight";
    static final String SCORE = "score";
    static final String QUALITY = "quality";
    static final String CREATOR = "creator";

    /**
     * Our format's codecs for the parts of instruments; numbers as {@code BigDecimal} with their scale kept, so that
     * an extension's {@code 1.50} stays {@code 1.50}. Thread-safe once built.
     */
    static final JsonMapper MAPPER = exact(JsonMapper.builder()).addModule(new RubricJsonModule()).build();

    private CaseTrees() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Reads numbers as exactly as they are written. */
    static JsonMapper.Builder exact(JsonMapper.Builder builder) {
        return builder.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /** The value in our format; through text, since our codecs write numbers as their text. */
    static JsonNode tree(Object value) {
        return MAPPER.readTree(MAPPER.writeValueAsString(value));
    }

    /** Whether a text is English-only, so that the CASE field alone restores it. */
    static boolean plain(LocalizedText text) {
        return text.equals(LocalizedText.of(text.text()));
    }

    /** Adds the whole text under {@code key} when the CASE field, holding its default text, cannot restore it. */
    static void putText(ObjectNode ours, String key, LocalizedText text) {
        if (!plain(text)) {
            ours.set(key, tree(text));
        }
    }

    /** RFC 6901: the pointer to a member. */
    static String member(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String element(String pointer, int index) {
        return pointer + "/" + index;
    }
}
