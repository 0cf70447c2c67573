package org.engagementrubrics.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.Tally;
import org.engagementrubrics.core.survey.Survey;

/**
 * Adds a JSON Lines record of a survey response straight to a {@link Tally}, from its bytes, when the record is
 * a good one of the plain shape: what {@link RatingsLine} decodes (ASCII with no escape, the current format,
 * every field once and no other, ratings evidence) and what the check against the survey passes (its
 * instrument id and version, a well-formed id, a rater and a subject that are not blank, a valid time, rated
 * items that are the survey's statements, ratings on the scale). No parser, string path, {@code Response} or
 * record is made: the statement ids and scale values were resolved to places once, when the pool was made, and
 * the subject and time are compared with the record before's.
 *
 * <p>Anything else, good or bad, is left alone ({@link #add} gives false and adds nothing), and the stream reads
 * that record as it always has, reporting its problems at the same places; so a record added here is one the
 * stream would have read into a good response whose addition counts the same. Mutable and not thread-safe; one
 * lives inside one {@link ResponseStream} while it pools.
 */
final class RatingsPool {

    private static final byte[] FORMAT = ascii(DocumentWriter.FORMAT);
    private static final byte[] KIND = ascii(DocumentKind.RESPONSE.kindName());
    private static final byte[] RATINGS = ascii("ratings");
    private static final byte[] BY_ITEM = ascii("byItem");
    private static final byte[] NOT_RATED = ascii("not-rated");
    private static final byte[] NOT_APPLICABLE = ascii("not-applicable");
    /** The fields of a response, in the order of their bits. */
    private static final byte[][] FIELDS = {ascii("format"), ascii("kind"), ascii("id"), ascii("instrumentId"),
        ascii("instrumentVersion"), ascii("raterId"), ascii("subjectId"), ascii("recordedAt"), ascii("evidence"),
        ascii("extensions")};
    private static final int FORMAT_FIELD = 0;
    private static final int KIND_FIELD = 1;
    private static final int ID = 2;
    private static final int INSTRUMENT_ID = 3;
    private static final int INSTRUMENT_VERSION = 4;
    private static final int RATER_ID = 5;
    private static final int SUBJECT_ID = 6;
    private static final int RECORDED_AT = 7;
    private static final int EVIDENCE = 8;
    private static final int EXTENSIONS = 9;
    private static final int REQUIRED = 1 << FORMAT_FIELD | 1 << KIND_FIELD | 1 << ID | 1 << INSTRUMENT_ID
            | 1 << RATER_ID | 1 << SUBJECT_ID | 1 << RECORDED_AT | 1 << EVIDENCE;
    /** The most digits of a rating read here: nine always fit in an {@code int}. */
    private static final int MAX_DIGITS = 9;

    private final ReadLimits limits;
    private final Tally<?> tally;
    private final byte[] instrumentId;
    private final byte[] instrumentVersion;
    private final byte[][] statementIds;
    /** Open addressing from a statement id's hash to its index + 1; 0 is an empty slot. */
    private final int[] slots;
    private final int[] scale;
    private final int[] places;
    /** The record each statement was last rated in, to find an item rated twice. */
    private final int[] ratedIn;
    private int record;
    /** The statement that the next item of the record most likely rates. */
    private int expected;

    /** The last subject and time seen, reused while records repeat them. */
    private byte[] subjectBytes = new byte[0];
    private String subject;
    private byte[] timeBytes = new byte[0];
    private boolean timeValid;

    private final AsciiCursor in = new AsciiCursor();

    private RatingsPool(ReadLimits limits, Survey survey, Tally<?> tally) {
        this.limits = limits;
        this.tally = tally;
        this.instrumentId = survey.id().getBytes(StandardCharsets.UTF_8);
        this.instrumentVersion = survey.version().getBytes(StandardCharsets.UTF_8);
        List<Statement> statements = survey.statements();
        this.statementIds = new byte[statements.size()][];
        this.slots = new int[Integer.highestOneBit(Math.max(1, statements.size()) * 2) * 2];
        for (int i = 0; i < statementIds.length; i++) {
            byte[] id = statements.get(i).id().getBytes(StandardCharsets.UTF_8);
            statementIds[i] = id;
            int slot = AsciiCursor.hash(id, 0, id.length) & slots.length - 1;
            while (slots[slot] != 0) {
                slot = slot + 1 & slots.length - 1;
            }
            slots[slot] = i + 1;
        }
        this.scale = survey.scale().values().stream().mapToInt(Integer::intValue).toArray();
        this.places = new int[statementIds.length];
        this.ratedIn = new int[statementIds.length];
    }

