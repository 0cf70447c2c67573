package org.engagementrubrics.json.roster;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.json.FormatProblem;

/**
 * What reading a roster file gave: the roster of its good rows, how many rows were good and bad, and the
 * located problem of every bad row.
 *
 * <p>A bad row is reported and left out of the roster, never dropped silently: {@code good + bad} is the
 * number of rows that are not blank. This class is immutable and thread-safe.
 *
 * @param roster the families of the good rows, not null
 * @param good how many rows became families, at least 0
 * @param bad how many rows were left out for their problems, at least 0
 * @param problems every problem, in file order (line, then column); errors of bad rows and, when a read
 *     ended early, the problem that ended it; not null
 */
public record RosterRead(Roster roster, int good, int bad, List<FormatProblem> problems) {

    /**
     * Creates the outcome of a roster read, copying the list of problems.
     *
     * @param roster the families of the good rows, not null
     * @param good how many rows became families, at least 0
     * @param bad how many rows were left out for their problems, at least 0
     * @param problems every problem, in file order (line, then column); errors of bad rows and, when a read
     *        ended early, the problem that ended it; not null
     * @throws NullPointerException if the roster, the problems or a problem is null
     * @throws IllegalArgumentException if a count is negative, or the good count is not the roster's size
     */
    public RosterRead {
        Objects.requireNonNull(roster, "roster");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (good < 0 || bad < 0) {
            throw new IllegalArgumentException("good and bad must be at least 0; were " + good + " and " + bad);
        }
        if (good != roster.size()) {
            throw new IllegalArgumentException("good (" + good + ") must be the roster's size (" + roster.size() + ")");
        }
    }

    /**
     * Checks if every row was read into the roster, with no problem at all.
     *
     * @return true if there are no problems
     */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
