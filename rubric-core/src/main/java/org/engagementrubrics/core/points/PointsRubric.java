package org.engagementrubrics.core.points;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
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
 * Criteria, each with its own levels worth points: the rubric an LMS such as Canvas, Moodle or Sakai scores,
 * and that 1EdTech CASE exchanges as a {@code CFRubric}.
 *
 * <pre>{@code
 * PointsRubric rubric = new PointsRubric("family-conference", "1.0.0", LocalizedText.of("Family conference"),
 *         source, List.of(), Extensions.empty(), List.of(welcome, listening, nextSteps));
 * }</pre>
 *
 * <p>A response rates each criterion with a {@link org.engagementrubrics.core.response.CriterionRating}.
 * This class is immutable and thread-safe.
 *
 * @param id the instrument id, stable across versions, not null
 * @param version the content version, not null
 * @param title the title, not null
 * @param source where the instrument comes from, not null
 * @param errata recorded departures from the seed, not null
 * @param extensions vendor data, not null
 * @param criteria the criteria in order, not empty
 */
@UniqueIds
@DistinctLabels
@ConsistentOrder
@ResolvedReferences
public record PointsRubric(@WellFormedId String id, @NotBlank String version, @Valid LocalizedText title,
        @Valid Source source, List<@Valid Erratum> errata, Extensions extensions,
        @NotEmpty List<@Valid Criterion> criteria) implements Instrument {

    /**
     * Creates a points rubric; the lists are copied. Only a null required component fails here. The data rules
     * (ids, points, ranges) are checked by {@link org.engagementrubrics.core.validation.RubricValidator}, so
     * that a faulty rubric can still be built and all of its problems reported.
     *
     * @param id the instrument id, stable across versions, not null
     * @param version the content version, not null
     * @param title the title, not null
     * @param source where the instrument comes from, not null
     * @param errata recorded departures from the seed, not null
     * @param extensions vendor data, not null
     * @param criteria the criteria in order, not empty
     */
    public PointsRubric {
        errata = InstrumentHeaders.check(id, version, title, source, errata, extensions);
        criteria = Arguments.copyOf(criteria, "criteria");
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.POINTS_RUBRIC;
    }

    /**
     * Returns the most points the rubric can earn before weighting, as Canvas shows it: the sum of each
     * criterion's points possible.
     *
     * @return the points possible
     */
    public BigDecimal pointsPossible() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            sum = sum.add(criterion.pointsPossible());
        }
        return sum;
    }
}