    /**
     * Obtains the pool of a stream's records into a tally, or null when its records cannot be added without a
     * response: the tally does not take rating places (not a survey's, or an embedder's validator checks the
     * responses), or the limits or the format leave no plain shape (as for {@link RatingsLine}).
     */
    static RatingsPool of(ReadLimits limits, PreparedInstrument<?, ?> prepared, Tally<?> tally) {
        boolean plain = limits.maxDepth() > 3 && DocumentKind.Role.RESPONSE.formats().contains(DocumentWriter.FORMAT);
        if (!plain || !tally.takesRatingPlaces() || !(prepared.instrument() instanceof Survey survey)) {
            return null;
        }
        return new RatingsPool(limits, survey, tally);
    }

    /**
     * Adds the record that starts at {@code from} to the tally if it is a good one of the plain shape, ending
     * with a line feed before {@code to} or, for a line read whole, at {@code to}.
     *
     * @param buffer the bytes, valid from {@code from} to {@code to}
     * @param wholeLine whether the bytes hold one whole line, without its line feed; else a block of the stream
     *     in which the record must end with a line feed
     * @param maxBytes the most bytes of a record ({@link ReadLimits#maxDocumentBytes()})
     * @return the index of the record's end (its line feed, or {@code to} for a whole line) if it was added; -1
     *     if the record is of another shape, has a problem, or does not end before {@code to}: nothing was added
     */
    int add(byte[] buffer, int from, int to, boolean wholeLine, long maxBytes) {
        in.reset(buffer, from, to);
        if (++record == 0) {
            Arrays.fill(ratedIn, 0);
            record = 1;
        }
        expected = 0;
        int idStart = -1;
        int idEnd = -1;
        int seen = 0;
        int members = 0;
        if (!in.skipTo('{')) {
            return -1;
        }
        in.whitespace();
        do {
            if (!in.string() || ++members > limits.maxElements() || in.length() > limits.maxStringLength()) {
                return -1;
            }
            int field = field();
            if (field < 0 || (seen & 1 << field) != 0 || !in.skipTo(':')) {
                return -1;
            }
            seen |= 1 << field;
            in.whitespace();
            boolean good;
            switch (field) {
                case FORMAT_FIELD -> good = stringIs(FORMAT);
                case KIND_FIELD -> good = stringIs(KIND);
                case ID -> {
                    good = in.string() && in.wellFormedId(limits.maxStringLength());
                    idStart = in.stringStart;
                    idEnd = in.stringEnd;
                }
                case INSTRUMENT_ID -> good = stringIs(instrumentId);
                case INSTRUMENT_VERSION -> good = in.literalNull() || stringIs(instrumentVersion);
                case RATER_ID -> good = limitedString() && !in.blank();
                case SUBJECT_ID -> good = limitedString() && !in.blank() && subject();
                case RECORDED_AT -> good = limitedString() && time();
                case EVIDENCE -> good = evidence();
                // extensions: null is none; any other value is read the general way
                default -> good = in.literalNull();
            }
            if (!good) {
                return -1;
            }
            in.whitespace();
        } while (in.next(','));
        if (!in.next('}') || (seen & REQUIRED) != REQUIRED) {
            return -1;
        }
        in.whitespace(); // a final carriage return too
        if (wholeLine ? in.position != in.end
                : in.position == in.end || in.bytes[in.position] != '\n' || in.position - from > maxBytes) {
            return -1;
        }
        tally.addRatingPlaces(new String(in.bytes, idStart, idEnd - idStart, StandardCharsets.ISO_8859_1), subject,
                places);
        return in.position;
    }

    /** The evidence: {@code kind} "ratings" and {@code byItem}, once each, in either order. */
    private boolean evidence() {
        if (!in.next('{')) {
            return false;
        }
        boolean kind = false;
        boolean byItem = false;
        int members = 0;
        in.whitespace();
        do {
            if (!in.string() || ++members > limits.maxElements() || in.length() > limits.maxStringLength()
                    || !in.skipTo(':')) {
                return false;
            }
            boolean isKind = in.same(FIELDS[KIND_FIELD]);
            boolean isByItem = !isKind && in.same(BY_ITEM);
            in.whitespace();
            if (isKind && !kind) {
                kind = stringIs(RATINGS);
                if (!kind) {
                    return false;
                }
            } else if (isByItem && !byItem) {
                byItem = byItem();
                if (!byItem) {
                    return false;
                }
            } else {
                return false;
            }
            in.whitespace();
        } while (in.next(','));
        return in.next('}') && kind && byItem;
    }

