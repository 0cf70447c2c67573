package org.engagementrubrics.core.raters;

import java.util.List;
import java.util.Objects;

/**
 * The values the raters of one subject gave its units: per unit and rater a position on the panel's scale
 * (from 1) or a missing reason. Immutable and thread-safe.
 */
public final class SubjectValues {

    private final String subjectId;
    private final List<String> raters;
    private final int[][] codes;

    SubjectValues(String subjectId, List<String> raters, int[][] codes) {
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.raters = List.copyOf(raters);
        this.codes = codes;
    }

    /**
     * Returns the subject's id.
     *
     * @return the id
     */
    public String subjectId() {
        return subjectId;
    }

    /**
     * Returns the rater ids, sorted.
     *
     * @return the raters, unmodifiable
     */
    public List<String> raters() {
        return raters;
    }

    /**
     * Checks if a rater gave a unit a value.
     *
     * @param unit the unit's index in {@link Panel#units()}
     * @param rater the rater's index in {@link #raters()}
     * @return true if there is a value
     */
    public boolean hasValue(int unit, int rater) {
        return codes[unit][rater] > 0;
    }

    /**
     * Returns the position on the scale that a rater gave a unit.
     *
     * @param unit the unit's index in {@link Panel#units()}
     * @param rater the rater's index in {@link #raters()}
     * @return the position, from 1
     * @throws IllegalStateException if the value is missing
     */
    public int position(int unit, int rater) {
        int code = codes[unit][rater];
        if (code <= 0) {
            throw new IllegalStateException("unit " + unit + ", rater " + raters.get(rater) + ": no value ("
                    + PanelReading.reasonOf(code).label() + ")");
        }
        return code;
    }

    /**
     * Returns why a rater gave a unit no value.
     *
     * @param unit the unit's index in {@link Panel#units()}
     * @param rater the rater's index in {@link #raters()}
     * @return the reason
     * @throws IllegalStateException if there is a value
     */
    public MissingReason missing(int unit, int rater) {
        int code = codes[unit][rater];
        if (code > 0) {
            throw new IllegalStateException("unit " + unit + ", rater " + raters.get(rater) + ": has a value");
        }
        return PanelReading.reasonOf(code);
    }
}
