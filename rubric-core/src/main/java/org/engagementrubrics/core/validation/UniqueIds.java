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
 * Class-level constraint on every instrument: ids are unique wherever something is named by id.
 *
 * <p>Statement, indicator and checklist-item ids are unique within the whole instrument, so a response can name
 * them without a path; ids of errata, rows, columns, conditions, groups, rules, goals and monitored groups are
 * unique within their list; a matrix row has at most one cell per column, and a profile condition names each
 * column once.
 *
 * <p>Each breach is reported as its own violation, with the property path of the offending element and
 * problem code {@code duplicate-id}.
 */
@Documented
@Constraint(validatedBy = InstrumentConstraintValidators.UniqueIds.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueIds {

    /**
     * The message template Bean Validation requires. Every breach is reported with its own message naming the
     * element, so this one is not shown.
     *
     * @return the message template
     */
    String message() default "ids are unique at every level: statements, rows, columns, cells within a row, rules and items";

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
