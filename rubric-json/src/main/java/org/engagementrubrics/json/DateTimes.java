package org.engagementrubrics.json;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range checks of an instant's fields that {@code Instant.parse} does not make as RFC 3339 wants.
 *
 * <p>{@code Instant.parse} takes hour 24 as midnight of the next day, which RFC 3339 forbids, and second
 * 60 as second 59. A leap second is refused as well: Java's {@code Instant} cannot hold it, so it would
 * read as another instant than the one written. Stateless, so thread-safe.
 */
final class DateTimes {

    /** An instant's date and time fields as RFC 3339 writes them; the rest is left to {@code Instant.parse}. */
    private static final Pattern DATE_TIME =
            Pattern.compile("([+-]?\\d{4,9})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2}).*", Pattern.DOTALL);

    private DateTimes() {
    }

    /**
     * Names the first field of an instant that is out of its range, such as {@code hour 24 is not 00 to 23},
     * or returns null when every field is in range or the text does not have the shape of a date-time.
     */
    static String outOfRange(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return "month " + m.group(2) + " is not 01 to 12";
        }
        int days = YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth();
        int day = Integer.parseInt(m.group(3));
        if (day < 1 || day > days) {
            return "day " + m.group(3) + " is not 01 to " + days + " in that month";
        }
        if (Integer.parseInt(m.group(4)) > 23) {
            return "hour " + m.group(4) + " is not 00 to 23 (RFC 3339 has no hour 24: write 00:00 of the next day)";
        }
        if (Integer.parseInt(m.group(5)) > 59) {
            return "minute " + m.group(5) + " is not 00 to 59";
        }
        int second = Integer.parseInt(m.group(6));
        if (second == 60) {
            return "second 60, a leap second, is not accepted (an Instant cannot hold it); write 59";
        }
        if (second > 59) {
            return "second " + m.group(6) + " is not 00 to 59";
        }
        return null;
    }
}
