package org.engagementrubrics.cli;

/**
 * What a command prints on standard output: text for people, or JSON for programs.
 */
enum OutputFormat {
    /** Plain text (the default). */
    TEXT,
    /** JSON. */
    JSON
}
