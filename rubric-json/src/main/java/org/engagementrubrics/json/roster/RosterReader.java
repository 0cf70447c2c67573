package org.engagementrubrics.json.roster;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Reads a district's roster from CSV or JSON Lines, reporting every bad row with its located problems and
 * keeping the good ones. Obtained from {@link org.engagementrubrics.json.RubricJson#rosterReader()}.
 *
 * <pre>{@code
 * RosterReader reader = RubricJson.defaults().rosterReader()
 *         .withKnownPartitions(List.of("race-ethnicity"))
 *         .withKnownGroups(List.of("iep", "multilingual-learner"));
 * RosterRead read = reader.read(Path.of("roster.csv"));     // or roster.jsonl
 * read.problems().forEach(problem -> log(problem.toString()));
 * //   roster.csv:7:1: /family_id: [missing] 'family_id' is blank; expected the family's id
 * Roster roster = read.roster();                            // the good rows
 * }</pre>
 *
 * <p>The columns and fields, the rule that makes group ids of cell values and every problem code are in
 * {@code docs/format.md}, "Rosters and contact records". A file that cannot be read at all (no such file,
 * no header row, a required column missing) throws a {@link org.engagementrubrics.json.FormatException};
 * a bad row does not. Implementations are immutable and thread-safe.
 */
public interface RosterReader {

    /**
     * Reads a roster file, in the format its name says ({@code .csv}, {@code .jsonl}, {@code .ndjson}).
     *
     * @param file the file, not null
     * @return the roster of the good rows, the counts and the problems
     * @throws org.engagementrubrics.json.FormatException if the name says no format, or the file cannot be
     *     read at all
     */
    RosterRead read(Path file);

    /**
     * Reads a roster file in the format given, whatever its name.
     *
     * @param file the file, not null
     * @param format the format, not null
     * @return the roster of the good rows, the counts and the problems
     * @throws org.engagementrubrics.json.FormatException if the file cannot be read at all
     */
    RosterRead read(Path file, RecordFormat format);

    /**
     * Reads a roster from a stream, which is read to its end and not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in problems, such as a file name, not null
     * @param format the format, not null
     * @return the roster of the good rows, the counts and the problems
     * @throws org.engagementrubrics.json.FormatException if the stream cannot be read at all
     */
    RosterRead read(InputStream in, String sourceName, RecordFormat format);

    /**
     * Returns a reader that also refuses a group that is neither one of these ids nor a value of a known
     * partition ({@link #withKnownPartitions(Collection)}): a row naming one is bad
     * ({@code unknown-reference}). Without known groups or partitions every well-formed group id is taken.
     *
     * @param groupIds the known group ids, such as {@code iep}, not null, none null
     * @return a reader with these known groups
     */
    RosterReader withKnownGroups(Collection<String> groupIds);

    /**
     * Returns a reader that also refuses a group that is neither a value of one of these partitions (any
     * {@code partition:value}) nor a known group id ({@link #withKnownGroups(Collection)}).
     *
     * @param partitions the known partitions, such as {@code race-ethnicity}, not null, none null
     * @return a reader with these known partitions
     */
    RosterReader withKnownPartitions(Collection<String> partitions);
}
