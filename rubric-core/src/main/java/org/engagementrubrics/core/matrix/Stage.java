package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One stage of a staged rubric, such as "Stage 1 Exploration": a column of a {@link StagedRubric}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, such as {@code exploration}, by which cells name the column, not null
 * @param position the stage's place in the order, 1 for the first
 * @param label the stage's name without its number, such as "Exploration", not null
 * @param extensions vendor data, not null
 */
public record Stage(@WellFormedId String id, @Positive int position, @Valid LocalizedText label, Extensions extensions)
        implements MatrixColumn {

    /**
     * Creates a stage. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, such as {@code exploration}, by which cells name the column, not null
     * @param position the stage's place in the order, 1 for the first
     * @param label the stage's name without its number, such as "Exploration", not null
     * @param extensions vendor data, not null
     */
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Obtains an English-labelled stage with no extensions.
     *
     * @param id the id, not null
     * @param position the position, 1 for the first
     * @param label the label, not null
     * @return the stage
     */
    public static Stage of(String id, int position, String label) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        return new Stage(id, position, LocalizedText.of(label), Extensions.empty());
    }

    /**
     * Returns the position: a later stage is a higher level.
     *
     * @return the position
     */
    @Override
    public int rank() {
        return position;
    }
}
