/**
 * The domain nouns of the instruments, in the seeds' own words: staged rubrics with standards and
 * stages, archetype matrices with archetypes, dimensions and profile rules, conditions assessments with
 * indicators and rating scales, district indicators, checklists, surveys, and the responses that
 * answer them.
 *
 * <p>Every type is an immutable, thread-safe record. Null where a value is required fails when the
 * object is made; every other rule is a Jakarta Bean Validation constraint checked by
 * {@link org.engagementrubrics.core.validation.RubricValidator}, which returns every problem at once.
 */
package org.engagementrubrics.core;
