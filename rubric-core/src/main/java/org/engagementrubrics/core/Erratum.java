package org.engagementrubrics.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * A recorded departure of an instrument from its seed document: where it is, what the seed says, what this
 * copy does instead, and why.
 *
 * <p>Seeds are real documents with real defects (a repeated stage label, a bullet split across a page, an OCR
 * slip). The library never fixes them silently: an instrument that departs from its seed lists each
 * departure in {@link Instrument#errata()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the erratum's id, unique within the instrument, such as {@code std1-duplicate-stage-3}, not null
 * @param location where in the instrument the departure is, such as {@code standards[0].cells[3]}, not null
 * @param seedSays what the seed says there, quoted where possible, not null
 * @param resolution what this copy does instead, not null
 * @param reason why this copy departs from the seed, not null
 */
public record Erratum(@WellFormedId String id, @NotBlank String location, @Valid LocalizedText seedSays,
        @Valid LocalizedText resolution, @Valid LocalizedText reason) {

    /**
     * Creates an erratum. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the erratum's id, unique within the instrument, such as {@code std1-duplicate-stage-3}, not
     *     null
     * @param location where in the instrument the departure is, such as {@code standards[0].cells[3]}, not
     *     null
     * @param seedSays what the seed says there, quoted where possible, not null
     * @param resolution what this copy does instead, not null
     * @param reason why this copy departs from the seed, not null
     */
    public Erratum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(seedSays, "seedSays");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(reason, "reason");
    }
}
