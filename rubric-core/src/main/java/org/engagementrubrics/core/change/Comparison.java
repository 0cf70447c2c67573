package org.engagementrubrics.core.change;

import java.util.List;
import java.util.Objects;

import org.engagementrubrics.core.internal.Arguments;

/**
 * The change over time of one subject: its reviews in date order, the changes between consecutive reviews and
 * from the first to the last. Immutable and thread-safe.
 *
 * @param subjectId the subject, not null
 * @param reviews the reviews compared, two or more, in date order
 * @param steps the changes between consecutive reviews, one fewer than the reviews
 * @param overall the changes from the first review to the last (equal to the only step for two reviews)
 * @param smallCellMinimum the small-cell rule's minimum for survey statements (0 when off)
 */
public record Comparison(String subjectId, List<ReviewSummary> reviews, List<Step> steps, Step overall,
        int smallCellMinimum) {

    /**
     * Creates a comparison, checking that steps and reviews agree.
     *
     * @param subjectId the subject, not null
     * @param reviews the reviews compared, two or more, in date order
     * @param steps the changes between consecutive reviews, one fewer than the reviews
     * @param overall the changes from the first review to the last (equal to the only step for two reviews)
     * @param smallCellMinimum the small-cell rule's minimum for survey statements (0 when off)
     */
    public Comparison {
        Objects.requireNonNull(subjectId, "subjectId");
        reviews = Arguments.copyOf(reviews, "reviews");
        steps = Arguments.copyOf(steps, "steps");
        Objects.requireNonNull(overall, "overall");
        if (reviews.size() < 2 || steps.size() != reviews.size() - 1) {
            throw new IllegalArgumentException("a comparison of " + reviews.size() + " reviews has "
                    + (reviews.size() - 1) + " steps (at least one); was " + steps.size());
        }
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).from().equals(reviews.get(i).date()) || !steps.get(i).to().equals(reviews.get(i + 1).date())) {
                throw new IllegalArgumentException("step " + (i + 1) + " must go from " + reviews.get(i).date()
                        + " to " + reviews.get(i + 1).date());
            }
        }
        if (!overall.from().equals(reviews.get(0).date())
                || !overall.to().equals(reviews.get(reviews.size() - 1).date())) {
            throw new IllegalArgumentException("overall must go from the first review to the last");
        }
        if (smallCellMinimum < 0) {
            throw new IllegalArgumentException("smallCellMinimum must be 0 or more; was " + smallCellMinimum);
        }
    }

    /**
     * Returns the comparison as text: the reviews, then each step's sentences, then first to last.
     *
     * @return the text, lines ending in a newline
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("Change over time of '").append(subjectId).append("': ").append(reviews.size())
                .append(" reviews\n");
        for (ReviewSummary review : reviews) {
            text.append("  ").append(review.date()).append("  ")
                    .append(ChangeExplanations.version(review.instrument())).append(", ")
                    .append(review.responses()).append(review.responses() == 1 ? " response" : " responses")
                    .append('\n');
        }
        for (Step step : steps) {
            render(text, step.from() + " -> " + step.to(), step);
        }
        if (steps.size() > 1) {
            render(text, "First to last, " + overall.from() + " -> " + overall.to(), overall);
        }
        return text.toString();
    }

    private static void render(StringBuilder text, String title, Step step) {
        text.append(title).append(": ").append(step.count(Movement.UP)).append(" up, ")
                .append(step.count(Movement.DOWN)).append(" down, ").append(step.count(Movement.SAME))
                .append(" same, ").append(step.changes().size()).append(" units\n");
        for (UnitChange change : step.changes()) {
            text.append("  - ").append(change.explanation()).append('\n');
        }
    }
}
