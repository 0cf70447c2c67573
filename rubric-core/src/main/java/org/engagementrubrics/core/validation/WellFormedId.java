package org.engagementrubrics.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is a well-formed id of any element (an instrument, a stage, a statement, a response, an
 * erratum, ...): 1 to 128 characters, a letter or digit first, then letters, digits, {@code . _ : -}.
 *
 * <p>Ids of this form are safe in JSON pointers, file names and URLs. Problem code {@code invalid-id}.
 */
@Documented
@Pattern(regexp = WellFormedId.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface WellFormedId {

    /** The regular expression an id must match. */
    String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

    /**
     * The message template, naming the allowed form; a breach is reported with code {@code invalid-id}.
     *
     * @return the message template
     */
    String message() default "must be 1 to 128 letters, digits or . _ : - starting with a letter or digit";

    /**
     * The validation groups; {@link RubricValidator} validates the default group, which an empty array means.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Payload for Bean Validation clients; the library attaches and reads none.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
