package org.engagementrubrics.testkit;

/**
 * The failure of one case of a property run by {@link Properties}: which property, which case, the
 * seeds that reproduce it, the generated value and the smallest failing value shrinking found.
 *
 * <p>The message says everything needed to rerun the case; the cause is the property's own failure on the
 * original value.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** The property's name; see {@link #property()}. */
    private final String property;
    /** The index of the failing case; see {@link #caseIndex()}. */
    private final int caseIndex;
    /** The base seed of the run; see {@link #baseSeed()}. */
    private final long baseSeed;
    /** The seed of the failing case; see {@link #caseSeed()}. */
    private final long caseSeed;
    /** The generated value; transient because a generated value need not be serializable. */
    private final transient Object value;
    /** The smallest failing value shrinking found; transient for the same reason as {@link #value}. */
    private final transient Object shrunkValue;
    /** How many times shrinking replaced the value; see {@link #shrinkSteps()}. */
    private final int shrinkSteps;

    PropertyFailure(String message, String property, int caseIndex, long baseSeed, long caseSeed, Object value,
            Object shrunkValue, int shrinkSteps, Throwable cause) {
        super(message, cause);
        this.property = property;
        this.caseIndex = caseIndex;
        this.baseSeed = baseSeed;
        this.caseSeed = caseSeed;
        this.value = value;
        this.shrunkValue = shrunkValue;
        this.shrinkSteps = shrinkSteps;
    }

    /**
     * Returns the property's name.
     *
     * @return the name
     */
    public String property() {
        return property;
    }

    /**
     * Returns the index of the failing case, from 0; -1 when a single case was replayed from its seed.
     *
     * @return the index
     */
    public int caseIndex() {
        return caseIndex;
    }

    /**
     * Returns the base seed of the run.
     *
     * @return the base seed
     */
    public long baseSeed() {
        return baseSeed;
    }

    /**
     * Returns the seed of the failing case, which {@link Properties#replay(long, Gen, java.util.function.Consumer)}
     * and {@code -Drubric.caseSeed} take.
     *
     * @return the case seed
     */
    public long caseSeed() {
        return caseSeed;
    }

    /**
     * Returns the generated value, or null if generation itself failed.
     *
     * @return the value
     */
    public Object value() {
        return value;
    }

    /**
     * Returns the smallest failing value shrinking found: the original value if no smaller candidate
     * failed, null if generation itself failed.
     *
     * @return the shrunk value
     */
    public Object shrunkValue() {
        return shrunkValue;
    }

    /**
     * Returns how many times shrinking replaced the value by a smaller failing one; 0 if it found none.
     *
     * @return the number of steps
     */
    public int shrinkSteps() {
        return shrinkSteps;
    }
}
