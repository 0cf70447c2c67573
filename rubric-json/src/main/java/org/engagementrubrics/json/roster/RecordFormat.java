package org.engagementrubrics.json.roster;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a file of rosters or contact records is written: CSV with a header row, or JSON Lines (one JSON object
 * per line).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RecordFormat {

    /** Comma-separated values (RFC 4180) with a header row; file names ending in {@code .csv}. */
    CSV,
    /** One JSON object per line; file names ending in {@code .jsonl} or {@code .ndjson}. */
    JSON_LINES;

    /**
     * Obtains the format a file name says, by its extension ({@code .csv}, {@code .jsonl} or {@code .ndjson}, in
     * any case).
     *
     * @param fileName the file name or path, not null
     * @return the format, or empty if the name ends in none of those extensions
     */
    public static Optional<RecordFormat> fromFileName(String fileName) {
        String name = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        return Optional.empty();
    }
}
