package org.engagementrubrics.core.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.internal.InstrumentHeaders;
import org.engagementrubrics.core.validation.ConsistentOrder;
import org.engagementrubrics.core.validation.DistinctLabels;
import org.engagementrubrics.core.validation.ResolvedReferences;
import org.engagementrubrics.core.validation.UniqueIds;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * Partnership archetypes by dimensions, with statements per cell and profile rules that classify a
 * school from its per-row best fits: the 4 Versions of Family-School Partnerships.
 *
 * <p>A rater marks statements; per dimension row the archetype column with the most marks is the best
 * fit ("check only 1 box in each row"). The {@linkplain #profileRules() profile rules} are data,
 * evaluated from the highest rank down; the first that matches classifies the school.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the instrument id, stable across versions, not null
 * @param version the content version, not null
 * @param title the title, not null
 * @param source where the instrument comes from, not null
 * @param errata recorded departures from the seed, not null
 * @param extensions vendor data, not null
 * @param instructions the rater's instructions, or null if none
 * @param archetypes the archetype columns in display order, not empty
 * @param dimensions the dimension rows in display order, not empty
 * @param profileRules the rules that classify the whole school, possibly empty
 */
@UniqueIds
@DistinctLabels
@ConsistentOrder
@ResolvedReferences
public record ArchetypeMatrix(@WellFormedId String id, @NotBlank String version, @Valid LocalizedText title, @Valid Source source,
        List<@Valid Erratum> errata, Extensions extensions,
        @Valid LocalizedText instructions, @NotEmpty List<@Valid Archetype> archetypes, @NotEmpty List<@Valid Dimension> dimensions,
        List<@Valid ProfileRule> profileRules) implements MatrixInstrument {

    /**
     * Creates an archetype matrix; the lists are copied. Only a null required component fails here. The data
     * rules (ids, labels, order, references) are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}, so that a faulty archetype matrix can
     * still be built and all of its problems reported.
     *
     * @param id the instrument id, stable across versions, not null
     * @param version the content version, not null
     * @param title the title, not null
     * @param source where the instrument comes from, not null
     * @param errata recorded departures from the seed, not null
     * @param extensions vendor data, not null
     * @param instructions the rater's instructions, or null if none
     * @param archetypes the archetype columns in display order, not empty
     * @param dimensions the dimension rows in display order, not empty
     * @param profileRules the rules that classify the whole school, possibly empty
     */
    public ArchetypeMatrix {
        errata = InstrumentHeaders.check(id, version, title, source, errata, extensions);
        archetypes = Arguments.copyOf(archetypes, "archetypes");
        dimensions = Arguments.copyOf(dimensions, "dimensions");
        profileRules = Arguments.copyOf(profileRules, "profileRules");
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.ARCHETYPE_MATRIX;
    }

    @Override
    public List<Archetype> columns() {
        return archetypes;
    }

    @Override
    public List<Dimension> rows() {
        return dimensions;
    }
}
