package org.engagementrubrics.json.canvas;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One Canvas rubric: the rows of a Canvas rubric CSV that share a {@code Rubric Name}, in file order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the rubric's name ({@code Rubric Name}; Canvas's {@code title}), not blank
 * @param criteria the criteria in file order, not empty
 */
public record CanvasRubric(String name, List<CanvasCriterion> criteria) {

    /**
     * Creates a rubric; the list is copied.
     *
     * @param name the rubric's name, not blank
     * @param criteria the criteria in file order, not empty
     * @throws IllegalArgumentException if the name is blank or there is no criterion
     */
    public CanvasRubric {
        Objects.requireNonNull(name, "name");
        criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("criteria must not be empty");
        }
    }

    /**
     * Returns the rubric's points possible as Canvas counts them: the sum of each criterion's highest rating.
     *
     * @return the points possible
     */
    public BigDecimal pointsPossible() {
        return CanvasRating.normalized(criteria.stream().map(CanvasCriterion::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
