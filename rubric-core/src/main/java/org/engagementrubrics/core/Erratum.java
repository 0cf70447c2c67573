package org.engagementrubrics.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.engagementrubrics.core.validation.RubricId;

/**
 * A recorded departure from the seed document: what the seed says, what this copy does, and why.
 *
 * <p>Seeds are real documents with real defects. The library never fixes them silently; an instrument
 * that departs from its seed says so here.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the erratum's id, not null
 * @param location where in the instrument the departure is, such as {@code standards[0].cells[3]}, not null
 * @param seedSays what the seed says, not null
 * @param resolution what this copy does instead, not null
 * @param reason why, not null
 */
public record Erratum(@RubricId String id, @NotBlank String location, @Valid LocalizedText seedSays,
        @Valid LocalizedText resolution, @Valid LocalizedText reason) {

    /**
     * Checks the required components.
     */
    public Erratum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(seedSays, "seedSays");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(reason, "reason");
    }
}
