/**
 * Validation of instruments and responses: {@link RubricValidator} returns every {@link Problem} at once,
 * each with a path, a stable code from {@link ProblemCodes} and a message naming the field, the value and
 * what was expected; {@code requireValid} throws them together in an {@link InvalidDataException}.
 *
 * <p>The data rules are Jakarta Bean Validation constraints on the model's records, so an embedder's own
 * {@code @Valid} checks our types too: {@link WellFormedId} on ids, the standard constraints ({@code @NotBlank},
 * {@code @Positive}, {@code @NotEmpty}, ...) on other fields, and four class-level constraints on every
 * instrument, {@link UniqueIds}, {@link DistinctLabels}, {@link ConsistentOrder} and
 * {@link ResolvedReferences}, whose validators live in the unexported {@code core.internal}. A response is also
 * checked against its instrument. Only a null where a value is required fails earlier, where the object is
 * made; {@code docs/validation.md} records that split.
 *
 * <p>The model packages use only this package's annotations. The validator, problems and codes are immutable
 * and thread-safe.
 */
package org.engagementrubrics.core.validation;
