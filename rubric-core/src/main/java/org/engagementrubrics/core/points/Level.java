package org.engagementrubrics.core.points;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.internal.Decimals;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * One level of a criterion, worth a number of points: a Canvas rating, a CASE {@code CFRubricCriterionLevel}.
 *
 * <p>Points are exact and kept in canonical form ({@code 2.00} is held as {@code 2}), so levels that differ
 * only in the scale of their points are equal. They are at least 0 with at most two decimals, as Canvas
 * rounds them; both are data rules reported by {@link org.engagementrubrics.core.validation.RubricValidator}.
 *
 * <pre>{@code
 * Level proficient = Level.of("proficient", LocalizedText.of("Proficient"), new BigDecimal("3"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, unique within its criterion, not null
 * @param label the level's name, such as "Proficient" (Canvas rating name, CASE {@code quality}), not null
 * @param description what the level looks like (Canvas rating description, CASE {@code description}), or
 *     null when there is none
 * @param points the points the level is worth, at least 0, at most two decimals, not null
 * @param extensions vendor data, not null
 */
public record Level(@WellFormedId String id, @Valid LocalizedText label, @Valid LocalizedText description,
        @PositiveOrZero @Digits(integer = Level.MAX_INTEGER_DIGITS, fraction = Level.MAX_DECIMALS) BigDecimal points,
        Extensions extensions) {

    /** The most decimals points may have: Canvas rounds points to two. */
    public static final int MAX_DECIMALS = 2;

    /** The most digits before the decimal point that points, weights and maxima may have. */
    public static final int MAX_INTEGER_DIGITS = 9;

    /**
     * Creates a level; the points are put in canonical form. Only a null required component fails here.
     *
     * @param id the stable id, unique within its criterion, not null
     * @param label the level's name, not null
     * @param description what the level looks like, or null when there is none
     * @param points the points the level is worth, not null
     * @param extensions vendor data, not null
     */
    public Level {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        points = Decimals.canonical(points, "points");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Obtains a level with no description and no extensions.
     *
     * @param id the stable id, not null
     * @param label the level's name, not null
     * @param points the points, not null
     * @return the level
     */
    public static Level of(String id, LocalizedText label, BigDecimal points) {
        return new Level(id, label, null, points, Extensions.empty());
    }
}
