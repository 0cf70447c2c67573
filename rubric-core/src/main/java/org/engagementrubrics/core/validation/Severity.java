package org.engagementrubrics.core.validation;

/**
 * How serious a {@link Problem} is: an error makes an instrument or a response unusable, a warning is a
 * finding worth a look that does not stop reading or scoring.
 */
public enum Severity {
    /** The object breaks a data rule: readers refuse it, {@code requireValid} throws. */
    ERROR,
    /** The object is usable but probably not what its author meant, such as a cell with no statements. */
    WARNING;

    /**
     * Returns the severity as written in reports and JSON, {@code error} or {@code warning}.
     *
     * @return the lower-case name
     */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
