/**
 * The JSON format of instruments, responses, results and tally states ({@code engagement-rubrics/1.0}),
 * built on Jackson 3.
 *
 * <p>{@link org.engagementrubrics.json.RubricJson} reads and writes documents; a document that cannot be
 * read throws one {@link org.engagementrubrics.json.FormatException} holding every located
 * {@link org.engagementrubrics.json.FormatProblem}. {@link org.engagementrubrics.json.ResponseStream}
 * reads many responses in constant memory, {@link org.engagementrubrics.json.Contents} is what a file
 * or stream holds (one document or a stream of responses),
 * {@link org.engagementrubrics.json.RubricJsonModule} plugs the format into an embedder's own Jackson
 * mapper, and {@link org.engagementrubrics.json.JsonSchemas}
 * gives the JSON Schema of each document kind. The table of document kinds, the codecs, the bounded
 * input and the located tree are package-private.
 */
package org.engagementrubrics.json;
