package org.engagementrubrics.testkit;

/**
 * The failure of one case of a property run by {@link Properties}: which property, which case, the
 * seeds that reproduce it and the generated value.
 *
 * <p>The message says everything needed to rerun the case; the cause is the property's own failure.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final int caseIndex;
    private final long baseSeed;
    private final long caseSeed;
    private final transient Object value;

    PropertyFailure(String message, String property, int caseIndex, long baseSeed, long caseSeed, Object value,
            Throwable cause) {
        super(message, cause);
        this.property = property;
        this.caseIndex = caseIndex;
        this.baseSeed = baseSeed;
        this.caseSeed = caseSeed;
        this.value = value;
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
}
