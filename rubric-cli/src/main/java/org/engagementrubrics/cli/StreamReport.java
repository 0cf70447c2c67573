package org.engagementrubrics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.engagementrubrics.json.ArrayWriter;
import org.engagementrubrics.json.FormatCodes;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.json.roster.RosterRead;

/**
 * What standard error says about a stream of responses, as it is read: each bad record's problems at once
 * (nothing is kept), a progress line on a terminal, and at the end the counts (text) or the end of the
 * problems (JSON, JSON Lines). The bytes of each format are those of printing every problem at the end.
 */
final class StreamReport {

    private final ResultFormat format;
    private final PrintWriter err;
    private final Path file;
    private final Progress progress;
    private final ArrayWriter<FormatProblem> array;
    private int bad;
    private int rosterBad;

    private StreamReport(ResultFormat format, PrintWriter err, Path file, boolean interactive) {
        this.format = format;
        this.err = err;
        this.file = file;
        this.progress = new Progress(err, interactive, file);
        this.array = format == ResultFormat.JSON ? RubricJson.defaults().problemArrayWriter(err) : null;
    }

    /**
     * Obtains the report of one stream.
     *
     * @param format text, or the JSON form of the problems
     * @param err standard error
     * @param file the file of responses, named in the counts
     * @param interactive whether standard error is a terminal (for the progress line)
     * @return the report
     */
    static StreamReport of(ResultFormat format, PrintWriter err, Path file, boolean interactive) {
        return new StreamReport(format, err, file, interactive);
    }

    /**
     * Prints the problems of a roster read before the stream (bad rows are left out of the roster, so their
     * families' responses count in no group) and, in text, its counts.
     *
     * @param rosterFile the roster file, named in the counts
     * @param read what reading it gave
     */
    void roster(Path rosterFile, RosterRead read) {
        rosterBad = read.bad();
        read.problems().forEach(this::print);
        if (format == ResultFormat.TEXT) {
            err.println(rosterFile + ": " + ValidateCommand.count(read.good() + read.bad(), "row") + ", " + read.good()
                    + " good, " + read.bad() + " bad");
        }
        err.flush();
    }

    /**
     * Prints the problems of a bad record.
     *
     * @param record the record, not good
     */
    void bad(ResponseRecord record) {
        bad++;
        progress.clear();
        record.problems().forEach(this::print);
        err.flush();
    }

    /**
     * Shows how far the reading has come, on a terminal only.
     *
     * @param good how many good records were read so far
     * @param badSoFar how many bad records were read so far
     */
    void progress(int good, int badSoFar) {
        progress.update(good, badSoFar);
    }

    /**
     * Clears the progress line of a run that stops part way, so that the reason it stopped starts a line.
     */
    void interrupted() {
        progress.clear();
    }

    /**
     * Ends the report: in text the counts (and that nothing was scored, when no record was good); in JSON and
     * JSON Lines an {@code empty-document} problem when the stream held no record, and in JSON the end of the
     * array.
     *
     * @param good how many records were good
     * @return the exit code: {@value ExitCodes#PROBLEMS} if a record or a roster row was bad or no record was
     *     good
     */
    int finish(int good) {
        progress.clear();
        if (format == ResultFormat.TEXT) {
            err.println(file + ": " + ValidateCommand.count(good + bad, "record") + ", " + good + " good, " + bad
                    + " bad");
            if (good == 0) {
                err.println("rubric: " + file + " holds no good response; nothing to score");
            }
        } else if (good + bad == 0) {
            print(new FormatProblem(file.toString(), "", 0, 0, FormatCodes.EMPTY_DOCUMENT,
                    "holds no responses; nothing to score"));
        }
        if (array != null) {
            array.close();
        }
        err.flush();
        return bad > 0 || rosterBad > 0 || good == 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private void print(FormatProblem problem) {
        switch (format) {
            case TEXT -> err.println(problem);
            case JSON -> array.write(problem);
            case JSONL -> {
                err.print(RubricJson.defaults().writeLine(problem));
                err.print('\n');
            }
        }
    }

    /** A progress line on standard error, rewritten in place, only on a terminal. */
    static final class Progress {
        private static final long INTERVAL_NANOS = 200_000_000L;

        private final PrintWriter err;
        private final boolean enabled;
        private final Path file;
        private long last = System.nanoTime() - INTERVAL_NANOS; // the first record shows at once
        private int width;

        Progress(PrintWriter err, boolean enabled, Path file) {
            this.err = err;
            this.enabled = enabled;
            this.file = file;
        }

        void update(int good, int bad) {
            long now = System.nanoTime();
            if (!enabled || now - last < INTERVAL_NANOS) {
                return;
            }
            last = now;
            String line = "reading " + file + ": " + ValidateCommand.count(good + bad, "record") + " (" + bad + " bad)";
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            err.flush();
            width = Math.max(width, line.length());
        }

        void clear() {
            if (width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }
    }
}
