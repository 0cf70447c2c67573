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
 * Class-level constraint on every instrument: positions, numbers and ranks are unique, and ascending where the
 * list is ordered.
 *
 * <p>Stage positions, standard, condition and indicator numbers and scale values must ascend strictly;
 * archetype and profile-rule ranks must be distinct; and the cells of a matrix row must follow the
 * instrument's column order. A seed's repeated "Stage 3" is the typical breach.
 *
 * <p>Each breach is reported as its own violation, with the property path of the offending element and
 * problem code {@code inconsistent-order}.
 */
@Documented
@Constraint(validatedBy = InstrumentConstraintValidators.ConsistentOrder.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentOrder {

    /**
     * The message template Bean Validation requires. Every breach is reported with its own message naming the
     * element, so this one is not shown.
     *
     * @return the message template
     */
    String message() default "positions, numbers and ranks are unique and in ascending order where the list is ordered";

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
