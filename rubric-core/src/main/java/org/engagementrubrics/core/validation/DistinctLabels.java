package org.engagementrubrics.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.engagementrubrics.core.internal.InstrumentConstraintValidators;

/**
 * Class-level constraint on every instrument: the labels a rater tells apart are distinct.
 *
 * <p>Stage labels, archetype names, dimension names, profile-rule labels and scale-point labels are compared
 * in the default language, ignoring case and surrounding white space; two stages both labelled "Integration"
 * are a breach.
 *
 * <p>Each breach is reported as its own violation, with the property path of the offending element and
 * problem code {@code duplicate-label}.
 */
@Documented
@Constraint(validatedBy = InstrumentConstraintValidators.DistinctLabels.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DistinctLabels {

    /**
     * The message template Bean Validation requires. Every breach is reported with its own message naming the
     * element, so this one is not shown.
     *
     * @return the message template
     */
    String message() default "stage labels, archetype names and scale-point labels are distinct";

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