    /** The ratings, each put at its statement's index as its place on the scale; an item not rated is not rated. */
    private boolean byItem() {
        if (!in.next('{')) {
            return false;
        }
        Arrays.fill(places, Tally.NOT_RATED);
        in.whitespace();
        if (in.next('}')) {
            return true;
        }
        int items = 0;
        do {
            if (!in.string() || items++ >= limits.maxElements() || in.length() > limits.maxStringLength()) {
                return false;
            }
            int statement = statement();
            if (statement < 0 || ratedIn[statement] == record || !in.skipTo(':')) {
                return false;
            }
            ratedIn[statement] = record;
            in.whitespace();
            int place = rating();
            if (place == Integer.MIN_VALUE) {
                return false;
            }
            places[statement] = place;
            in.whitespace();
        } while (in.next(','));
        return in.next('}');
    }

    /** The place of a rating on the scale, or {@link Integer#MIN_VALUE} for anything that is not one. */
    private int rating() {
        if (in.position < in.end && in.bytes[in.position] == '"') {
            if (!in.string()) {
                return Integer.MIN_VALUE;
            }
            if (in.same(NOT_RATED) && NOT_RATED.length <= limits.maxStringLength()) {
                return Tally.NOT_RATED;
            }
            return in.same(NOT_APPLICABLE) && NOT_APPLICABLE.length <= limits.maxStringLength()
                    ? Tally.NOT_APPLICABLE : Integer.MIN_VALUE;
        }
        int start = in.position;
        int value = 0;
        while (in.position < in.end && in.bytes[in.position] >= '0' && in.bytes[in.position] <= '9') {
            value = value * 10 + in.bytes[in.position++] - '0';
        }
        int digits = in.position - start;
        if (digits == 0 || digits > MAX_DIGITS || digits > limits.maxNumberLength()
                || digits > 1 && in.bytes[start] == '0') {
            return Integer.MIN_VALUE; // not a plain int (a sign, a fraction, leading zeros): the general way
        }
        for (int place = 0; place < scale.length; place++) {
            if (scale[place] == value) {
                return place;
            }
        }
        return Integer.MIN_VALUE;
    }

    /**
     * The index of the statement whose id is the string just read, or -1: first the statement after the one
     * before, as records mostly rate in the survey's order, then by hash.
     */
    private int statement() {
        if (expected < statementIds.length && in.same(statementIds[expected])) {
            return expected++;
        }
        int slot = AsciiCursor.hash(in.bytes, in.stringStart, in.stringEnd) & slots.length - 1;
        while (slots[slot] != 0) {
            int index = slots[slot] - 1;
            if (in.same(statementIds[index])) {
                expected = index + 1;
                return index;
            }
            slot = slot + 1 & slots.length - 1;
        }
        return -1;
    }

    /** The field whose name is the string just read (each has its own length but two), or -1. */
    private int field() {
        int field;
        switch (in.length()) {
            case 2 -> field = ID;
            case 4 -> field = KIND_FIELD;
            case 6 -> field = FORMAT_FIELD;
            case 7 -> field = RATER_ID;
            case 8 -> field = EVIDENCE;
            case 9 -> field = SUBJECT_ID;
            case 10 -> field = in.bytes[in.stringStart] == 'r' ? RECORDED_AT : EXTENSIONS;
            case 12 -> field = INSTRUMENT_ID;
            case 17 -> field = INSTRUMENT_VERSION;
            default -> field = -1;
        }
        return field >= 0 && in.same(FIELDS[field]) ? field : -1;
    }

    /** Keeps the subject just read, the one of the record before when the bytes are the same. */
    private boolean subject() {
        if (subject == null || !in.same(subjectBytes)) {
            subjectBytes = Arrays.copyOfRange(in.bytes, in.stringStart, in.stringEnd);
            subject = new String(subjectBytes, StandardCharsets.ISO_8859_1);
        }
        return true;
    }

    /** Checks the time just read as the general reader converts it, once while records repeat it. */
    private boolean time() {
        if (!in.same(timeBytes)) {
            timeBytes = Arrays.copyOfRange(in.bytes, in.stringStart, in.stringEnd);
            String text = new String(timeBytes, StandardCharsets.ISO_8859_1);
            try {
                timeValid = DateTimes.outOfRange(text) == null && Instant.parse(text) != null;
            } catch (DateTimeParseException e) {
                timeValid = false;
            }
        }
        return timeValid;
    }

    /** Reads a string equal to {@code expected}, within the limit. */
    private boolean stringIs(byte[] expected) {
        return in.string() && expected.length <= limits.maxStringLength() && in.same(expected);
    }

    private boolean limitedString() {
        return in.string() && in.length() <= limits.maxStringLength();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
