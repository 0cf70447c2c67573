package org.engagementrubrics.json;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.ScoreResult;

/**
 * What a file or stream holds, as {@link ResponseReader#openAny(java.nio.file.Path)}
 * finds it: a stream of responses when its name ends in {@code .jsonl} or {@code .ndjson}, its first
 * value is a JSON array, or (when its name ends in none of {@code .json}, {@code .jsonl}, {@code .ndjson})
 * its first value is an object followed by another value on a later line; a JSON array of result documents,
 * as {@code rubric score --format json} writes it, when the array's first element is a result; else one
 * document.
 *
 * <pre>{@code
 * try (Contents contents = RubricJson.defaults().responseReader(instrument).openAny(Path.of(name))) {
 *     if (contents instanceof Contents.Document document) {
 *         use(document.value());                                // valid, or open threw every problem
 *     } else if (contents instanceof Contents.Responses responses) {
 *         responses.stream().forEachRemaining(record -> ...);   // each record good or located problems
 *     }
 * }
 * }</pre>
 *
 * <p>A {@link Document} and {@link Results} are immutable and thread-safe; {@link Responses} is read by one thread at a time,
 * like its {@link ResponseStream}.
 */
public sealed interface Contents extends AutoCloseable permits Contents.Document, Contents.Responses,
        Contents.Results {

    /**
     * Closes the stream of responses; a document, read whole, holds nothing to close.
     */
    @Override
    void close();

    /**
     * One document, read whole and valid (it has no errors), with the warnings found in it.
     *
     * @param value the instrument, response, result or tally state, not null
     * @param checked for a response read against a {@link org.engagementrubrics.core.scoring.PreparedInstrument},
     *     its check, to be scored without checking it again; null otherwise
     * @param warnings the findings that do not stop a read, located, in document order, such as a matrix cell
     *     with no statements (see {@code RubricValidator.findings}); not null
     */
    record Document(Object value, CheckedResponse checked, List<FormatProblem> warnings) implements Contents {

        /**
         * Checks that the value is a document (an instrument, a response, a result or a tally state), that a check, when
         * present, is the check of that response, and that every warning is a warning; the warnings are copied.
         *
         * @param value the instrument, response, result or tally state, not null
         * @param checked for a response read against a {@link org.engagementrubrics.core.scoring.PreparedInstrument},
         *        its check, to be scored without checking it again; null otherwise
         * @param warnings the findings that do not stop a read, located, in document order, such as a matrix cell
         *        with no statements (see {@code RubricValidator.findings}); not null
         */
        public Document {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
            DocumentKind.of(value);
            if (checked != null && checked.response() != value) {
                throw new IllegalArgumentException("checked must be the check of the document's response");
            }
            if (warnings.stream().anyMatch(FormatProblem::isError)) {
                throw new IllegalArgumentException("warnings must all have severity WARNING; a document with"
                        + " errors is not read");
            }
        }

        /**
         * Obtains a document that carries a check and no warnings.
         *
         * @param value the instrument, response, result or tally state, not null
         * @param checked the check of the response, or null
         */
        public Document(Object value, CheckedResponse checked) {
            this(value, checked, List.of());
        }

        /**
         * Obtains a document that carries no check and no warnings.
         *
         * @param value the instrument, response, result or tally state, not null
         */
        public Document(Object value) {
            this(value, null, List.of());
        }

        /**
         * Returns the document's kind as written in its {@code kind} field, such as {@code survey},
         * {@code response} or {@code stage-result}.
         *
         * @return the kind
         */
        public String kind() {
            return DocumentKind.of(value).kindName();
        }

        /**
         * Does nothing: the document was read whole.
         */
        @Override
        public void close() {
            // nothing is open
        }
    }

    /**
     * Responses read one at a time (JSON Lines, or a JSON array of responses).
     *
     * @param stream the stream, not null
     */
    record Responses(ResponseStream stream) implements Contents {

        /**
         * Checks that the stream is present.
         *
         * @param stream the stream, not null
         */
        public Responses {
            Objects.requireNonNull(stream, "stream");
        }

        /**
         * Closes the stream.
         */
        @Override
        public void close() {
            stream.close();
        }
    }

    /**
     * A JSON array of result documents, read whole and valid, as {@link RubricJson#readResults(java.nio.file.Path)}
     * reads it.
     *
     * @param results the results, in array order, not null
     */
    record Results(List<ScoreResult> results) implements Contents {

        /**
         * Checks that the results are present and copies them.
         *
         * @param results the results, in array order, not null
         */
        public Results {
            results = List.copyOf(Objects.requireNonNull(results, "results"));
        }

        /**
         * Does nothing: the array was read whole.
         */
        @Override
        public void close() {
            // nothing is open
        }
    }
}
