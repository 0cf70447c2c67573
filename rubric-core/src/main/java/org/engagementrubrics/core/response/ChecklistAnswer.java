package org.engagementrubrics.core.response;

import java.util.Objects;
import org.engagementrubrics.core.checklist.ChecklistMark;

/**
 * The answer to one checklist item, with optional notes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mark observed, not observed or not applicable, not null
 * @param notes the rater's notes, or null if none
 */
public record ChecklistAnswer(ChecklistMark mark, String notes) {

    /**
     * Creates an answer. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param mark observed, not observed or not applicable, not null
     * @param notes the rater's notes, or null if none
     */
    public ChecklistAnswer {
        Objects.requireNonNull(mark, "mark");
    }

    /**
     * Obtains an answer without notes.
     *
     * @param mark the mark, not null
     * @return the answer
     */
    public static ChecklistAnswer of(ChecklistMark mark) {
        return new ChecklistAnswer(mark, null);
    }
}
