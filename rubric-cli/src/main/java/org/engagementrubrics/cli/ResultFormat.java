package org.engagementrubrics.cli;

/**
 * What {@code rubric score} prints on standard output, and how it reports bad records on standard error.
 */
enum ResultFormat {
    /** For people: each result's instrument, responses and explanation; problems one per line, then the counts. */
    TEXT,
    /**
     * Canonical JSON: the result document, or, for a stream on a per-response kind, one JSON array of them;
     * problems as one JSON array of problem objects.
     */
    JSON,
    /** JSON Lines: one compact result document per line; one compact problem object per line. */
    JSONL
}
