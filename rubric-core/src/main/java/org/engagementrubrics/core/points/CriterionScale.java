package org.engagementrubrics.core.points;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import org.engagementrubrics.core.internal.Arguments;
import org.engagementrubrics.core.internal.Decimals;

/**
 * How a criterion is marked: by choosing one of its {@linkplain Levels levels}, or by entering points
 * {@linkplain FreeForm freely} up to a maximum. The two are distinct types, so a free-form criterion cannot
 * carry levels and a levelled one cannot carry a separate maximum.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface CriterionScale permits CriterionScale.Levels, CriterionScale.FreeForm {

    /**
     * Returns the most points the criterion can earn: its highest level's points, or the free-form maximum.
     *
     * @return the points possible, 0 for a criterion with no levels
     */
    BigDecimal pointsPossible();

    /**
     * Obtains a scale of levels, each worth its points exactly.
     *
     * @param levels the levels in the order shown, not null
     * @return the scale
     */
    static Levels levels(List<Level> levels) {
        return new Levels(levels, false);
    }

    /**
     * Obtains a scale of point ranges (Canvas "Criteria Enable Range"): a level covers the points above the
     * next lower level's points up to its own, the lowest level from 0 up to its own.
     *
     * @param levels the levels in the order shown, not null
     * @return the scale
     */
    static Levels ranges(List<Level> levels) {
        return new Levels(levels, true);
    }

    /**
     * Obtains a free-form scale: points entered freely from 0 up to the maximum.
     *
     * @param maximum the most points, greater than 0 with at most two decimals, not null
     * @return the scale
     */
    static FreeForm freeForm(BigDecimal maximum) {
        return new FreeForm(maximum);
    }

    /**
     * Ordered levels, each worth points; with {@code ranged} each level covers a range of points instead.
     *
     * <p>Levels keep the order given (Canvas shows the highest first). Their ids are distinct within the
     * criterion; a ranged scale's levels have strictly distinct points, so that ranges do not overlap. Both are
     * data rules reported by {@link org.engagementrubrics.core.validation.RubricValidator}. This class is
     * immutable and thread-safe.
     *
     * @param levels the levels in the order shown, not empty
     * @param ranged whether each level covers (next lower level's points, its points], the lowest [0, its points]
     */
    record Levels(@NotEmpty List<@Valid Level> levels, boolean ranged) implements CriterionScale {

        /**
         * Creates a scale of levels; the list is copied. An empty list is a data rule, reported by validation.
         *
         * @param levels the levels in the order shown, not null
         * @param ranged whether the levels are point ranges
         */
        public Levels {
            levels = Arguments.copyOf(levels, "levels");
        }

        @Override
        public BigDecimal pointsPossible() {
            BigDecimal highest = BigDecimal.ZERO;
            for (Level level : levels) {
                highest = highest.max(level.points());
            }
            return highest;
        }
    }

    /**
     * Points entered freely from 0 up to a maximum, with no levels: a Canvas free-form criterion.
     *
     * <p>The maximum is kept in canonical form. This class is immutable and thread-safe.
     *
     * @param maximum the most points, greater than 0 with at most two decimals, not null
     */
    record FreeForm(@Positive @Digits(integer = Level.MAX_INTEGER_DIGITS, fraction = Level.MAX_DECIMALS)
            BigDecimal maximum) implements CriterionScale {

        /**
         * Creates a free-form scale; the maximum is put in canonical form.
         *
         * @param maximum the most points, not null
         */
        public FreeForm {
            maximum = Decimals.canonical(maximum, "maximum");
        }

        @Override
        public BigDecimal pointsPossible() {
            return maximum;
        }
    }
}
