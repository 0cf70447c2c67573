package org.engagementrubrics.core.response;

import jakarta.validation.constraints.AssertTrue;
import java.util.Objects;
import org.engagementrubrics.core.district.ImplementationStatus;

/**
 * The assessment of one district indicator: its implementation status, the evidence, and for
 * {@link ImplementationStatus#NONE} whether it is a priority.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status the implementation status, not null
 * @param evidence the evidence the assessor cites, or null if none
 * @param priority whether an unimplemented indicator is a priority; only {@code true} with status NONE
 */
public record IndicatorAssessment(ImplementationStatus status, String evidence, boolean priority) {

    /**
     * Creates an assessment. Only a null required component fails here; the data rules are checked by
     * {@link org.engagementrubrics.core.validation.RubricValidator}.
     *
     * @param status the implementation status, not null
     * @param evidence the evidence the assessor cites, or null if none
     * @param priority whether an unimplemented indicator is a priority; only {@code true} with status NONE
     */
    public IndicatorAssessment {
        Objects.requireNonNull(status, "status");
    }

    /**
     * Obtains an assessment with no evidence text and no priority.
     *
     * @param status the status, not null
     * @return the assessment
     */
    public static IndicatorAssessment of(ImplementationStatus status) {
        return new IndicatorAssessment(status, null, false);
    }

    /**
     * The Bean Validation rule that only an unimplemented indicator can be a priority; a breach is reported
     * with code {@code invalid-value}.
     *
     * @return true if consistent
     */
    @AssertTrue(message = "priority may only be true when status is NONE")
    boolean isPriorityOnlyWhenNone() {
        return !priority || status == ImplementationStatus.NONE;
    }
}
