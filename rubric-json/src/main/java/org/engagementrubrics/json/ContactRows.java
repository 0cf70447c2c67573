package org.engagementrubrics.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.json.roster.ContactStream;

/**
 * What a stream of contact records does whatever its format: hands out good records one at a time, sends the
 * problems of each bad row to the sink as the row is read, and counts both. Holds no record it handed out.
 * Not thread-safe: one reader at a time.
 */
abstract class ContactRows implements ContactStream {

    /** The form of a date: {@code yyyy-MM-dd}. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String DATE_FORM = "a date as yyyy-MM-dd, such as 2025-10-01";

    private final String source;
    private final Consumer<? super FormatProblem> sink;
    private ContactRecord pending;
    private boolean finished;
    private long good;
    private long bad;

    ContactRows(String source, Consumer<? super FormatProblem> sink) {
        this.source = source;
        this.sink = sink;
    }

    /**
     * Reads the next row, handing it to {@link #accept(ContactRecord)} or {@link #reject(List)}; returns false
     * at the end of the input.
     */
    abstract boolean advance();

    /** Takes a good row's record. */
    final void accept(ContactRecord record) {
        good++;
        pending = record;
    }

    /** Counts a bad row and sends its problems to the sink. */
    final void reject(List<FormatProblem> problems) {
        bad++;
        problems.forEach(sink);
    }

    /** Sends a warning to the sink. */
    final void warn(FormatProblem warning) {
        sink.accept(warning);
    }

    /**
     * Reads a date as {@code yyyy-MM-dd}, or returns null when the text is not one.
     */
    static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What is wrong with a date that {@link #date(String)} refused, after the field and its value. */
    static String dateProblem(String text) {
        return DATE.matcher(text).matches() ? ", which is not a day of the calendar; expected " + DATE_FORM
                : "; expected " + DATE_FORM;
    }

    @Override
    public final boolean hasNext() {
        while (pending == null && !finished) {
            finished = !advance();
        }
        return pending != null;
    }

    @Override
    public final ContactRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more contact records in " + source);
        }
        ContactRecord next = pending;
        pending = null;
        return next;
    }

    @Override
    public final long good() {
        return good;
    }

    @Override
    public final long bad() {
        return bad;
    }
}
