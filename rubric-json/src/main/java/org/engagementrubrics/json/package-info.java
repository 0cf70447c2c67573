/**
 * The JSON format of instruments, responses, results, tally states, survey results by group and contact
 * coverage results ({@code engagement-rubrics/2.0}; instruments and responses of 1.0 are read too), built on
 * Jackson 3.
 *
 * <p>{@link org.engagementrubrics.json.RubricJson} reads and writes documents; a document that cannot be
 * read throws one {@link org.engagementrubrics.json.FormatException} holding every located
 * {@link org.engagementrubrics.json.FormatProblem}. {@link org.engagementrubrics.json.ResponseStream}
 * reads many responses in constant memory, {@link org.engagementrubrics.json.ArrayWriter} writes a JSON array
 * of results or problems one element at a time, {@link org.engagementrubrics.json.Contents} is what a file
 * or stream holds (one document or a stream of responses),
 * {@link org.engagementrubrics.json.RubricJsonModule} plugs the format into an embedder's own Jackson
 * mapper, and {@link org.engagementrubrics.json.JsonSchemas}
 * gives the JSON Schema of each document kind. The table of document kinds, the codecs, the bounded
 * input and the located tree are package-private, and so are the readers of rosters and contact records
 * behind the interfaces of {@code org.engagementrubrics.json.roster}, which share them.
 */
package org.engagementrubrics.json;
