package org.engagementrubrics.core.scoring;

import java.util.Objects;
import org.engagementrubrics.core.RubricException;

/**
 * Thrown when scoring fails, such as when a user-supplied strategy throws or answers out of range.
 *
 * <p>The message names the instrument and the row (criterion) being scored.
 */
public class ScoringException extends RubricException {

    private static final long serialVersionUID = 1L;

    /** The id of the instrument being scored; part of the serialized form. */
    private final String instrumentId;
    /** The id of the row or criterion being scored; part of the serialized form. */
    private final String rowId;

    /**
     * Creates an exception.
     *
     * @param instrumentId the instrument being scored, not null
     * @param rowId the row or criterion being scored, not null
     * @param message what went wrong, not null
     * @param cause the underlying failure, may be null
     */
    public ScoringException(String instrumentId, String rowId, String message, Throwable cause) {
        super(message(instrumentId, rowId, message), cause);
        this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
        this.rowId = Objects.requireNonNull(rowId, "rowId");
    }

    private static String message(String instrumentId, String rowId, String message) {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(message, "message");
        return "scoring instrument '" + instrumentId + "', row '" + rowId + "': " + message;
    }

    /**
     * Returns the id of the instrument being scored.
     *
     * @return the instrument id
     */
    public String instrumentId() {
        return instrumentId;
    }

    /**
     * Returns the id of the row or criterion being scored.
     *
     * @return the row id
     */
    public String rowId() {
        return rowId;
    }
}
