package org.engagementrubrics.core.district;

/**
 * How far a district indicator is implemented, ordered None &lt; Limited &lt; Full.
 */
public enum ImplementationStatus {
    /** No development or implementation. */
    NONE,
    /** Limited development or partial implementation. */
    LIMITED,
    /** Full implementation. */
    FULL
}
