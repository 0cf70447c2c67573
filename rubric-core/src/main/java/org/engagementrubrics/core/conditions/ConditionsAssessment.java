package org.engagementrubrics.core.conditions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.internal.InstrumentHeaders;
import org.engagementrubrics.core.validation.ConsistentOrder;
import org.engagementrubrics.core.validation.DistinctLabels;
import org.engagementrubrics.core.validation.ResolvedReferences;
import org.engagementrubrics.core.validation.UniqueIds;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * Conditions with cited indicators, each rated on a scale: School Conditions for Personalized Learning.
 *
 * <p>The scale is data (the seed uses 1 to 4, "planning or beginning stages" to "in place at a high
 * level"). A condition may list no indicators where the seed gives none; "not rated" is distinct from
 * every rating and never counts as zero.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the instrument id, stable across versions, not null
 * @param version the content version, not null
 * @param title the title, not null
 * @param source where the instrument comes from, not null
 * @param errata recorded departures from the seed, not null
 * @param extensions vendor data, not null
 * @param purpose what the assessment is for, or null if none
 * @param scale the rating scale, not null
 * @param conditions the conditions in ascending number, not empty
 */
@UniqueIds
@DistinctLabels
@ConsistentOrder
@ResolvedReferences
public record ConditionsAssessment(@WellFormedId String id, @NotBlank String version, @Valid LocalizedText title, @Valid Source source,
        List<@Valid Erratum> errata, Extensions extensions,
        @Valid LocalizedText purpose, @Valid RatingScale scale, @NotEmpty List<@Valid Condition> conditions) implements Instrument {

    /**
     * Creates a conditions assessment; the lists are copied. Only a null required component fails here. The
     * data rules (ids, labels, order, references) are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}, so that a faulty conditions assessment
     * can still be built and all of its problems reported.
     *
     * @param id the instrument id, stable across versions, not null
     * @param version the content version, not null
     * @param title the title, not null
     * @param source where the instrument comes from, not null
     * @param errata recorded departures from the seed, not null
     * @param extensions vendor data, not null
     * @param purpose what the assessment is for, or null if none
     * @param scale the rating scale, not null
     * @param conditions the conditions in ascending number, not empty
     */
    public ConditionsAssessment {
        errata = InstrumentHeaders.check(id, version, title, source, errata, extensions);
        Objects.requireNonNull(scale, "scale");
        conditions = Arguments.copyOf(conditions, "conditions");
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.CONDITIONS_ASSESSMENT;
    }
}
