package org.engagementrubrics.core.validation;

/**
 * The stable problem codes of this library.
 *
 * <p>Each {@link Problem} carries one of these codes, so that tools can act on a problem without parsing its
 * message. Codes never change meaning; new codes may be added in a minor release.
 */
public final class ProblemCodes {

    /** A required value is absent. */
    public static final String MISSING = "missing";
    /** A text is empty or only white space. */
    public static final String BLANK = "blank";
    /** A list that must have members is empty. */
    public static final String EMPTY = "empty";
    /** A number lies outside its allowed range. */
    public static final String OUT_OF_RANGE = "out-of-range";
    /** An id does not have the allowed form. */
    public static final String INVALID_ID = "invalid-id";
    /** Two things that must have distinct ids share one. */
    public static final String DUPLICATE_ID = "duplicate-id";
    /** Two stages, archetypes or scale points share a label. */
    public static final String DUPLICATE_LABEL = "duplicate-label";
    /** Positions, numbers or ranks are repeated or out of order. */
    public static final String INCONSISTENT_ORDER = "inconsistent-order";
    /** An id names nothing that exists where it must. */
    public static final String UNKNOWN_REFERENCE = "unknown-reference";
    /** A rating lies outside the instrument's scale. */
    public static final String OUT_OF_SCALE = "out-of-scale";
    /** A list has fewer or more members than allowed, such as a scale with one point. */
    public static final String SIZE = "size";
    /** A response carries the wrong kind of evidence, or names another instrument. */
    public static final String INSTRUMENT_MISMATCH = "instrument-mismatch";
    /** A value breaks a rule not covered by a more specific code. */
    public static final String INVALID_VALUE = "invalid-value";

    // Warnings, from RubricValidator.findings: the object is usable but probably not what was meant.

    /** Warning: a cell of a matrix has no statements, so no rater can mark anything there. */
    public static final String EMPTY_CELL = "empty-cell";
    /** Warning: a row of a matrix has no cell for one of its columns. */
    public static final String MISSING_CELL = "missing-cell";
    /** Warning: a profile rule can never match, such as one asking for more rows than the matrix has. */
    public static final String UNREACHABLE_RULE = "unreachable-rule";
    /** Warning: a profile rule classifies a response in which no row is resolved, such as one with no marks. */
    public static final String CLASSIFIES_NO_EVIDENCE = "classifies-no-evidence";

    private ProblemCodes() {
    }
}
