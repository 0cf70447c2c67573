package org.engagementrubrics.cli;

import org.engagementrubrics.core.scoring.ScoreResult;

/**
 * Where a scoring command puts each result as soon as it is made, keeping none of them: on standard output,
 * in the command's format.
 */
interface ResultSink {

    /**
     * Prints a result.
     *
     * @param result the result
     */
    void add(ScoreResult result);

    /**
     * Ends the output after the last result (such as the closing bracket of a JSON array). Not called when the
     * run fails part way, so that a cut output does not look whole.
     */
    default void finish() {
    }
}
