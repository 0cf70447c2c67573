package org.engagementrubrics.json.canvas;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rating of a Canvas rubric criterion as a Canvas rubric CSV holds it: the three cells
 * {@code Rating Name}, {@code Rating Description} and {@code Rating Points}.
 *
 * <p>Points carry at most two decimals, as Canvas keeps them; they are held without trailing zeros, so
 * that {@code 2}, {@code 2.0} and {@code 2.00} make equal ratings. This class is immutable and thread-safe.
 *
 * @param name the rating's name (Canvas's {@code description}), not blank
 * @param description the rating's long description, empty if none, not null
 * @param points the rating's points, at most two decimals, not null
 */
public record CanvasRating(String name, String description, BigDecimal points) {

    /**
     * Creates a rating; the points are held without trailing zeros.
     *
     * @param name the rating's name, not blank
     * @param description the rating's long description, empty if none, not null
     * @param points the rating's points, at most two decimals, not null
     * @throws IllegalArgumentException if the name is blank or the points have more than two decimals
     */
    public CanvasRating {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(points, "points");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank; Canvas skips a rating without a name");
        }
        points = normalized(points);
    }

    /**
     * Obtains a rating.
     *
     * @param name the rating's name, not blank
     * @param description the rating's long description, empty if none, not null
     * @param points the rating's points, at most two decimals, not null
     * @return the rating
     * @throws IllegalArgumentException if the name is blank or the points have more than two decimals
     */
    public static CanvasRating of(String name, String description, BigDecimal points) {
        return new CanvasRating(name, description, points);
    }

    /** The points without trailing zeros and never in exponent form, checked for at most two decimals. */
    static BigDecimal normalized(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new IllegalArgumentException("points must have at most 2 decimals, as Canvas keeps them: "
                    + points.toPlainString());
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
