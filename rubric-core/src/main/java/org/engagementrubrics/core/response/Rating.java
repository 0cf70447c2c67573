package org.engagementrubrics.core.response;

/**
 * A rater's answer on a scale: a value, "not rated", or "not applicable".
 *
 * <p>"Not rated" and "not applicable" are distinct from every value: they never count as zero and never
 * enter a mean, a median or a share. All implementations are immutable and thread-safe.
 */
public sealed interface Rating permits Rating.Rated, Rating.NotRated, Rating.NotApplicable {

    /**
     * Obtains a rating with a value.
     *
     * @param value the value on the instrument's scale
     * @return the rating
     */
    static Rating of(int value) {
        return new Rated(value);
    }

    /**
     * Obtains "not rated".
     *
     * @return not rated
     */
    static Rating notRated() {
        return NotRated.INSTANCE;
    }

    /**
     * Obtains "not applicable".
     *
     * @return not applicable
     */
    static Rating notApplicable() {
        return NotApplicable.INSTANCE;
    }

    /**
     * A value on the scale.
     *
     * @param value the value
     */
    record Rated(int value) implements Rating {
        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    /** The rater saw the item but gave no rating. */
    record NotRated() implements Rating {
        private static final NotRated INSTANCE = new NotRated();

        @Override
        public String toString() {
            return "not rated";
        }
    }

    /** The item does not apply to the subject. */
    record NotApplicable() implements Rating {
        private static final NotApplicable INSTANCE = new NotApplicable();

        @Override
        public String toString() {
            return "not applicable";
        }
    }
}
