package org.engagementrubrics.core;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * One point of a {@link RatingScale}: a value and its label.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the value
 * @param label the label, such as "Partially in place", not null
 */
public record ScalePoint(int value, @Valid LocalizedText label) {

    /**
     * Checks the label.
     */
    public ScalePoint {
        Objects.requireNonNull(label, "label");
    }

    /**
     * Obtains an English-labelled point.
     *
     * @param value the value
     * @param label the label, not null
     * @return the point
     */
    public static ScalePoint of(int value, String label) {
        return new ScalePoint(value, LocalizedText.of(label));
    }
}
