package org.engagementrubrics.json;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.CheckedResponse;

/**
 * One record of a {@link ResponseStream}: a valid response, or the located problems that kept it out.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the record's number in the stream, from 1
 * @param line the line the record starts on, from 1
 * @param response the response, or null if the record has problems
 * @param problems the record's problems (pointers relative to the record), empty if it is good
 * @param checked for a good record of a stream read against a
 *     {@link org.engagementrubrics.core.scoring.PreparedInstrument}, the response's check, to be scored
 *     without checking it again; null otherwise
 */
public record ResponseRecord(int number, int line, Response response, List<FormatProblem> problems,
        CheckedResponse checked) {

    /**
     * Checks that exactly one of response and problems is present, and that a check, when present, is the
     * check of that response.
     *
     * @param number the record's number in the stream, from 1
     * @param line the line the record starts on, from 1
     * @param response the response, or null if the record has problems
     * @param problems the record's problems (pointers relative to the record), empty if it is good
     * @param checked for a good record of a stream read against a
     *        {@link org.engagementrubrics.core.scoring.PreparedInstrument}, the response's check, to be scored
     *        without checking it again; null otherwise
     */
    public ResponseRecord {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if ((response == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a record holds either a response or problems");
        }
        if (checked != null && checked.response() != response) {
            throw new IllegalArgumentException("checked must be the check of the record's response");
        }
    }

    /**
     * Obtains a record that carries no check.
     *
     * @param number the record's number in the stream, from 1
     * @param line the line the record starts on, from 1
     * @param response the response, or null if the record has problems
     * @param problems the record's problems, empty if it is good
     */
    public ResponseRecord(int number, int line, Response response, List<FormatProblem> problems) {
        this(number, line, response, problems, null);
    }

    /**
     * Checks if the record holds a valid response.
     *
     * @return true if good
     */
    public boolean isGood() {
        return response != null;
    }

    /**
     * Returns the response of a good record.
     *
     * @return the response
     * @throws IllegalStateException if the record has problems
     */
    public Response requireResponse() {
        if (response == null) {
            throw new IllegalStateException("record " + number + " has problems: " + problems);
        }
        return Objects.requireNonNull(response);
    }
}
