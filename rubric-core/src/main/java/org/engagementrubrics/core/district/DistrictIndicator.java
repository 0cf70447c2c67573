package org.engagementrubrics.core.district;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.Arguments;

/**
 * One district indicator (Indistar style): its id, core function, dimension, the indicator itself, an
 * explanation and guiding questions.
 *
 * <p>The id is kept as the seed writes it, a string such as {@code "6837"}. This class is immutable and
 * thread-safe.
 *
 * @param id the indicator id, such as "6837", not null
 * @param coreFunction the core function the indicator serves, or null where the source gives none
 * @param dimension the dimension, such as E "Families and Community", not null
 * @param effectivePractice the effective practice it belongs to, or null where the source gives none
 * @param text the indicator statement, not null
 * @param explanation why the indicator matters and what meeting it takes, as the source explains it, not null
 * @param guidingQuestions the questions that help a district judge its status, in order, possibly empty
 * @param extensions vendor data, not null
 */
public record DistrictIndicator(@NotBlank String id, @Valid LocalizedText coreFunction,
        @Valid DistrictDimension dimension, @Valid LocalizedText effectivePractice, @Valid LocalizedText text,
        @Valid LocalizedText explanation, List<@Valid LocalizedText> guidingQuestions, Extensions extensions) {

    /**
     * Creates a district indicator; the guiding questions are copied. Only a null required component fails
     * here; the data rules are checked by {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param id the indicator id, such as "6837", not null
     * @param coreFunction the core function the indicator serves, or null where the source gives none
     * @param dimension the dimension, such as E "Families and Community", not null
     * @param effectivePractice the effective practice it belongs to, or null where the source gives none
     * @param text the indicator statement, not null
     * @param explanation why the indicator matters and what meeting it takes, as the source explains it, not
     *     null
     * @param guidingQuestions the questions that help a district judge its status, in order, possibly empty
     * @param extensions vendor data, not null
     */
    public DistrictIndicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(explanation, "explanation");
        guidingQuestions = Arguments.copyOf(guidingQuestions, "guidingQuestions");
        Objects.requireNonNull(extensions, "extensions");
    }
}
