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
 * Class-level constraint on every instrument: stage labels, archetype names and scale-point labels are distinct.
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
     * The message used when a validator adds no specific one.
     *
     * @return the message template
     */
    String message() default "stage labels, archetype names and scale-point labels are distinct";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
