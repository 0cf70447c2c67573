package org.engagementrubrics.core.change;

import java.time.LocalDate;
import java.util.Objects;

import org.engagementrubrics.core.scoring.InstrumentRef;

/**
 * What a compared review rested on: its date, instrument version, results and responses. Immutable and
 * thread-safe.
 *
 * @param date the date, not null
 * @param instrument the instrument version, not null
 * @param results how many results (raters' scorings, or 1 for a pooled summary)
 * @param responses how many responses
 */
public record ReviewSummary(LocalDate date, InstrumentRef instrument, int results, long responses) {

    /**
     * Creates a summary.
     *
     * @param date the date, not null
     * @param instrument the instrument version, not null
     * @param results how many results (raters' scorings, or 1 for a pooled summary)
     * @param responses how many responses
     */
    public ReviewSummary {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(instrument, "instrument");
        if (results < 1 || responses < 1) {
            throw new IllegalArgumentException("a review rests on at least one result and one response; was "
                    + results + " and " + responses);
        }
    }
}
