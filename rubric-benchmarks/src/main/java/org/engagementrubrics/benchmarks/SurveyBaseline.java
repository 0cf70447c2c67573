package org.engagementrubrics.benchmarks;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The baseline of the pooled survey benchmark: a Jackson streaming parse of the same JSON Lines bytes that
 * counts each statement's ratings by value and its not-rated and not-applicable answers, with no checks
 * against the instrument. Immutable and thread-safe.
 */
final class SurveyBaseline {

    /** The counts of one statement: index 0 not rated, 1 not applicable, 2 + v the scale value v (1..4). */
    static final int NOT_RATED = 0;
    static final int NOT_APPLICABLE = 1;
    static final int SLOTS = 2 + 5;

    private final JsonFactory factory = new JsonFactory();

    /**
     * Counts the ratings of every response in the bytes.
     *
     * @param jsonLines one response document per line
     * @return the counts per statement id
     */
    Map<String, int[]> count(byte[] jsonLines) {
        Map<String, int[]> counts = new HashMap<>();
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), jsonLines)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME && "byItem".equals(parser.currentName())) {
                    parser.nextToken(); // START_OBJECT
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        int[] slots = counts.computeIfAbsent(parser.currentName(), id -> new int[SLOTS]);
                        JsonToken value = parser.nextToken();
                        if (value == JsonToken.VALUE_NUMBER_INT) {
                            slots[2 + parser.getIntValue()]++;
                        } else if ("not-applicable".equals(parser.getString())) {
                            slots[NOT_APPLICABLE]++;
                        } else {
                            slots[NOT_RATED]++;
                        }
                    }
                }
            }
        }
        return counts;
    }
}
