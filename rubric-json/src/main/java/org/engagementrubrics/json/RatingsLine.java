package org.engagementrubrics.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.TreeMap;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Decodes a JSON Lines record of a response with ratings evidence straight from its bytes with Jackson's
 * streaming parser, with no located tree: the path of the pooled survey, where one file holds millions of
 * such records. Only the plain shape is decoded here: ASCII with no escape, the current format, every field
 * of the response once and no other, no extensions, every rating an {@code int} or {@code "not-rated"} or
 * {@code "not-applicable"}, within every {@link ReadLimits read limit}. Anything else (and any syntax error)
 * gives null, and the general reader reads the record as it always has, with its problems located; so a
 * record decoded here is one the general reader would have decoded into an equal response.
 *
 * <p>Strings that repeat from record to record (the instrument, its version, the subject, the time) are
 * compared in the parser's buffer and kept from the record before, so that a record allocates little more
 * than its response. Mutable and not thread-safe; one lives inside one {@link ResponseStream}.
 */
final class RatingsLine {

    private static final String FORMAT = DocumentWriter.FORMAT;
    private static final String KIND = DocumentKind.RESPONSE.kindName();
    /** The nesting of the plain shape: the response, its evidence, the ratings. */
    private static final int DEPTH = 3;
    private static final int CACHED_RATINGS = 16;

    private static final int FORMAT_FIELD = 1;
    private static final int KIND_FIELD = 1 << 1;
    private static final int ID = 1 << 2;
    private static final int INSTRUMENT_ID = 1 << 3;
    private static final int INSTRUMENT_VERSION = 1 << 4;
    private static final int RATER_ID = 1 << 5;
    private static final int SUBJECT_ID = 1 << 6;
    private static final int RECORDED_AT = 1 << 7;
    private static final int EVIDENCE = 1 << 8;
    private static final int EXTENSIONS = 1 << 9;
    private static final int REQUIRED = FORMAT_FIELD | KIND_FIELD | ID | INSTRUMENT_ID | RATER_ID | SUBJECT_ID
            | RECORDED_AT | EVIDENCE;

    private final ReadLimits limits;
    private final boolean applies;
    private final JsonFactory factory;
    private final Rating[] ratings = new Rating[CACHED_RATINGS];
    /** The last instrument id, version, subject and time read, reused while records repeat them. */
    private String instrumentId = "";
    private String instrumentVersion = "";
    private String subjectId = "";
    private String recordedAtText = "";
    private Instant recordedAt;

