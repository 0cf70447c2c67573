package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One partnership archetype, such as "Partnership School", a column of an {@link ArchetypeMatrix}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, such as {@code partnership}, by which cells and profile conditions name the
 *     column, not null
 * @param rank the archetype's level: a larger rank is a stronger partnership
 * @param name the archetype's name, not null
 * @param motto the archetype's motto, or null where the seed gives none
 * @param levelName the level this archetype stands for, such as "Advanced", or null if none
 * @param extensions vendor data, not null
 */
public record Archetype(@WellFormedId String id, @Positive int rank, @Valid LocalizedText name,
        @Valid LocalizedText motto, @Valid LocalizedText levelName, Extensions extensions) implements MatrixColumn {

    /**
     * Creates an archetype. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, such as {@code partnership}, by which cells and profile conditions name the
     *     column, not null
     * @param rank the archetype's level: a larger rank is a stronger partnership
     * @param name the archetype's name, not null
     * @param motto the archetype's motto, or null where the seed gives none
     * @param levelName the level this archetype stands for, such as "Advanced", or null if none
     * @param extensions vendor data, not null
     */
    public Archetype {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Obtains an archetype with an English name, no motto, no level name and no extensions.
     *
     * <pre>{@code
     * Archetype partnership = Archetype.of("partnership", 4, "Partnership School");
     * }</pre>
     *
     * @param id the stable id, not null
     * @param rank the archetype's level: a larger rank is a stronger partnership
     * @param name the archetype's name, not null
     * @return the archetype
     */
    public static Archetype of(String id, int rank, String name) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        return new Archetype(id, rank, LocalizedText.of(name), null, null, Extensions.empty());
    }

    /**
     * Returns the name, which heads this archetype's column.
     *
     * @return the name
     */
    @Override
    public LocalizedText label() {
        return name;
    }
}
