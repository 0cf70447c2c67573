package org.engagementrubrics.core.points;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.Decimals;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One criterion of a points rubric: a Canvas rubric row, a CASE {@code CFRubricCriterion}.
 *
 * <p>The criterion is marked on its {@link CriterionScale}: by its levels (exact points, or point ranges), or
 * free-form up to a maximum. Its weight multiplies the points it earns and can earn; it is 1 unless given and
 * kept in canonical form, as are all points.
 *
 * <pre>{@code
 * Criterion welcome = Criterion.of("welcome", LocalizedText.of("Welcome"), CriterionScale.levels(List.of(
 *         Level.of("warm", LocalizedText.of("Warm"), new BigDecimal("2")),
 *         Level.of("cool", LocalizedText.of("Cool"), BigDecimal.ZERO))));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, unique within the rubric, not null
 * @param title the criterion's name (Canvas "Criteria Name"), not null
 * @param description the longer description (Canvas "Criteria Description", CASE {@code description}), or
 *     null when there is none
 * @param weight the weight, greater than 0, 1 unless given; not null
 * @param scale how the criterion is marked, not null
 * @param extensions vendor data, not null
 */
public record Criterion(@WellFormedId String id, @Valid LocalizedText title, @Valid LocalizedText description,
        @Positive BigDecimal weight, @Valid CriterionScale scale, Extensions extensions) {

    /**
     * Creates a criterion; the weight is put in canonical form. Only a null required component fails here.
     *
     * @param id the stable id, unique within the rubric, not null
     * @param title the criterion's name, not null
     * @param description the longer description, or null when there is none
     * @param weight the weight, not null
     * @param scale how the criterion is marked, not null
     * @param extensions vendor data, not null
     */
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        weight = Decimals.canonical(weight, "weight");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Obtains a criterion of weight 1 with no description and no extensions.
     *
     * @param id the stable id, not null
     * @param title the criterion's name, not null
     * @param scale how the criterion is marked, not null
     * @return the criterion
     */
    public static Criterion of(String id, LocalizedText title, CriterionScale scale) {
        return new Criterion(id, title, null, BigDecimal.ONE, scale, Extensions.empty());
    }

    /**
     * Returns a copy with another weight.
     *
     * @param weight the weight, not null
     * @return a criterion with the weight, {@code this} if numerically equal
     */
    public Criterion withWeight(BigDecimal weight) {
        Objects.requireNonNull(weight, "weight");
        return weight.compareTo(this.weight) == 0 ? this
                : new Criterion(id, title, description, weight, scale, extensions);
    }

    /**
     * Checks if the criterion is marked free-form, with no levels.
     *
     * @return whether the scale is {@link CriterionScale.FreeForm}
     */
    public boolean freeForm() {
        return scale instanceof CriterionScale.FreeForm;
    }

    /**
     * Checks if the criterion's levels are point ranges (Canvas "Criteria Enable Range").
     *
     * @return whether the scale is ranged levels; false for free-form
     */
    public boolean ranged() {
        return scale instanceof CriterionScale.Levels levels && levels.ranged();
    }

    /**
     * Returns the criterion's levels in the order shown.
     *
     * @return the levels, empty for a free-form criterion
     */
    public List<Level> levels() {
        return scale instanceof CriterionScale.Levels levels ? levels.levels() : List.of();
    }

    /**
     * Returns the most points the criterion can earn before weighting: its highest level's points, or the
     * free-form maximum.
     *
     * @return the points possible
     */
    public BigDecimal pointsPossible() {
        return scale.pointsPossible();
    }
}
