package org.engagementrubrics.core.survey;

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
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.validation.ConsistentOrder;
import org.engagementrubrics.core.validation.DistinctLabels;
import org.engagementrubrics.core.validation.ResolvedReferences;
import org.engagementrubrics.core.validation.UniqueIds;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * Statements rated on an ordered response scale, such as a guardian survey rated "how true", with the
 * contact goals the survey is read against.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the instrument id, stable across versions, not null
 * @param version the content version, not null
 * @param title the title, not null
 * @param source where the instrument comes from, not null
 * @param errata recorded departures from the seed, not null
 * @param extensions vendor data, not null
 * @param prompt the question put to the respondent, such as "How true is each statement for you?", not null
 * @param scale the response scale, lowest first, not null
 * @param statements the statements in order, not empty
 * @param goals the goals the survey supports, possibly empty
 */
@UniqueIds
@DistinctLabels
@ConsistentOrder
@ResolvedReferences
public record Survey(@WellFormedId String id, @NotBlank String version, @Valid LocalizedText title, @Valid Source source,
        List<@Valid Erratum> errata, Extensions extensions,
        @Valid LocalizedText prompt, @Valid RatingScale scale, @NotEmpty List<@Valid Statement> statements,
        List<@Valid ContactGoal> goals) implements Instrument {

    /**
     * Creates a survey; the lists are copied. Only a null required component fails here. The data rules (ids,
     * labels, order, references) are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}, so that a faulty survey can still be
     * built and all of its problems reported.
     *
     * @param id the instrument id, stable across versions, not null
     * @param version the content version, not null
     * @param title the title, not null
     * @param source where the instrument comes from, not null
     * @param errata recorded departures from the seed, not null
     * @param extensions vendor data, not null
     * @param prompt the question put to the respondent, such as "How true is each statement for you?", not
     *     null
     * @param scale the response scale, lowest first, not null
     * @param statements the statements in order, not empty
     * @param goals the goals the survey supports, possibly empty
     */
    public Survey {
        errata = InstrumentHeaders.check(id, version, title, source, errata, extensions);
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(scale, "scale");
        statements = Arguments.copyOf(statements, "statements");
        goals = Arguments.copyOf(goals, "goals");
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.SURVEY;
    }
}
