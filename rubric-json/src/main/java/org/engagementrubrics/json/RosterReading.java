package org.engagementrubrics.json;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.engagementrubrics.json.roster.RecordFormat;
import org.engagementrubrics.json.roster.RosterRead;
import org.engagementrubrics.json.roster.RosterReader;

/**
 * The roster reader: opens the input, reads CSV ({@link RosterCsv}) or JSON Lines ({@link RosterLines}) rows
 * and makes the roster of the good ones ({@link RosterAssembly}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class RosterReading implements RosterReader {

    private final ReadLimits limits;
    private final TreeReader trees;
    private final Set<String> knownGroups;
    private final Set<String> knownPartitions;

    RosterReading(ReadLimits limits, TreeReader trees) {
        this(limits, trees, null, null);
    }

    private RosterReading(ReadLimits limits, TreeReader trees, Set<String> knownGroups, Set<String> knownPartitions) {
        this.limits = limits;
        this.trees = trees;
        this.knownGroups = knownGroups;
        this.knownPartitions = knownPartitions;
    }

    @Override
    public RosterRead read(Path file) {
        Objects.requireNonNull(file, "file");
        return read(file, formatOf(file));
    }

    @Override
    public RosterRead read(Path file, RecordFormat format) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        try (BoundedInput input = open(file)) {
            return read(input, format);
        }
    }

    @Override
    public RosterRead read(InputStream in, String sourceName, RecordFormat format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(format, "format");
        return read(BoundedInput.of(notClosed(in), sourceName, limits.maxDocumentBytes()), format);
    }

    private RosterRead read(BoundedInput input, RecordFormat format) {
        RosterAssembly assembly = new RosterAssembly(knownGroups, knownPartitions);
        if (format == RecordFormat.CSV) {
            try (CsvTable table = CsvTable.open(input, limits)) {
                RosterCsv.read(table, assembly);
            }
        } else {
            input.stream();
            RosterLines.read(new JsonRecords(input, trees), assembly);
        }
        return assembly.finish();
    }

    @Override
    public RosterReader withKnownGroups(Collection<String> groupIds) {
        return new RosterReading(limits, trees, copy(groupIds, "groupIds"), knownPartitions);
    }

    @Override
    public RosterReader withKnownPartitions(Collection<String> partitions) {
        return new RosterReading(limits, trees, knownGroups, copy(partitions, "partitions"));
    }

    private static Set<String> copy(Collection<String> ids, String name) {
        Objects.requireNonNull(ids, name);
        Set<String> copy = new LinkedHashSet<>();
        int index = 0;
        for (String id : ids) {
            copy.add(Objects.requireNonNull(id, name + "[" + index + "]"));
            index++;
        }
        return Set.copyOf(copy);
    }

    /**
     * The format a file's name says.
     *
     * @throws FormatException {@code unknown-format} if the name says none
     */
    static RecordFormat formatOf(Path file) {
        return RecordFormat.fromFileName(file.toString()).orElseThrow(() -> BoundedInput.problem(file.toString(),
                FormatCodes.UNKNOWN_FORMAT, "the file name says no format; expected a name ending in .csv, .jsonl or"
                        + " .ndjson, or the format named by the caller"));
    }

    /**
     * Opens a file of records: a directory or a file that cannot be opened is a problem now.
     *
     * @throws FormatException {@code unreadable}
     */
    static BoundedInput open(Path file, long maxBytes) {
        if (Files.isDirectory(file)) {
            throw BoundedInput.problem(file.toString(), FormatCodes.UNREADABLE, "is a directory; expected a CSV or"
                    + " JSON Lines file");
        }
        BoundedInput input = BoundedInput.open(file, maxBytes);
        input.stream();
        return input;
    }

    private BoundedInput open(Path file) {
        return open(file, limits.maxDocumentBytes());
    }

    /** The caller's stream, which closing the reader's input leaves open. */
    static InputStream notClosed(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller opened the stream and closes it
            }
        };
    }

    @Override
    public String toString() {
        return "RosterReader[knownGroups=" + knownGroups + ", knownPartitions=" + knownPartitions + "]";
    }
}
