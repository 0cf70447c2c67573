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
 * One condition for personalized learning, such as "Family and Community Partnerships", with its indicators.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, not null
 * @param number the condition's number as the seed gives it
 * @param name the condition's name, not null
 * @param indicators the indicators in ascending number, possibly empty where the seed lists none
 * @param extensions vendor data, not null
 */
public record Condition(@WellFormedId String id, @Positive int number, @Valid LocalizedText name,
        List<@Valid Indicator> indicators, Extensions extensions) {

    /**
     * Creates a condition; the indicators are copied. Only a null required component fails here; the data
     * rules are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the stable id, not null
     * @param number the condition's number as the seed gives it
     * @param name the condition's name, not null
     * @param indicators the indicators in ascending number, possibly empty where the seed lists none
     * @param extensions vendor data, not null
     */
    public Condition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        indicators = Arguments.copyOf(indicators, "indicators");
        Objects.requireNonNull(extensions, "extensions");
    }
}
