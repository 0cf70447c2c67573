package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.engagementrubrics.core.coverage.CoverageResult;
import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.json.roster.ContactStream;
import org.engagementrubrics.json.roster.RosterRead;

/**
 * A roster and a file of contact records read as {@code rubric coverage} reads them, for it and for
 * {@code rubric report}: each bad row's problems on standard error as it is read, then the counts of each file;
 * the contacts streamed into the tally in constant memory.
 *
 * @param tally the tally, every good contact added
 * @param result the coverage, over the periods the options ask for
 * @param bad the bad rows of both files
 */
record CoverageInput(CoverageTally tally, CoverageResult result, long bad) {

    /**
     * Reads the roster, streams the contacts and makes the coverage.
     *
     * @param roster the roster file
     * @param contacts the contact records
     * @param options the calendar and the periods
     * @param settings the goal and the small-cell rule
     * @param err standard error
     * @param interactive whether a progress line is shown
     * @return the tally, the result and the count of bad rows
     */
    static CoverageInput read(Path roster, Path contacts, CoverageOptions options, CoverageSettings settings,
            PrintWriter err, boolean interactive) {
        RosterRead read = readRoster(roster, err);
        CoverageTally tally = CoverageTally.of(read.roster(), options.calendar, settings.goal());
        long badContacts = tally(tally, contacts, err, interactive);
        CoverageResult result = options.from == null ? tally.result(settings.rule())
                : tally.result(settings.rule(), options.from, options.to);
        return new CoverageInput(tally, result, read.bad() + badContacts);
    }

    /** Reads the roster, printing the problems of its bad rows and the counts. */
    private static RosterRead readRoster(Path roster, PrintWriter err) {
        RosterRead read;
        try {
            read = RubricJson.defaults().rosterReader().read(roster);
        } catch (OutOfMemoryError e) {
            throw OutOfMemory.reading(roster, e);
        }
        read.problems().forEach(err::println);
        err.println(counts(roster, read.good(), read.bad()));
        err.flush();
        return read;
    }

    /**
     * Streams the contacts into the tally, each bad row's problems printed as it is read, a progress line on a
     * terminal; returns the number of bad rows.
     */
    private static long tally(CoverageTally tally, Path contacts, PrintWriter err, boolean interactive) {
        StreamReport.Progress progress = new StreamReport.Progress(err, interactive, contacts);
        long[] read = new long[2];
        try (ContactStream stream = RubricJson.defaults().contactReader().stream(contacts, problem -> {
            progress.clear();
            err.println(problem);
            err.flush();
        })) {
            try {
                while (stream.hasNext()) {
                    tally.add(stream.next());
                    read[0] = stream.good();
                    read[1] = stream.bad();
                    progress.update(saturated(read[0]), saturated(read[1]));
                }
            } catch (OutOfMemoryError e) {
                progress.clear();
                throw OutOfMemory.afterReading(contacts, stream.good() + stream.bad(), e);
            }
            progress.clear();
            err.println(counts(contacts, stream.good(), stream.bad()));
            err.flush();
            return stream.bad();
        }
    }

    private static String counts(Path file, long good, long bad) {
        long rows = good + bad;
        return file + ": " + String.format(Locale.ROOT, "%d %s, %d good, %d bad", rows, rows == 1 ? "row" : "rows",
                good, bad);
    }

    private static int saturated(long count) {
        return (int) Math.min(count, Integer.MAX_VALUE);
    }
}
