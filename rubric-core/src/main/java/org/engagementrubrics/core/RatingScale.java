package org.engagementrubrics.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagementrubrics.core.internal.Arguments;

/**
 * An ordered rating scale whose points and labels are data, lowest first: the conditions assessment's 1 to 4
 * and the survey's "how true" scale.
 *
 * <pre>{@code
 * RatingScale scale = RatingScale.of(
 *         ScalePoint.of(1, "Evidence that is in planning or beginning stages"),
 *         ScalePoint.of(2, "Partially in place"),
 *         ScalePoint.of(3, "In place across the school"),
 *         ScalePoint.of(4, "In place at a high level"));
 * }</pre>
 *
 * <p>Validation requires at least two points, values strictly increasing and labels distinct.
 * This class is immutable and thread-safe.
 *
 * @param points the scale points, lowest first
 */
public record RatingScale(@Size(min = 2) List<@Valid ScalePoint> points) {

    /**
     * Creates a scale; the points are copied. At least two points, ascending values and distinct labels are
     * validation rules, not checked here.
     *
     * @param points the scale points, lowest first
     */
    public RatingScale {
        points = Arguments.copyOf(points, "points");
    }

    /**
     * Obtains a scale.
     *
     * @param points the points, lowest first
     * @return the scale
     */
    public static RatingScale of(ScalePoint... points) {
        return new RatingScale(Arguments.copyOf("points", points));
    }

    /**
     * Checks if a value is one of the scale's points.
     *
     * @param value the value
     * @return true if on the scale
     */
    public boolean contains(int value) {
        return point(value).isPresent();
    }

    /**
     * Returns the point with a value.
     *
     * @param value the value
     * @return the point, empty if the value is not on the scale
     */
    public Optional<ScalePoint> point(int value) {
        for (ScalePoint point : points) {
            if (point.value() == value) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the lowest value.
     *
     * @return the minimum
     * @throws IllegalStateException if the scale has no points
     */
    public int min() {
        return points.stream().mapToInt(ScalePoint::value).min()
                .orElseThrow(() -> new IllegalStateException("the scale has no points"));
    }

    /**
     * Returns the highest value.
     *
     * @return the maximum
     * @throws IllegalStateException if the scale has no points
     */
    public int max() {
        return points.stream().mapToInt(ScalePoint::value).max()
                .orElseThrow(() -> new IllegalStateException("the scale has no points"));
    }

    /**
     * Returns the values of the points, in scale order.
     *
     * @return the values
     */
    public List<Integer> values() {
        return points.stream().map(ScalePoint::value).toList();
    }
}
