package org.engagementrubrics.core.checklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
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
 * Look-fors and labelled questions answered observed, not observed or not applicable: the
 * "Is Your Child's School Student-Centered?" checklist.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the instrument id, stable across versions, not null
 * @param version the content version, not null
 * @param title the title, not null
 * @param source where the instrument comes from, not null
 * @param errata recorded departures from the seed, not null
 * @param extensions vendor data, not null
 * @param groups the groups of items, such as the look-fors and the questions, not empty
 */
@UniqueIds
@DistinctLabels
@ConsistentOrder
@ResolvedReferences
public record Checklist(@WellFormedId String id, @NotBlank String version, @Valid LocalizedText title, @Valid Source source,
        List<@Valid Erratum> errata, Extensions extensions,
        @NotEmpty List<@Valid ChecklistGroup> groups) implements Instrument {

    /**
     * Creates a checklist; the lists are copied. Only a null required component fails here. The data rules
     * (ids, labels, order, references) are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}, so that a faulty checklist can still be
     * built and all of its problems reported.
     *
     * @param id the instrument id, stable across versions, not null
     * @param version the content version, not null
     * @param title the title, not null
     * @param source where the instrument comes from, not null
     * @param errata recorded departures from the seed, not null
     * @param extensions vendor data, not null
     * @param groups the groups of items, such as the look-fors and the questions, not empty
     */
    public Checklist {
        errata = InstrumentHeaders.check(id, version, title, source, errata, extensions);
        groups = Arguments.copyOf(groups, "groups");
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.CHECKLIST;
    }
}
