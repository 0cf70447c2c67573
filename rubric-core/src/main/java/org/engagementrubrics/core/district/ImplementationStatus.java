package org.engagementrubrics.core.district;

/**
 * How far a district indicator is implemented, ordered None &lt; Limited &lt; Full.
 *
 * <p>A district records one status per indicator in an
 * {@link org.engagementrubrics.core.response.IndicatorAssessment}. This enum is immutable and thread-safe.
 */
public enum ImplementationStatus {
    /** No development or implementation. */
    NONE,
    /** Limited development or partial implementation. */
    LIMITED,
    /** Full implementation. */
    FULL
}
