package org.engagementrubrics.json.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a roster as JSON Lines, the form {@link RosterReader} reads back equal: one family per line,
 * {@code {"familyId":"f-1","groups":["iep","race-ethnicity:hispanic"]}}, families by id, groups sorted, LF
 * line ends.
 *
 * <pre>{@code
 * String lines = RosterWriter.toJsonLines(roster);
 * RosterRead back = RubricJson.defaults().rosterReader()
 *         .read(new ByteArrayInputStream(lines.getBytes(UTF_8)), "roster.jsonl", RecordFormat.JSON_LINES);
 * // back.roster().equals(roster)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RosterWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private RosterWriter() {
    }

    /**
     * Returns the roster as JSON Lines text, each line ending with a newline (none for an empty roster).
     *
     * @param roster the roster, not null
     * @return the text
     */
    public static String toJsonLines(Roster roster) {
        Objects.requireNonNull(roster, "roster");
        StringWriter text = new StringWriter();
        for (Family family : roster.families()) {
            try (JsonGenerator out = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
                out.writeStartObject();
                out.writeStringProperty("familyId", family.id());
                out.writeName("groups");
                out.writeStartArray();
                for (String group : family.groups()) {
                    out.writeString(group);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * Writes the roster as UTF-8 JSON Lines to a stream, which is flushed, not closed.
     *
     * @param roster the roster, not null
     * @param out the stream, not null
     * @throws IllegalArgumentException if a family id holds an unpaired surrogate, which UTF-8 cannot encode;
     *     nothing is written then
     * @throws UncheckedIOException if the stream fails
     */
    public static void writeJsonLines(Roster roster, OutputStream out) {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(out, "out");
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(toJsonLines(roster)));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a family id holds an unpaired surrogate, which UTF-8 cannot encode;"
                    + " nothing was written", e);
        }
        try {
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
