package org.engagementrubrics.json.canvas;

/**
 * The problem codes of Canvas rubric CSV that the JSON reader's codes
 * ({@link org.engagementrubrics.json.FormatCodes}: {@code missing}, {@code missing-column},
 * {@code invalid-value}, …) do not already name.
 */
public final class CanvasCodes {

    /** A criterion row whose ratings are all absent: Canvas's {@code Missing ratings for <criterion>}. */
    public static final String MISSING_RATINGS = "missing-ratings";
    /**
     * A rating with a description or points but no name, which Canvas would skip without a word: name it,
     * or clear its cells.
     */
    public static final String UNNAMED_RATING = "unnamed-rating";
    /** A column whose header Canvas does not read, so that its cells would be lost on import. */
    public static final String UNKNOWN_COLUMN = "unknown-column";
    /**
     * Something in a points rubric that a Canvas rubric CSV cannot carry (a weight, a free-form criterion,
     * text in another language, an erratum, an extension, an id that is not the one derived from its name):
     * an error on export unless loss is allowed, then a warning.
     */
    public static final String NOT_CARRIED = "not-carried";

    private CanvasCodes() {
    }
}
