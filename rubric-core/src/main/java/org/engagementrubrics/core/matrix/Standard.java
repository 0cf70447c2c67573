package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One standard of a staged rubric: its number, title, intent, and the statements describing each stage.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, not null
 * @param number the standard's number as the seed gives it
 * @param title the standard itself, such as "The school provides a welcoming ... environment", not null
 * @param intent the italic intent text under the title, not null
 * @param cells per stage, the statements describing it, in stage order, not empty
 * @param extensions vendor data, not null
 */
public record Standard(@WellFormedId String id, @Positive int number, @Valid LocalizedText title,
        @Valid LocalizedText intent, @NotEmpty List<@Valid Cell> cells, Extensions extensions) implements MatrixRow {

    /**
     * Creates a standard; the cells are copied. Only a null required component fails here; the data rules are
     * checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, not null
     * @param number the standard's number as the seed gives it
     * @param title the standard itself, such as "The school provides a welcoming ... environment", not null
     * @param intent the italic intent text under the title, not null
     * @param cells per stage, the statements describing it, in stage order, not empty
     * @param extensions vendor data, not null
     */
    public Standard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intent, "intent");
        cells = Arguments.copyOf(cells, "cells");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Obtains a standard with an English title and intent and no extensions.
     *
     * <pre>{@code
     * Standard welcoming = Standard.of("welcoming", 1, "The school provides a welcoming environment",
     *         "Families feel welcome", Cell.of("exploration", Statement.of("s1-e-1", "Signs greet families.")));
     * }</pre>
     *
     * @param id the stable id, not null
     * @param number the standard's number as the seed gives it
     * @param title the standard itself, not null
     * @param intent the intent text under the title, not null
     * @param cells per stage, the statements describing it, in stage order, not null
     * @return the standard
     */
    public static Standard of(String id, int number, String title, String intent, Cell... cells) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intent, "intent");
        return new Standard(id, number, LocalizedText.of(title), LocalizedText.of(intent),
                Arguments.copyOf("cells", cells), Extensions.empty());
    }

    /**
     * Returns the title, which labels this standard's row.
     *
     * @return the title
     */
    @Override
    public LocalizedText label() {
        return title;
    }
}
