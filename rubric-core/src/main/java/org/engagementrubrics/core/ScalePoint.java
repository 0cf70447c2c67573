package org.engagementrubrics.core;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * One point of a {@link RatingScale}: a value and its label.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the number a rating records, such as 3; values ascend along the scale
 * @param label the label, such as "Partially in place", not null
 */
public record ScalePoint(int value, @Valid LocalizedText label) {

    /**
     * Creates a scale point. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param value the number a rating records, such as 3; values ascend along the scale
     * @param label the label, such as "Partially in place", not null
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
        Objects.requireNonNull(label, "label");
        return new ScalePoint(value, LocalizedText.of(label));
    }
}
