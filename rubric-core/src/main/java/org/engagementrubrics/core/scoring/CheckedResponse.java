package org.engagementrubrics.core.scoring;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.Problem;

/**
 * A response checked against a {@link PreparedInstrument}, with every problem found, so that it can be
 * scored later without a second check.
 *
 * <p>Only {@link PreparedInstrument#check(Response)} makes one. A reader that reads responses against a
 * prepared instrument keeps the checked response; the caller reports its problems or scores it:
 *
 * <pre>{@code
 * CheckedResponse checked = prepared.check(response);
 * if (checked.passed()) {
 *     StageResult result = prepared.score(checked);   // not checked again
 * } else {
 *     reject(response, checked.problems());            // every problem, with its path and code
 * }
 * }</pre>
 *
 * <p>It remembers the instrument it was checked against (id, version and fingerprint); a prepared
 * instrument with another fingerprint refuses to score it. This class is immutable and thread-safe.
 */
public final class CheckedResponse {

    private final Response response;
    private final List<Problem> problems;
    private final InstrumentRef instrument;

    CheckedResponse(Response response, List<Problem> problems, InstrumentRef instrument) {
        this.response = Objects.requireNonNull(response, "response");
        this.problems = List.copyOf(problems);
        this.instrument = Objects.requireNonNull(instrument, "instrument");
    }

    /**
     * Returns the response as it was checked.
     *
     * @return the response
     */
    public Response response() {
        return response;
    }

    /**
     * Returns every problem of the response against the instrument, in a stable order.
     *
     * @return the problems, empty if it passed
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Checks if the response fits the instrument, so that scoring it cannot fail on the response.
     *
     * @return true if there are no problems
     */
    public boolean passed() {
        return problems.isEmpty();
    }

    /**
     * Returns the instrument the response was checked against.
     *
     * @return the instrument's id, version and fingerprint
     */
    public InstrumentRef instrument() {
        return instrument;
    }

    /**
     * Checks if another object is a checked response of the same response, problems and instrument.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CheckedResponse that && response.equals(that.response)
                && problems.equals(that.problems) && instrument.equals(that.instrument);
    }

    @Override
    public int hashCode() {
        return Objects.hash(response, problems, instrument);
    }

    /**
     * Returns the response id, the instrument and the outcome of the check.
     */
    @Override
    public String toString() {
        return "CheckedResponse[" + response.id() + " against " + instrument + ": "
                + (passed() ? "passed" : problems.size() + (problems.size() == 1 ? " problem" : " problems")) + "]";
    }
}
