package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One dimension of partnership, such as "Building Relationships", a row of an {@link ArchetypeMatrix}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, not null
 * @param name the dimension's name, not null
 * @param cells per archetype, its statements, in column order, not empty
 * @param extensions vendor data, not null
 */
public record Dimension(@WellFormedId String id, @Valid LocalizedText name, @NotEmpty List<@Valid Cell> cells,
        Extensions extensions) implements MatrixRow {

    /**
     * Creates a dimension; the cells are copied. Only a null required component fails here; the data rules
     * are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, not null
     * @param name the dimension's name, not null
     * @param cells per archetype, its statements, in column order, not empty
     * @param extensions vendor data, not null
     */
    public Dimension {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        cells = Arguments.copyOf(cells, "cells");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Obtains a dimension with an English name and no extensions.
     *
     * <pre>{@code
     * Dimension relationships = Dimension.of("building-relationships", "Building Relationships",
     *         Cell.of("partnership", Statement.of("br-partnership-1", "Family center is always open.")));
     * }</pre>
     *
     * @param id the stable id, not null
     * @param name the dimension's name, not null
     * @param cells per archetype, its statements, in column order, not null
     * @return the dimension
     */
    public static Dimension of(String id, String name, Cell... cells) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        return new Dimension(id, LocalizedText.of(name), Arguments.copyOf("cells", cells), Extensions.empty());
    }

    /**
     * Returns the name, which labels this dimension's row.
     *
     * @return the name
     */
    @Override
    public LocalizedText label() {
        return name;
    }
}
