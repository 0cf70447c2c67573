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
 * Class-level constraint on every instrument: every id that refers to another part of the instrument names one
 * that exists.
 *
 * <p>A cell's column id must name a stage or an archetype of its matrix, and a profile condition's column ids
 * must name archetypes.
 *
 * <p>Each breach is reported as its own violation, with the property path of the offending element and
 * problem code {@code unknown-reference}.
 */
@Documented
@Constraint(validatedBy = InstrumentConstraintValidators.ResolvedReferences.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ResolvedReferences {

    /**
     * The message template Bean Validation requires. Every breach is reported with its own message naming the
     * element, so this one is not shown.
     *
     * @return the message template
     */
    String message() default "every id that refers to another part of the instrument names one that exists";

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
