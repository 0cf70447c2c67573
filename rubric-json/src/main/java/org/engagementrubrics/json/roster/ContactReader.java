package org.engagementrubrics.json.roster;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.engagementrubrics.json.FormatProblem;

/**
 * Reads contact records from CSV or JSON Lines one at a time, in constant memory: each good record comes
 * from the stream, each bad row's problems go to a sink as they are found. Obtained from
 * {@link org.engagementrubrics.json.RubricJson#contactReader()}.
 *
 * <pre>{@code
 * List<FormatProblem> problems = new ArrayList<>();
 * try (ContactStream contacts = RubricJson.defaults().contactReader().stream(Path.of("contacts.csv"), problems::add)) {
 *     contacts.forEachRemaining(contact -> tally(contact.familyId(), contact.date()));
 *     log(contacts.good() + " contacts, " + contacts.bad() + " bad rows");
 * }
 * }</pre>
 *
 * <p>A file whose header cannot be read (no such file, no header row, a required column missing) throws a
 * {@link org.engagementrubrics.json.FormatException} when the stream is opened; a bad row does not. The
 * columns, fields and problem codes are in {@code docs/format.md}, "Rosters and contact records".
 * Implementations are immutable and thread-safe; each stream is read by one thread at a time.
 */
public interface ContactReader {

    /**
     * Opens a file of contact records, in the format its name says ({@code .csv}, {@code .jsonl},
     * {@code .ndjson}).
     *
     * @param file the file, not null
     * @param sink where the problems go as they are found, warnings included, not null
     * @return the stream of good records, to be closed
     * @throws org.engagementrubrics.json.FormatException if the name says no format, or the file or its
     *     header cannot be read
     */
    ContactStream stream(Path file, Consumer<? super FormatProblem> sink);

    /**
     * Opens a file of contact records in the format given, whatever its name.
     *
     * @param file the file, not null
     * @param format the format, not null
     * @param sink where the problems go as they are found, warnings included, not null
     * @return the stream of good records, to be closed
     * @throws org.engagementrubrics.json.FormatException if the file or its header cannot be read
     */
    ContactStream stream(Path file, RecordFormat format, Consumer<? super FormatProblem> sink);

    /**
     * Opens a stream of contact records; closing the contact stream closes it.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @param format the format, not null
     * @param sink where the problems go as they are found, warnings included, not null
     * @return the stream of good records, to be closed
     * @throws org.engagementrubrics.json.FormatException if the header cannot be read
     */
    ContactStream stream(InputStream in, String sourceName, RecordFormat format, Consumer<? super FormatProblem> sink);
}
