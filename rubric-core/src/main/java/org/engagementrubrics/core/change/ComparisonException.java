package org.engagementrubrics.core.change;

import org.engagementrubrics.core.RubricException;

/**
 * Thrown when reviews cannot be compared: different instrument versions with no mapping, a mapping that names
 * an unknown id, two reviews of one subject on one date, or results that do not belong together.
 */
public class ComparisonException extends RubricException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what cannot be compared and what to do, not null
     */
    public ComparisonException(String message) {
        super(message);
    }
}
