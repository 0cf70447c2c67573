package org.engagementrubrics.testkit.invalid;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.testkit.invalid.Shapes.Place;
import org.engagementrubrics.testkit.invalid.Shapes.Role;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing the trees of documents, and walking them without a schema. */
final class Texts {

    /**
     * Numbers kept as written ({@code 1.50} stays {@code 1.50}), and Jackson's own limits set past the
     * reader's widest ones, so that any document our reader takes can be taken apart here.
     */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(ReadLimits.MAX_DEPTH + 1)
                            .maxNumberLength(Integer.MAX_VALUE)
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxNameLength(Integer.MAX_VALUE)
                            .build())
                    .build())
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Indented as the canonical writer indents: two spaces, one member or element per line, LF line ends. */
    static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Texts() {
    }

    /** Checks if a document has a line break before its last non-blank character. */
    static boolean isMultiLine(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' '
                || bytes[end - 1] == '\t')) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Adds every scalar of a tree that passes the filter, in document order, as a free place. */
    static void leaves(JsonNode node, String pointer, List<Place> found, Predicate<JsonNode> filter) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                leaves(member.getValue(), pointer + "/" + Shapes.escape(member.getKey()), found, filter);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), pointer + "/" + i, found, filter);
            }
        } else if (filter.test(node)) {
            found.add(new Place(pointer, node, null, Role.FREE));
        }
    }

    /** Adds every object of a tree that has a member, in document order, as a free place. */
    static void objects(JsonNode node, String pointer, List<Place> found) {
        if (node.isObject() && !node.isEmpty()) {
            found.add(new Place(pointer, node, null, Role.FREE));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                objects(member.getValue(), pointer + "/" + Shapes.escape(member.getKey()), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects(node.get(i), pointer + "/" + i, found);
            }
        }
    }
}
