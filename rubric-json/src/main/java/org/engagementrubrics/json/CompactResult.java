package org.engagementrubrics.json;

import java.util.Objects;
import org.engagementrubrics.core.scoring.ScoreResult;

/**
 * A result read in its compact form, before its explanations are rebuilt from the instrument: the result with
 * placeholder explanations, which never leave the reader, and the tie policy the document names (null for the
 * kinds whose explanation names none).
 *
 * @param result the result, its explanations placeholders
 * @param tiePolicy the tie policy named, or null
 */
record CompactResult(ScoreResult result, String tiePolicy) {

    CompactResult {
        Objects.requireNonNull(result, "result");
    }
}
