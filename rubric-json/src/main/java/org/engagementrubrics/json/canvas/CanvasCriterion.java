package org.engagementrubrics.json.canvas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One criterion of a Canvas rubric: one row of a Canvas rubric CSV.
 *
 * <p>The ratings are held in the order of the row's cells; {@link #canvasOrder()} gives them as Canvas
 * shows them. This class is immutable and thread-safe.
 *
 * @param name the criterion's name ({@code Criteria Name}; Canvas's {@code description}), not blank
 * @param description the criterion's long description ({@code Criteria Description}), empty if none, not
 *     null
 * @param enableRange whether the ratings are point ranges ({@code Criteria Enable Range})
 * @param ratings the ratings in the order of the row's cells, not empty
 */
public record CanvasCriterion(String name, String description, boolean enableRange, List<CanvasRating> ratings) {

    /**
     * Canvas's order of ratings: points, highest first; equal points by description (the rating's name,
     * which Canvas calls its description), in code-point order, as Ruby compares strings.
     */
    private static final Comparator<CanvasRating> CANVAS_ORDER = Comparator.comparing(CanvasRating::points,
            Comparator.reverseOrder()).thenComparing(CanvasRating::name, CanvasCriterion::compareCodePoints);

    /**
     * Creates a criterion; the list is copied.
     *
     * @param name the criterion's name, not blank
     * @param description the criterion's long description, empty if none, not null
     * @param enableRange whether the ratings are point ranges
     * @param ratings the ratings in the order of the row's cells, not empty
     * @throws IllegalArgumentException if the name is blank or there is no rating
     */
    public CanvasCriterion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        ratings = List.copyOf(Objects.requireNonNull(ratings, "ratings"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("ratings must not be empty: Missing ratings for " + name);
        }
    }

    /**
     * Returns the ratings as Canvas orders them on import: points, highest first, equal points by name.
     *
     * @return the ratings in Canvas's order
     */
    public List<CanvasRating> canvasOrder() {
        List<CanvasRating> sorted = new ArrayList<>(ratings);
        sorted.sort(CANVAS_ORDER);
        return List.copyOf(sorted);
    }

    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /**
     * Returns the criterion's points as Canvas counts them: its highest rating's points.
     *
     * @return the highest rating's points
     */
    public BigDecimal points() {
        return canvasOrder().get(0).points();
    }
}