    RatingsLine(ReadLimits limits) {
        this.limits = limits;
        this.applies = limits.maxDepth() > DEPTH && DocumentKind.Role.RESPONSE.formats().contains(FORMAT);
        int ceiling = (int) Math.min(Integer.MAX_VALUE - 1, limits.maxDocumentBytes() + 1);
        // as in TreeReader: Jackson's own limits past ours, which are checked here and give way to the tree;
        // buffers kept per thread, since a parser is made per record and one thread reads a stream at a time
        this.factory = JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool())
                .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2).maxStringLength(ceiling).maxNameLength(ceiling)
                .maxNumberLength(ceiling).maxDocumentLength(-1).build()).build();
        for (int value = 0; value < CACHED_RATINGS; value++) {
            ratings[value] = Rating.of(value);
        }
    }

    /**
     * Decodes a record of the plain shape.
     *
     * @param bytes the record's bytes, from 0 to {@code length}
     * @param plainAscii whether the bytes are printable ASCII, tabs and carriage returns with no backslash, as
     *     {@link LineReader#plain()} tells
     * @return the response, or null if the record is of any other shape
     */
    Response read(byte[] bytes, int length, boolean plainAscii) {
        if (!applies || !plainAscii) {
            return null;
        }
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
            return response(parser);
        } catch (JacksonException e) {
            return null;
        }
    }

    private Response response(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String id = null;
        String instrument = null;
        String version = null;
        String rater = null;
        String subject = null;
        Instant at = null;
        Ratings evidence = null;
        int seen = 0;
        int members = 0;
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            if (++members > limits.maxElements() || name.length() > limits.maxStringLength()) {
                return null;
            }
            JsonToken value = parser.nextToken();
            int field;
            switch (name) {
                case "format":
                    field = FORMAT_FIELD;
                    if (!is(parser, value, FORMAT)) {
                        return null;
                    }
                    break;
                case "kind":
                    field = KIND_FIELD;
                    if (!is(parser, value, KIND)) {
                        return null;
                    }
                    break;
                case "id":
                    field = ID;
                    id = string(parser, value);
                    break;
                case "instrumentId":
                    field = INSTRUMENT_ID;
                    instrument = repeated(parser, value, instrumentId);
                    instrumentId = instrument == null ? instrumentId : instrument;
                    break;
                case "instrumentVersion":
                    field = INSTRUMENT_VERSION;
                    if (value != JsonToken.VALUE_NULL) {
                        version = repeated(parser, value, instrumentVersion);
                        if (version == null) {
                            return null;
                        }
                        instrumentVersion = version;
                    }
                    break;
                case "raterId":
                    field = RATER_ID;
                    rater = string(parser, value);
                    break;
                case "subjectId":
                    field = SUBJECT_ID;
                    subject = repeated(parser, value, subjectId);
                    subjectId = subject == null ? subjectId : subject;
                    break;
                case "recordedAt":
                    field = RECORDED_AT;
                    at = instant(parser, value);
                    break;
                case "evidence":
                    field = EVIDENCE;
                    evidence = ratings(parser, value);
                    break;
                case "extensions":
                    field = EXTENSIONS; // null is no extensions; any other value is read by the general reader
                    if (value != JsonToken.VALUE_NULL) {
                        return null;
                    }
                    break;
                default:
                    return null;
            }
            if ((seen & field) != 0) {
                return null;
            }
            seen |= field;
            if (field == ID && id == null || field == INSTRUMENT_ID && instrument == null
                    || field == RATER_ID && rater == null || field == SUBJECT_ID && subject == null
                    || field == RECORDED_AT && at == null || field == EVIDENCE && evidence == null) {
                return null;
            }
        }
        if ((seen & REQUIRED) != REQUIRED || parser.currentToken() != JsonToken.END_OBJECT
                || parser.nextToken() != null) {
            return null;
        }
        return new Response(id, instrument, version, rater, subject, at, evidence, Extensions.empty());
    }

    /** The evidence: {@code kind} "ratings" and {@code byItem}, once each, in either order. */
    private Ratings ratings(JsonParser parser, JsonToken token) {
        if (token != JsonToken.START_OBJECT) {
            return null;
        }
        boolean kind = false;
        TreeMap<String, Rating> byItem = null;
        int members = 0;
        for (JsonToken name = parser.nextToken(); name == JsonToken.PROPERTY_NAME; name = parser.nextToken()) {
            String key = parser.currentName();
            if (++members > limits.maxElements() || key.length() > limits.maxStringLength()) {
                return null;
            }
            JsonToken value = parser.nextToken();
            if (key.equals("kind") && !kind) {
                kind = is(parser, value, "ratings");
                if (!kind) {
                    return null;
                }
            } else if (key.equals("byItem") && byItem == null) {
                byItem = byItem(parser, value);
                if (byItem == null) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return kind && byItem != null ? new Ratings(byItem) : null;
    }

    private TreeMap<String, Rating> byItem(JsonParser parser, JsonToken token) {
        if (token != JsonToken.START_OBJECT) {
            return null;
        }
        TreeMap<String, Rating> byItem = new TreeMap<>();
        for (JsonToken name = parser.nextToken(); name == JsonToken.PROPERTY_NAME; name = parser.nextToken()) {
            String item = parser.currentName();
            if (byItem.size() >= limits.maxElements() || item.length() > limits.maxStringLength()) {
                return null;
            }
            Rating rating = rating(parser, parser.nextToken());
            if (rating == null || byItem.put(item, rating) != null) {
                return null;
            }
        }
        return byItem;
    }

    private Rating rating(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getStringLength() > limits.maxNumberLength()
                    || parser.getNumberType() != JsonParser.NumberType.INT) {
                return null;
            }
            int value = parser.getIntValue();
            return value >= 0 && value < CACHED_RATINGS ? ratings[value] : Rating.of(value);
        }
        if (is(parser, token, "not-rated")) {
            return Rating.notRated();
        }
        return is(parser, token, "not-applicable") ? Rating.notApplicable() : null;
    }

    private Instant instant(JsonParser parser, JsonToken token) {
        String text = repeated(parser, token, recordedAtText);
        if (text == null) {
            return null;
        }
        if (text != recordedAtText || recordedAt == null) {
            // as the general reader converts it (ValueCodecs.INSTANT)
            Instant parsed;
            try {
                parsed = DateTimes.outOfRange(text) == null ? Instant.parse(text) : null;
            } catch (DateTimeParseException e) {
                parsed = null;
            }
            if (parsed == null) {
                return null;
            }
            recordedAtText = text;
            recordedAt = parsed;
        }
        return recordedAt;
    }

    /** A string value within the limit, or null. */
    private String string(JsonParser parser, JsonToken token) {
        if (token != JsonToken.VALUE_STRING || parser.getStringLength() > limits.maxStringLength()) {
            return null;
        }
        return parser.getString();
    }

    /** A string value within the limit: {@code last} itself if equal to it, or null if not a string. */
    private String repeated(JsonParser parser, JsonToken token, String last) {
        if (token != JsonToken.VALUE_STRING || parser.getStringLength() > limits.maxStringLength()) {
            return null;
        }
        return same(parser, last) ? last : parser.getString();
    }

    /** A string value equal to {@code expected}, within the limit. */
    private boolean is(JsonParser parser, JsonToken token, String expected) {
        return token == JsonToken.VALUE_STRING && expected.length() <= limits.maxStringLength() && same(parser, expected);
    }

    /** Compares the string value in the parser's buffer, with no string made. */
    private static boolean same(JsonParser parser, String text) {
        int length = parser.getStringLength();
        if (length != text.length()) {
            return false;
        }
        char[] chars = parser.getStringCharacters();
        int offset = parser.getStringOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
