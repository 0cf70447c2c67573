package org.engagementrubrics.core.scoring;

/**
 * Gives a placed standard of a staged rubric its points, so that a staged result can also be reported as a
 * number; the best-fit placement stays in the result beside it.
 *
 * <p>The built-in is a {@link StagePointsScheme}: points per stage position, a weight per standard, and what an
 * unplaced standard counts as. A points strategy answers, for each standard, a {@link PointsTotal.Part} whose id
 * is the standard's id. The engine turns an exception, a null or a part for another standard into a
 * {@link ScoringException} naming the instrument and the standard (see {@link StagePlacement} for which failures
 * it wraps). Implementations must be thread-safe.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.defaults()
 *         .withStagePoints(StagePointsScheme.of("by-stage", List.of(BigDecimal.ONE, BigDecimal.valueOf(2))));
 * StageResult result = engine.score(rubric, response);
 * result.points().total().displayPercent();
 * }</pre>
 */
@FunctionalInterface
public interface StagePoints {

    /**
     * Gives one standard its points.
     *
     * @param standard the standard as it was placed, not null
     * @return the standard's part of the total, with the standard's id, not null
     */
    PointsTotal.Part points(PlacedStandard standard);

    /**
     * Returns the strategy's name, written in results and explanations.
     *
     * @return the name, {@code custom} unless overridden
     */
    default String name() {
        return "custom";
    }
}
