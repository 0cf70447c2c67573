package org.engagementrubrics.json;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.engagementrubrics.json.roster.ContactReader;
import org.engagementrubrics.json.roster.ContactStream;
import org.engagementrubrics.json.roster.RecordFormat;

/**
 * The contact reader: opens the input and its header, and streams CSV ({@link ContactCsv}) or JSON Lines
 * ({@link ContactLines}) records.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ContactReading implements ContactReader {

    private final ReadLimits limits;
    private final TreeReader trees;

    ContactReading(ReadLimits limits, TreeReader trees) {
        this.limits = limits;
        this.trees = trees;
    }

    @Override
    public ContactStream stream(Path file, Consumer<? super FormatProblem> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        return stream(file, RosterReading.formatOf(file), sink);
    }

    @Override
    public ContactStream stream(Path file, RecordFormat format, Consumer<? super FormatProblem> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sink, "sink");
        return open(RosterReading.open(file, limits.maxDocumentBytes()), format, sink);
    }

    @Override
    public ContactStream stream(InputStream in, String sourceName, RecordFormat format,
            Consumer<? super FormatProblem> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sink, "sink");
        return open(BoundedInput.of(in, sourceName, limits.maxDocumentBytes()), format, sink);
    }

    private ContactStream open(BoundedInput input, RecordFormat format, Consumer<? super FormatProblem> sink) {
        try {
            return format == RecordFormat.CSV ? new ContactCsv(CsvTable.open(input, limits), sink)
                    : new ContactLines(new JsonRecords(input, trees), input, sink);
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return "ContactReader[" + limits + "]";
    }
}
