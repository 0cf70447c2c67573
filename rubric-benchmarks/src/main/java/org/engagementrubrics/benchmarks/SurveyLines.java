package org.engagementrubrics.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Guardian survey responses as JSON Lines bytes, generated on the fly: response {@code i} of a run is always
 * the same line (its ratings come from a hash of {@code i}), so any range of a run can be read by its own
 * stream and the counts add up. About one answer in 40 is not applicable and one in 80 not rated. Nothing is
 * kept but the line being read; not thread-safe (one stream per thread).
 */
final class SurveyLines extends InputStream {

    private static final int STATEMENTS = 6;
    private static final byte[] NOT_APPLICABLE = "\"not-applicable\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NOT_RATED = "\"not-rated\"".getBytes(StandardCharsets.US_ASCII);

    private final long end;
    private long next;
    private final byte[] line = new byte[512];
    private int length;
    private int position;

    private SurveyLines(long first, long count) {
        this.next = first;
        this.end = first + count;
    }

    /**
     * Obtains the stream of responses {@code first} to {@code first + count - 1}.
     *
     * @param first the number of the first response
     * @param count how many
     * @return the stream
     */
    static SurveyLines of(long first, long count) {
        if (first < 0 || count < 0) {
            throw new IllegalArgumentException("first and count: must be at least 0; were " + first + ", " + count);
        }
        return new SurveyLines(first, count);
    }

    /** Returns the bytes of responses {@code first} to {@code first + count - 1}, for the timed benchmarks. */
    static byte[] bytes(long first, int count) {
        try (SurveyLines lines = of(first, count)) {
            return lines.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the rating of a statement of a response: 1..4, 0 for not applicable, -1 for not rated. */
    static int rating(long response, int statement) {
        long h = (response * STATEMENTS + statement + 1) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        int roll = (int) Long.remainderUnsigned(h, 80);
        if (roll == 0) {
            return -1;
        }
        if (roll <= 2) {
            return 0;
        }
        return 1 + (int) Long.remainderUnsigned(h >>> 8, 4);
    }

    @Override
    public int read() {
        if (position == length && !fill()) {
            return -1;
        }
        return line[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int size) {
        if (size == 0) {
            return 0;
        }
        int copied = 0;
        while (copied < size) {
            if (position == length && !fill()) {
                break;
            }
            int chunk = Math.min(size - copied, length - position);
            System.arraycopy(line, position, buffer, offset + copied, chunk);
            position += chunk;
            copied += chunk;
        }
        return copied == 0 ? -1 : copied;
    }

    private boolean fill() {
        if (next >= end) {
            return false;
        }
        long i = next++;
        length = 0;
        position = 0;
        append("{\"format\":\"engagement-rubrics/2.0\",\"kind\":\"response\",\"id\":\"guardian-survey-r");
        appendNumber(i);
        append("\",\"instrumentId\":\"guardian-survey\",\"instrumentVersion\":\"1.0.0\",\"raterId\":\"guardian-");
        appendNumber(i);
        append("\",\"subjectId\":\"maple-grove-elementary\",\"recordedAt\":\"2026-11-02T16:05:00Z\",");
        append("\"evidence\":{\"kind\":\"ratings\",\"byItem\":{");
        for (int s = 0; s < STATEMENTS; s++) {
            if (s > 0) {
                line[length++] = ',';
            }
            append("\"survey-");
            line[length++] = (byte) ('1' + s);
            append("\":");
            int rating = rating(i, s);
            if (rating > 0) {
                line[length++] = (byte) ('0' + rating);
            } else {
                byte[] word = rating == 0 ? NOT_APPLICABLE : NOT_RATED;
                System.arraycopy(word, 0, line, length, word.length);
                length += word.length;
            }
        }
        append("}}}\n");
        return true;
    }

    private void append(String ascii) {
        for (int c = 0; c < ascii.length(); c++) {
            line[length++] = (byte) ascii.charAt(c);
        }
    }

    private void appendNumber(long value) {
        append(Long.toString(value));
    }
}
