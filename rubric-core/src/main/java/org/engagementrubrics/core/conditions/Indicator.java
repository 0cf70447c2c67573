package org.engagementrubrics.core.conditions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One rated indicator of a {@link Condition}, with the standards it cites.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, unique within the instrument, not null
 * @param number the indicator's number within its condition
 * @param text the indicator as the seed gives it, without its citation, not null
 * @param citations the cited standards, such as CCSSO III.2.c, possibly empty
 * @param extensions vendor data, not null
 */
public record Indicator(@WellFormedId String id, @Positive int number, @Valid LocalizedText text,
        List<@Valid Citation> citations, Extensions extensions) {

    /**
     * Creates an indicator; the citations are copied. Only a null required component fails here; the data
     * rules are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, unique within the instrument, not null
     * @param number the indicator's number within its condition
     * @param text the indicator as the seed gives it, without its citation, not null
     * @param citations the cited standards, such as CCSSO III.2.c, possibly empty
     * @param extensions vendor data, not null
     */
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        citations = Arguments.copyOf(citations, "citations");
        Objects.requireNonNull(extensions, "extensions");
    }
}
