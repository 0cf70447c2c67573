package org.engagementrubrics.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * Where an instrument comes from: the source document's title and its attribution.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the title of the source document, not null
 * @param attribution authors, publisher and year as the source gives them, not null
 * @param citation a fuller citation, such as the chapter or the publication the seed was reproduced in, or
 *     null if none
 */
public record Source(@Valid LocalizedText title, @NotBlank String attribution, String citation) {

    /**
     * Creates a source. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param title the title of the source document, not null
     * @param attribution authors, publisher and year as the source gives them, not null
     * @param citation a fuller citation, such as the chapter or the publication the seed was reproduced in,
     *     or null if none
     */
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(attribution, "attribution");
    }

    /**
     * Obtains a source with no further citation.
     *
     * @param title the source document's title, not null
     * @param attribution authors, publisher and year, not null
     * @return the source
     */
    public static Source of(String title, String attribution) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(attribution, "attribution");
        return new Source(LocalizedText.of(title), attribution, null);
    }
}
