package org.engagementrubrics.core.conditions;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * A citation of an external standard, such as {@code CCSSO III.2.c}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param framework the cited framework, such as "CCSSO", not null
 * @param reference the place in it, such as "III.2.c", not null
 */
public record Citation(@NotBlank String framework, @NotBlank String reference) {

    /**
     * Creates a citation. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param framework the cited framework, such as "CCSSO", not null
     * @param reference the place in it, such as "III.2.c", not null
     */
    public Citation {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * Obtains a citation.
     *
     * @param framework the framework, not null
     * @param reference the reference, not null
     * @return the citation
     */
    public static Citation of(String framework, String reference) {
        return new Citation(framework, reference);
    }

    /**
     * Returns the citation as {@code framework reference}.
     */
    @Override
    public String toString() {
        return framework + " " + reference;
    }
}
