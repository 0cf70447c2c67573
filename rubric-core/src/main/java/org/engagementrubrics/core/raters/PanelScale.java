package org.engagementrubrics.core.raters;

import org.engagementrubrics.core.internal.Arguments;
import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.InstrumentKind;

/**
 * The values a panel's raters can give a unit, in order: the instrument kind, the level of measurement and
 * the categories (position 1 is the first).
 *
 * @param kind the instrument kind, not null
 * @param values the level of measurement, not null
 * @param categories the categories in the instrument's order, at least one; for ratings the scale values
 */
public record PanelScale(InstrumentKind kind, ValueKind values, List<String> categories) {

    /**
     * Creates a panel's scale, copying the list of categories.
     *
     * @param kind the instrument kind, not null
     * @param values the level of measurement, not null
     * @param categories the categories in the instrument's order, at least one; for ratings the scale values
     * @throws IllegalArgumentException if there is no category
     */
    public PanelScale {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        categories = Arguments.copyOf(categories, "categories");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories: must not be empty");
        }
    }

    /**
     * Checks if agreement statistics are offered: not for surveys, whose respondents report their own
     * experience, so that differences between them are not disagreement.
     *
     * @return false for a survey
     */
    public boolean offersAgreement() {
        return kind != InstrumentKind.SURVEY;
    }

    /**
     * Checks if the values are ordered, so that a median and a spread apply.
     *
     * @return true unless nominal
     */
    public boolean isOrdered() {
        return values != ValueKind.NOMINAL;
    }

    /**
     * Returns the category at a position.
     *
     * @param position from 1
     * @return the category
     */
    public String category(int position) {
        return categories.get(position - 1);
    }

    /**
     * Returns the number a category stands for in means and interval distances: the scale value for
     * ratings, the position otherwise.
     *
     * @param position from 1
     * @return the number
     */
    public int number(int position) {
        return values == ValueKind.RATING ? Integer.parseInt(categories.get(position - 1)) : position;
    }
}
