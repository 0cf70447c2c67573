package org.engagementrubrics.core;

import java.util.Objects;
import org.engagementrubrics.core.validation.InvalidDataException;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>Subclasses say what went wrong: {@link InvalidDataException} for data that breaks a rule,
 * {@link org.engagementrubrics.core.scoring.ScoringException} for a scoring failure, and the JSON module's
 * format exception for a file that cannot be read. No exception of a third-party library crosses the public
 * API, so one {@code catch (RubricException e)} covers every failure the library reports.
 */
public class RubricException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, not null
     */
    public RubricException(String message) {
        super(Objects.requireNonNull(message, "message"));
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, not null
     * @param cause the underlying failure, may be null
     */
    public RubricException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
    }
}
